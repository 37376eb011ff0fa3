import { availableParallelism } from 'node:os';
import type { SweepRunner } from '../../lib/engine/parallel';
import type { CoreSweeps } from '../../lib/engine/measures/sweeps';
import type { SweepJob } from '../../lib/engine/measures/paths';
import { RequestThread } from './request-thread';

/** Sweep threads for a pool: one per core, none on a single core (one thread alone needs no pool). */
export const sweepThreads = () => {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
};

/**
 * Worker threads that run sweep jobs for computeReportParallel. Threads start when the pool is made and
 * do not keep the process alive; a thread that dies fails its jobs and is replaced on the next job.
 */
export class SweepPool {
  private readonly threads: SweepThread[];
  private closed = false;

  constructor(size: number) {
    this.threads = Array.from({ length: size }, () => new SweepThread(() => this.closed));
  }

  get runners(): readonly SweepRunner[] {
    return this.threads;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}

class SweepThread implements SweepRunner {
  private readonly thread = new RequestThread<SweepJob, CoreSweeps>(new URL('./sweep-worker-entry.mjs', import.meta.url), 'a sweep worker stopped');

  constructor(private readonly closed: () => boolean) {
    this.thread.start();
  }

  run(job: SweepJob): Promise<CoreSweeps> {
    if (this.closed()) return Promise.reject(new Error('the sweep pool is closed'));
    return this.thread.request(job);
  }

  stop(): Promise<void> {
    return this.thread.stop(new Error('the sweep pool is closed'));
  }
}
