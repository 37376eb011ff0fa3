import type { CoreSweeps } from '../../lib/engine/measures/sweeps';
import type { SweepRunner } from '../../lib/engine/parallel';
import type { SweepJob } from '../../lib/engine/measures/paths';
import type { SweepAnswer, SweepRequest } from './sweep-protocol';

/**
 * Sweep workers the engine worker starts: one per core, at most four (a report has at most 8 + 8 slices, and
 * past four threads the planning, which stays on one, is most of the wait); none on a single core, where
 * the engine worker scores alone.
 */
export function sweepWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1;
  return cores > 1 ? Math.min(4, cores) : 0;
}

/**
 * A Web Worker that runs sweep jobs. If it cannot start or dies, its jobs fail and it stays broken: the
 * engine worker then scores on its own thread, so the panel never waits on a worker that will not answer.
 */
export class BrowserSweepRunner implements SweepRunner {
  private worker: Worker | null = null;
  broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(s: CoreSweeps): void; reject(e: Error): void }>();

  run(job: SweepJob): Promise<CoreSweeps> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.reject(new Error('the sweep worker could not start'));
    const id = this.nextId++;
    return new Promise<CoreSweeps>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies SweepRequest);
    });
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      // Written inline for the bundler to emit the worker chunk (see engine-client.ts).
      const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<SweepAnswer>) => {
        const answer = event.data;
        const job = this.pending.get(answer.id);
        if (!job) return;
        this.pending.delete(answer.id);
        if ('sweeps' in answer) job.resolve(answer.sweeps);
        else job.reject(new Error(answer.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.broken = true;
        worker.terminate();
        this.worker = null;
        for (const { reject } of this.pending.values()) reject(new Error('the sweep worker stopped'));
        this.pending.clear();
      };
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }
}
