import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SweepRunner } from '../../lib/engine/parallel';
import type { CoreSweeps } from '../../lib/engine/measures/brandes';
import type { SweepJob } from '../../lib/engine/measures/paths';
import type { SweepRequest } from './sweep-worker';

type SweepAnswer = { id: number; sweeps: CoreSweeps } | { id: number; error: string };

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
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(s: CoreSweeps): void; reject(e: Error): void }>();

  constructor(private readonly closed: () => boolean) {
    this.start();
  }

  run(job: SweepJob): Promise<CoreSweeps> {
    if (this.closed()) return Promise.reject(new Error('the sweep pool is closed'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<CoreSweeps>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies SweepRequest);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the sweep pool is closed'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./sweep-worker-entry.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (answer: SweepAnswer) => {
      const job = this.pending.get(answer.id);
      if (!job) return;
      this.pending.delete(answer.id);
      if ('sweeps' in answer) job.resolve(answer.sweeps);
      else job.reject(new Error(answer.error));
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error('a sweep worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error) {
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
  }
}
