import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { computeReport, scoresInline, type EngineReport } from '../../lib/engine';
import { readMap } from '../../lib/map/ydoc';
import type { ClusterMap } from '../../lib/map/types';
import { RequestThread } from './request-thread';

/** Reports kept at once; each is a few hundred kB for a large map. */
const MAX_CACHED_WORKSHOPS = 64;

/**
 * Scores live workshops for the HTTP API. A report is cached per workshop against a digest of the
 * document's snapshot (state vector and delete set: a deletion changes the second only), so polling an
 * unchanged map costs nothing; maps past INLINE_SCORING_LIMITS are scored in a worker thread so that one
 * large map never stalls every other room on this node.
 */
export class ScoreService {
  private readonly cache = new Map<string, { digest: string; report: Promise<EngineReport> }>();
  private readonly thread = new RequestThread<ClusterMap, EngineReport>(
    new URL('./report-worker-entry.mjs', import.meta.url),
    'the scoring worker stopped',
  );

  /** The report of any map (a checkpoint's, the agreed map): small ones inline, large ones on the thread. */
  reportOfMap(map: ClusterMap): Promise<EngineReport> {
    return scoresInline(map) ? Promise.resolve(computeReport(map)) : this.thread.request(map);
  }

  report(workshopId: string, doc: Y.Doc): Promise<EngineReport> {
    const digest = createHash('sha256').update(Y.encodeSnapshot(Y.snapshot(doc))).digest('base64url');
    const cached = this.cache.get(workshopId);
    if (cached?.digest === digest) return cached.report;
    const report = this.reportOfMap(readMap(doc).map);
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
    this.cache.clear();
    await this.thread.stop(new Error('the server is shutting down'));
  }
}
