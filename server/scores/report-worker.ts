import { computeReport, type EngineReport } from '../../lib/engine';
import { computeReportParallel } from '../../lib/engine/parallel';
import type { ClusterMap } from '../../lib/map/types';
import { answerRequests } from './request-thread';
import { SweepPool, sweepThreads } from './sweep-pool';

// A worker thread that scores maps too large to score on the event loop (see INLINE_SCORING_LIMITS),
// with the shortest-path sweeps on a sweep thread per core (this one plans, prepares and completes the report).
const pool = new SweepPool(sweepThreads());

/** The same bits with or without the sweep threads; a failed sweep thread costs time, never the report. */
async function score(map: ClusterMap): Promise<EngineReport> {
  if (pool.runners.length === 0) return computeReport(map);
  try {
    return await computeReportParallel(map, pool.runners);
  } catch {
    return computeReport(map);
  }
}

answerRequests(score);
