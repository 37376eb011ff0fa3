import { parentPort } from 'node:worker_threads';
import { runSweepJob, type SweepJob } from '../../lib/engine/measures/paths';

// A worker thread that runs slices of the report's shortest-path sweeps for a SweepPool.
export interface SweepRequest {
  id: number;
  job: SweepJob;
}

parentPort?.on('message', ({ id, job }: SweepRequest) => {
  try {
    const sweeps = runSweepJob(job);
    const buffers = [sweeps.acc, sweeps.reachWeight, sweeps.reachCount, sweeps.distanceSum].map((a) => a.buffer as ArrayBuffer);
    parentPort!.postMessage({ id, sweeps }, buffers);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
