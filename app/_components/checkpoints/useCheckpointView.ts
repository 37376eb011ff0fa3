'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { wordError } from '../model/serverWords';
import type { Discussion } from '../../../lib/map/discussion';
import type { ClusterMap } from '../../../lib/map/types';
import type { CheckpointsApi, CheckpointSummary } from './checkpointsApi';

export interface CheckpointView {
  checkpoint: CheckpointSummary;
  map: ClusterMap;
  discussion: Discussion;
}

/** A checkpoint opened read-only on the canvas (map, scores and statuses as they were), or the live map. */
export function useCheckpointView(api: CheckpointsApi) {
  const t = useTranslations();
  const [viewing, setViewing] = useState<CheckpointView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    (id: string) => {
      setError(null);
      api.open(id).then(
        ({ checkpoint, map, discussion }) => {
          const { format: _f, version: _v, ...plain } = map;
          setViewing({ checkpoint, map: plain, discussion });
        },
        (err: unknown) => setError(wordError(t, err)),
      );
    },
    [api, t],
  );
  const close = useCallback(() => setViewing(null), []);
  return { viewing, open, close, error };
}
