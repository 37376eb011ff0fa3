'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { computeReport, scoresInline, sweepKernel, type SweepKernelName } from '../../../lib/engine';
import type { EngineReport } from '../../../lib/engine/types';
import type { ClusterMap } from '../../../lib/map/types';
import { EngineWorkerClient } from '../../_workers/engine-client';
import type { EngineRunner } from '../../_workers/engine-protocol';

/** Larger maps wait for a pause this long before asking the worker, so bursts of typing coalesce. */
export const WORKER_DEBOUNCE_MS = 150;
/** ... but never longer than this after the first unscored edit, so steady typing still sees scores move. */
export const WORKER_MAX_WAIT_MS = 600;

export interface EngineState {
  report: EngineReport | null;
  /** A newer map than the one `report` describes is still being scored. */
  stale: boolean;
  error: string | null;
  mode: 'sync' | 'worker';
  /** Time the engine took for the report shown. */
  ms: number | null;
  /** Where the report shown was computed ('render' for the synchronous path). */
  ranIn: EngineRunner | 'render' | null;
  /** How many threads shared the report's shortest-path sweeps (null: none computed yet). */
  threads: number | null;
  /** The kernel that swept the report shown: WebAssembly, or JavaScript where that is unavailable. */
  kernel: SweepKernelName | null;
}

interface Computed {
  report: EngineReport | null;
  error: string | null;
  ms: number | null;
}

/** Workshop-size maps are computed during render, so the report lands in the same frame as the edit. */
export const isWorkshopSize = (map: ClusterMap) => scoresInline(map);

function computeNow(map: ClusterMap): Computed {
  const started = performance.now();
  try {
    return { report: computeReport(map), error: null, ms: performance.now() - started };
  } catch (err) {
    return { report: null, error: err instanceof Error ? err.message : String(err), ms: null };
  }
}

/**
 * The engine report of the live map. Workshop-size maps are scored synchronously (same frame); larger ones
 * in a Web Worker, debounced, latest wins, while the last report stays on screen marked as stale.
 */
export function useEngineReport(map: ClusterMap | null): EngineState {
  const small = map === null || isWorkshopSize(map);
  const sync = useMemo<Computed | null>(() => (map && small ? computeNow(map) : null), [map, small]);

  const [fromWorker, setFromWorker] = useState<Omit<EngineState, 'mode'>>({
    report: null,
    error: null,
    ms: null,
    stale: false,
    ranIn: null,
    threads: null,
    kernel: null,
  });
  const clientRef = useRef<EngineWorkerClient | null>(null);
  // The last synchronous report, so a map that grows past the limit keeps showing scores while the worker
  // computes its first one.
  const lastSyncRef = useRef<Computed | null>(null);
  /** When the oldest edit not yet sent to the worker happened (null: nothing waiting). */
  const pendingSinceRef = useRef<number | null>(null);

  useEffect(() => {
    if (sync) lastSyncRef.current = sync;
  }, [sync]);

  useEffect(() => {
    return () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (!map || small) {
      clientRef.current?.cancel();
      pendingSinceRef.current = null;
      return;
    }
    if (!clientRef.current) {
      clientRef.current = new EngineWorkerClient((result, newerPending) => {
        // Still stale if a newer map waits in the worker's queue or in the debounce.
        const stale = newerPending || pendingSinceRef.current !== null;
        setFromWorker((previous) =>
          result.ok
            ? { report: result.report, error: null, ms: result.ms, stale, ranIn: result.ranIn, threads: result.threads, kernel: result.kernel }
            : { ...previous, error: result.error, stale },
        );
      });
    }
    const client = clientRef.current;
    setFromWorker((previous) => {
      if (!previous.report && lastSyncRef.current?.report) return { ...lastSyncRef.current, stale: true, ranIn: 'render', threads: 1, kernel: sweepKernel() };
      return previous.stale ? previous : { ...previous, stale: true };
    });
    const now = performance.now();
    pendingSinceRef.current ??= now;
    const delay = Math.max(0, Math.min(WORKER_DEBOUNCE_MS, WORKER_MAX_WAIT_MS - (now - pendingSinceRef.current)));
    const timer = setTimeout(() => {
      pendingSinceRef.current = null;
      client.request(map);
    }, delay);
    return () => clearTimeout(timer);
  }, [map, small]);

  if (small) {
    const ranIn = sync ? 'render' : null;
    return { report: sync?.report ?? null, error: sync?.error ?? null, ms: sync?.ms ?? null, stale: false, mode: 'sync', ranIn, threads: sync ? 1 : null, kernel: sync ? sweepKernel() : null };
  }
  return { ...fromWorker, mode: 'worker' };
}
