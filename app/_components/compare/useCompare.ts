'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { parseCompareSource } from '../../../lib/compare/sources';
import { parseLocale } from '../../../lib/i18n/locale';
import type { ClusterMap } from '../../../lib/map/types';
import { applyScenario, readScenario } from '../../../lib/scenarios';
import type { CheckpointsApi } from '../checkpoints/checkpointsApi';
import { wordError } from '../model/serverWords';
import { fetchComparison, type ComparisonAnswer } from './compareApi';
import type { CompareMarks } from './cyCompare';

// The Compare panel's state (docs/guide.md "Comparing two states"): which two states, the server's
// comparison of them, both maps (to draw what the canvas does not show), and the marks for the canvas.
// A comparison with the live map or a scenario follows the map: it is asked again a moment after an edit.

type Elements = Pick<ClusterMap, 'actors' | 'ties' | 'stages'>;

export interface CompareResult {
  answer: ComparisonAnswer;
  from: Elements;
  to: Elements;
}

const REFRESH_MS = 700;

export function useCompare({ workshop, apiKey, checkpoints, liveMap, doc }: { workshop: string; apiKey: string; checkpoints: CheckpointsApi; liveMap: ClusterMap; doc: Y.Doc | null }) {
  const t = useTranslations();
  const locale = parseLocale(useLocale()) ?? 'en';
  const [pair, setPair] = useState<{ from: string; to: string }>({ from: '', to: 'live' });
  const [result, setResult] = useState<CompareResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [onMap, setOnMap] = useState(true);
  const asked = useRef<{ from: string; to: string } | null>(null);
  const live = useRef(liveMap);
  live.current = liveMap;

  const mapOf = useCallback(
    async (source: string): Promise<Elements> => {
      const parsed = parseCompareSource(source);
      if (!parsed.ok || parsed.source.kind === 'live') return live.current;
      if (parsed.source.kind === 'checkpoint') return (await checkpoints.open(parsed.source.id)).map;
      const scenario = doc ? readScenario(doc, parsed.source.id) : null;
      return scenario ? applyScenario(live.current, scenario).map : live.current;
    },
    [checkpoints, doc],
  );

  const run = useCallback(
    (from: string, to: string) => {
      setPair({ from, to });
      asked.current = { from, to };
      setBusy(true);
      setError(null);
      Promise.all([fetchComparison(workshop, apiKey, from, to, locale), mapOf(from), mapOf(to)]).then(
        ([answer, fromMap, toMap]) => {
          if (asked.current?.from !== from || asked.current.to !== to) return;
          setResult({ answer, from: fromMap, to: toMap });
          setBusy(false);
        },
        (err: unknown) => {
          setError(wordError(t, err));
          setBusy(false);
        },
      );
    },
    [workshop, apiKey, locale, mapOf, t],
  );

  // The live map moved under a comparison that reads it: ask again once the edits settle.
  const followsLive = result !== null && [pair.from, pair.to].some((s) => s === 'live' || s.startsWith('scenario:'));
  useEffect(() => {
    if (!followsLive || !asked.current) return;
    const { from, to } = asked.current;
    const again = setTimeout(() => run(from, to), REFRESH_MS);
    return () => clearTimeout(again);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new live map only
  }, [liveMap]);

  const clear = useCallback(() => {
    asked.current = null;
    setResult(null);
    setError(null);
  }, []);

  const marks: CompareMarks | null = useMemo(() => {
    if (!result || !onMap) return null;
    const { answer } = result;
    return {
      added: [...answer.actors.added, ...answer.ties.added],
      removed: [...answer.actors.removed, ...answer.ties.removed],
      changed: [...answer.actors.changed, ...answer.ties.changed].map((c) => c.id),
      from: result.from,
      to: result.to,
    };
  }, [result, onMap]);

  return { pair, setPair, run, clear, result, error, busy, onMap, setOnMap, marks };
}

export type CompareState = ReturnType<typeof useCompare>;
