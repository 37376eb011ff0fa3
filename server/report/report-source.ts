import type { EngineReport } from '../../lib/engine/types';
import { agreedMap } from '../../lib/map/agreement';
import { readDiscussion, type Discussion } from '../../lib/map/discussion';
import type { ClusterMap } from '../../lib/map/types';
import { readMap } from '../../lib/map/ydoc';
import type { SourceKind } from '../../lib/export/report/model-types';
import type * as Y from 'yjs';
import type { ApiContext } from '../api/context';
import { HttpError } from '../api/http';
import type { CheckpointService } from '../checkpoints/checkpoint-service';

// Which state of a workshop an export or the report is about (docs/report.md "Sources"): the live map, a
// checkpoint, and either of them reduced to the agreed map. The report and the PDF default to the agreed
// map as it stood at the latest checkpoint of kind `agreed` (Finish agreement), else the live map; data
// exports default to the live map.

export interface SourceQuery {
  /** A checkpoint id. */
  checkpoint?: string | null;
  /** Only the agreed actors and ties (lib/map/agreement.ts agreedMap); unset: only for the default agreed checkpoint. */
  agreed?: boolean;
  /** Asked for nothing (no checkpoint, no `agreed`): the agreed elements of the latest `agreed` checkpoint. */
  preferAgreedCheckpoint?: boolean;
}

export interface WorkshopSource {
  /** The map to report or export: with `agreed`, only the agreed actors and ties. */
  map: ClusterMap;
  /** The map before that reduction: what the agreement and the comments are about. */
  wholeMap: ClusterMap;
  discussion: Discussion;
  /** What the report calls it: kind, name, and the checkpoint behind it. */
  source: { kind: SourceKind; name?: string; checkpointId?: string; at?: number };
  report(): Promise<EngineReport>;
}

/** What finding a source needs: the server's rooms and score cache, or the CLI's store and engine. */
export interface SourceDeps {
  checkpoints: Pick<CheckpointService, 'list' | 'open'>;
  liveDoc(workshopId: string): Promise<Y.Doc>;
  reportOfMap(map: ClusterMap): Promise<EngineReport>;
  /** The live replica's report (the server caches it by the doc's state). */
  reportOfDoc(workshopId: string, doc: Y.Doc): Promise<EngineReport>;
}

export const apiSourceDeps = (ctx: ApiContext): SourceDeps => ({
  checkpoints: ctx.checkpoints,
  liveDoc: (id) => ctx.sync.getRoomDoc(id),
  reportOfMap: (map) => ctx.scores.reportOfMap(map),
  reportOfDoc: (id, doc) => ctx.scores.report(id, doc),
});

/** Reads the query's `checkpoint`, `agreed`, `live` parameters. */
export function sourceQuery(params: URLSearchParams, preferAgreedCheckpoint: boolean): SourceQuery {
  const agreed = params.get('agreed');
  if (agreed !== null && !['0', '1'].includes(agreed)) throw new HttpError(400, 'agreed is 1 or 0.', [{ param: 'agreed', message: `agreed is 1 or 0, not "${agreed}"` }]);
  return { checkpoint: params.get('checkpoint'), agreed: agreed === null ? undefined : agreed === '1', preferAgreedCheckpoint: preferAgreedCheckpoint && params.get('live') !== '1' };
}

export async function resolveSource(deps: SourceDeps, workshopId: string, query: SourceQuery): Promise<WorkshopSource> {
  let checkpointId = query.checkpoint ?? null;
  // Only when nothing was asked for: `agreed=1` alone means the live map's agreed elements in every format.
  if (!checkpointId && query.preferAgreedCheckpoint && query.agreed === undefined) {
    const agreed = (await deps.checkpoints.list(workshopId)).filter((c) => c.kind === 'agreed').at(-1);
    checkpointId = agreed?.id ?? null;
    // What Finish agreement settled on is the agreed elements of that state, not everything on the table.
    if (agreed) query = { ...query, agreed: true };
  }
  let map: ClusterMap;
  let discussion: Discussion;
  let source: WorkshopSource['source'];
  let report: () => Promise<EngineReport>;
  if (checkpointId) {
    const opened = await deps.checkpoints.open(workshopId, checkpointId);
    if (!opened) throw new HttpError(404, `Workshop "${workshopId}" has no checkpoint "${checkpointId}".`, [{ param: 'checkpoint', message: 'no such checkpoint' }]);
    ({ map, discussion } = opened);
    source = { kind: 'checkpoint', name: opened.info.name, checkpointId, at: opened.info.createdAt };
    report = () => deps.reportOfMap(map);
  } else {
    const doc = await deps.liveDoc(workshopId);
    map = readMap(doc).map;
    discussion = readDiscussion(doc);
    source = { kind: 'live' };
    report = () => deps.reportOfDoc(workshopId, doc);
  }
  const wholeMap = map;
  if (query.agreed) {
    map = agreedMap(map, discussion);
    source = { ...source, kind: 'agreed' };
    report = () => deps.reportOfMap(map);
  }
  return { map, wholeMap, discussion, source, report };
}
