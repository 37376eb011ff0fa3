'use client';

import { useEffect, useState } from 'react';
import { appendPoint, loadHistory, saveHistory, type ScorePoint } from './history';

/**
 * The index history of one workshop in this browser. `ready` is false until the map has arrived, so the
 * empty document a page starts with never becomes a misleading first point.
 */
export function useScoreHistory(workshop: string, ici: number | null, gi: number | null, ready: boolean): ScorePoint[] {
  const [history, setHistory] = useState<ScorePoint[]>([]);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);

  useEffect(() => {
    setHistory(loadHistory(workshop));
    setLoadedFor(workshop);
  }, [workshop]);

  useEffect(() => {
    if (loadedFor !== workshop || !ready || ici === null || gi === null) return;
    setHistory((previous) => {
      const next = appendPoint(previous, { t: Date.now(), ici, gi });
      if (next !== previous) saveHistory(workshop, next);
      return next;
    });
  }, [workshop, loadedFor, ici, gi, ready]);

  return history;
}
