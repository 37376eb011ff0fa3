// The full report with its shortest-path sweeps spread over several threads. The threads themselves
// (worker_threads in Node, Web Workers in a browser) belong to the caller; this only deals out the jobs.

import type { CoreSweeps } from './measures/sweeps';
import type { SweepJob } from './measures/paths';
import { planReport } from './report';
import type { EngineReport } from './types';

/** Runs sweep jobs on another thread, in the order they are given. */
export interface SweepRunner {
  run(job: SweepJob): Promise<CoreSweeps>;
}

/**
 * Jobs a runner holds at once: the one it runs and the next, already in its message queue, so that it
 * never waits for this thread to hand it work.
 */
const JOBS_IN_FLIGHT = 2;

/**
 * computeReport, bit for bit (see ReportPlan), with the sweep jobs dealt to whichever runner is free next.
 * This thread plans, deals, prepares and completes the report: give it as many runners as there are cores.
 */
export async function computeReportParallel(map: unknown, runners: readonly SweepRunner[]): Promise<EngineReport> {
  if (runners.length === 0) throw new Error('computeReportParallel needs at least one runner');
  const plan = planReport(map);
  const { jobs } = plan;
  const results = new Array<CoreSweeps>(jobs.length);
  let next = 0;
  let failed = false;
  const drain = async (runner: SweepRunner) => {
    while (next < jobs.length && !failed) {
      const i = next++;
      try {
        results[i] = await runner.run(jobs[i]);
      } catch (err) {
        // The report fails with the first error; the other runners stop taking jobs for it.
        failed = true;
        throw err;
      }
    }
  };
  const dealt = Promise.all(runners.flatMap((runner) => Array.from({ length: JOBS_IN_FLIGHT }, () => drain(runner))));
  // The runners have their first jobs by now; the rest of the report fills this thread's wait.
  plan.prepare();
  await dealt;
  return plan.complete(results);
}
