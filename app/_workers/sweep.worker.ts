import { runSweepJob } from '../../lib/engine/measures/paths';
import { sweepBuffers } from '../../lib/engine/measures/sweeps';
import type { SweepAnswer, SweepRequest } from './sweep-protocol';

// Runs slices of the report's shortest-path sweeps for the engine worker (see sweep-runner.ts). Typed by
// hand for the same reason as engine.worker.ts.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SweepRequest>) => void) | null;
  postMessage(message: SweepAnswer, transfer: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent<SweepRequest>) => {
  const { id, job } = event.data;
  try {
    const sweeps = runSweepJob(job);
    scope.postMessage({ id, sweeps }, sweepBuffers(sweeps));
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }, []);
  }
};
