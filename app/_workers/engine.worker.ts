import { computeReport, sweepKernel, type EngineReport } from '../../lib/engine';
import { computeReportParallel } from '../../lib/engine/parallel';
import type { EngineRequest, EngineResponse } from './engine-protocol';
import { BrowserSweepRunner, sweepWorkerCount } from './sweep-runner';

// Runs the same pure engine as the server off the main thread, so large maps never block typing, with the
// shortest-path sweeps on one sweep worker per core (this worker plans, prepares and completes the report).
// The project compiles against the DOM lib only (the webworker lib clashes with it), so the two members of
// the worker scope used here are typed by hand.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

const runners = Array.from({ length: sweepWorkerCount() }, () => new BrowserSweepRunner());

/** The report, and how many threads shared its sweeps. The result is the same bits either way. */
async function score(map: unknown): Promise<{ report: EngineReport; threads: number }> {
  const working = runners.filter((r) => !r.broken);
  if (working.length > 0) {
    try {
      return { report: await computeReportParallel(map, working), threads: working.length };
    } catch {
      // A sweep worker failed: this thread alone still gives the report.
    }
  }
  return { report: computeReport(map), threads: 1 };
}

scope.onmessage = async (event: MessageEvent<EngineRequest>) => {
  const { seq, map } = event.data;
  const started = performance.now();
  let response: EngineResponse;
  try {
    const { report, threads } = await score(map);
    response = { seq, ok: true, report, ms: performance.now() - started, ranIn: 'worker', threads, kernel: sweepKernel() };
  } catch (err) {
    response = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(response);
};
