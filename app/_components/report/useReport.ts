'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import type { MapSource } from '../export/mapSource';
import { wordError } from '../model/serverWords';
import { fetchReport, ReportFailure, type ReportResponse } from './reportApi';

export type ReportState =
  | { phase: 'loading'; previous: ReportResponse | null }
  | { phase: 'ready'; report: ReportResponse }
  | { phase: 'failed'; status: number; message: string; previous: ReportResponse | null };

/**
 * The report for a source and comparison in the reader's language, fetched again when any changes; the
 * last one stays shown meanwhile. A failure is worded for the reader (wordError).
 */
export function useReport(workshopId: string, apiKey: string | null, source: MapSource, compare: string | null) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, setState] = useState<ReportState>({ phase: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  const sourceKey = JSON.stringify(source);

  useEffect(() => {
    if (!apiKey) return;
    const controller = new AbortController();
    setState((s) => ({ phase: 'loading', previous: s.phase === 'ready' ? s.report : s.previous }));
    fetchReport(workshopId, apiKey, JSON.parse(sourceKey) as MapSource, compare, locale, controller.signal).then(
      (report) => setState({ phase: 'ready', report }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const status = err instanceof ReportFailure ? err.status : 0;
        const message = wordError(t, err instanceof ReportFailure ? err.reason : err);
        setState((s) => ({ phase: 'failed', status, message, previous: s.phase === 'ready' ? s.report : s.previous }));
      },
    );
    return () => controller.abort();
  }, [workshopId, apiKey, sourceKey, compare, locale, attempt, t]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
