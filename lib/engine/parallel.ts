// The full report with its shortest-path sweeps spread over several threads. The threads themselves
// (worker_threads in Node, Web Workers in a browser) belong to the caller; this only deals out the jobs.

import type { CoreSweeps } from './measures/brandes';
import { runSweepJob, type SweepJob } from './measures/paths';
import { planReport } from './report';
import type { EngineReport } from './types';

/** Runs sweep jobs on another thread. */
export interface SweepRunner {
  run(job: SweepJob): Promise<CoreSweeps>;
}

export interface ParallelOptions {
  /**
   * Whether this thread runs jobs too, between the runners' answers. Right for a thread that has nothing
   * else to do (a worker, a command-line run); wrong for a browser's main thread or a server's event loop.
   */
  inline?: boolean;
}

/**
 * computeReport, bit for bit (see ReportPlan), with the sweep jobs dealt to whichever runner is free next.
 * Planning and completing the report stay on this thread: they are a fraction of the work, and the jobs
 * that slow threads leave are taken up by fast ones.
 */
export async function computeReportParallel(
  map: unknown,
  runners: readonly SweepRunner[],
  { inline = false }: ParallelOptions = {},
): Promise<EngineReport> {
  const plan = planReport(map);
  const { jobs } = plan;
  if (runners.length === 0 && !inline) throw new Error('computeReportParallel needs a runner or inline: true');
  const results = new Array<CoreSweeps>(jobs.length);
  let next = 0;
  const drain = async (runner: SweepRunner) => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await runner.run(jobs[i]);
    }
  };
  const drainInline = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = runSweepJob(jobs[i]);
      // Let the runners' answers in, so that they are handed their next job without waiting for this thread.
      await yieldToEvents();
    }
  };
  await Promise.all([...runners.map(drain), ...(inline ? [drainInline()] : [])]);
  return plan.complete(results);
}

/** Resolves after pending events (a worker's answer among them) have run. */
function yieldToEvents(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
