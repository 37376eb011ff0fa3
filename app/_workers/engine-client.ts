import { computeReport, sweepKernel } from '../../lib/engine';
import type { ClusterMap } from '../../lib/map/types';
import type { EngineRequest, EngineResponse } from './engine-protocol';

export type EngineResult = EngineResponse;

// One worker per workshop page, at most one request in flight: while it computes, newer maps replace each
// other in a single waiting slot, so a burst of edits costs at most two computations and the last map
// always gets its report (latest wins).
export class EngineWorkerClient {
  private worker: Worker | null = null;
  private broken = false;
  private seq = 0;
  /** Replies for requests at or below this number were cancelled and are dropped. */
  private floor = 0;
  private inFlight: EngineRequest | null = null;
  private waiting: EngineRequest | null = null;
  private disposed = false;

  constructor(private readonly onResult: (result: EngineResult, newerPending: boolean) => void) {}

  request(map: ClusterMap): number {
    const request: EngineRequest = { seq: ++this.seq, map };
    if (this.inFlight) this.waiting = request;
    else this.send(request);
    return request.seq;
  }

  /** Forget everything asked so far: a reply that arrives later is ignored. */
  cancel(): void {
    this.waiting = null;
    this.floor = this.seq;
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    if (typeof Worker === 'undefined') {
      this.broken = true;
      return null;
    }
    try {
      // The URL must be written inline for the bundler (webpack and Turbopack) to emit the worker chunk.
      const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<EngineResponse>) => this.settle(event.data);
      worker.onerror = (event) => {
        // A worker that cannot load (blocked script, old browser) must not leave the panel empty.
        event.preventDefault();
        this.broken = true;
        worker.terminate();
        this.worker = null;
        if (this.inFlight) this.computeOnMainThread(this.inFlight);
      };
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private send(request: EngineRequest): void {
    this.inFlight = request;
    const worker = this.ensureWorker();
    if (worker) worker.postMessage(request);
    else this.computeOnMainThread(request);
  }

  private computeOnMainThread(request: EngineRequest): void {
    // Yield first so the edit that asked for it paints before the computation runs.
    setTimeout(() => {
      if (this.disposed) return;
      const started = performance.now();
      try {
        const report = computeReport(request.map);
        this.settle({ seq: request.seq, ok: true, report, ms: performance.now() - started, ranIn: 'main-thread', threads: 1, kernel: sweepKernel() });
      } catch (err) {
        this.settle({ seq: request.seq, ok: false, error: err instanceof Error ? err.message : String(err) });
      }
    }, 0);
  }

  private settle(result: EngineResponse): void {
    if (this.disposed || result.seq !== this.inFlight?.seq) return;
    this.inFlight = null;
    const next = this.waiting;
    this.waiting = null;
    if (next) this.send(next);
    if (result.seq > this.floor) this.onResult(result, next !== null);
  }
}
