import { parentPort } from 'node:worker_threads';
import { computeReport } from '../../lib/engine';
import type { ClusterMap } from '../../lib/map/types';

// A worker thread that scores maps too large to score on the event loop (see INLINE_SCORING_LIMITS).
export interface ReportJob {
  id: number;
  map: ClusterMap;
}

parentPort?.on('message', ({ id, map }: ReportJob) => {
  try {
    parentPort!.postMessage({ id, report: computeReport(map) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
