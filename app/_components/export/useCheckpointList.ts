'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { wordError } from '../model/serverWords';
import type { CheckpointsApi, CheckpointSummary } from '../checkpoints/checkpointsApi';

/** The workshop's checkpoints, newest first, fetched again each time `active` turns true (the menu opens). */
export function useCheckpointList(api: CheckpointsApi, active: boolean): { list: CheckpointSummary[] | null; error: string | null } {
  const t = useTranslations();
  const [list, setList] = useState<CheckpointSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    let current = true;
    api.list().then(
      (items) => {
        if (!current) return;
        setList([...items].reverse());
        setError(null);
      },
      (err: unknown) => current && setError(wordError(t, err)),
    );
    return () => {
      current = false;
    };
  }, [api, active, t]);
  return { list, error };
}
