import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { computeReport, scoresInline, type EngineReport } from '../../lib/engine';
import { readMap } from '../../lib/map/ydoc';
import type { ReportJob } from './report-worker';

/** Reports kept at once; each is a few hundred kB for a large map. */
const MAX_CACHED_WORKSHOPS = 64;

type WorkerAnswer = { id: number; report: EngineReport } | { id: number; error: string };

/**
 * Scores live workshops for the HTTP API. A report is cached per workshop against a digest of the
 * document's snapshot (state vector and delete set: a deletion changes the second only), so polling an
 * unchanged map costs nothing; maps past INLINE_SCORING_LIMITS are scored in a worker thread so that one
 * large map never stalls every other room on this node.
 */
export class ScoreService {
  private readonly cache = new Map<string, { digest: string; report: Promise<EngineReport> }>();
  private worker: Worker | null = null;
  private nextJob = 1;
  private readonly pending = new Map<number, { resolve(report: EngineReport): void; reject(err: Error): void }>();

  report(workshopId: string, doc: Y.Doc): Promise<EngineReport> {
    const digest = createHash('sha256').update(Y.encodeSnapshot(Y.snapshot(doc))).digest('base64url');
    const cached = this.cache.get(workshopId);
    if (cached?.digest === digest) return cached.report;
    const map = readMap(doc).map;
    const report = scoresInline(map) ? Promise.resolve(computeReport(map)) : this.inWorker(map);
    this.cache.delete(workshopId);
    this.cache.set(workshopId, { digest, report });
    // Map order is insertion order, so the first key is the workshop scored longest ago.
    if (this.cache.size > MAX_CACHED_WORKSHOPS) this.cache.delete(this.cache.keys().next().value!);
    report.catch(() => {
      if (this.cache.get(workshopId)?.report === report) this.cache.delete(workshopId);
    });
    return report;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.cache.clear();
    for (const { reject } of this.pending.values()) reject(new Error('the server is shutting down'));
    this.pending.clear();
    if (worker) await worker.terminate();
  }

  private inWorker(map: ReportJob['map']): Promise<EngineReport> {
    const worker = this.startWorker();
    const id = this.nextJob++;
    return new Promise<EngineReport>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, map } satisfies ReportJob);
    });
  }

  private startWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./report-worker-entry.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      const job = this.pending.get(answer.id);
      if (!job) return;
      this.pending.delete(answer.id);
      if ('report' in answer) job.resolve(answer.report);
      else job.reject(new Error(answer.error));
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error('the scoring worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error) {
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
  }
}
