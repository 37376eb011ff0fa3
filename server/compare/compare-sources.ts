import type { EngineReport } from '../../lib/engine/types';
import { compareSourceText, type CompareSource } from '../../lib/compare/sources';
import type { ClusterMap } from '../../lib/map/types';
import { readMap } from '../../lib/map/ydoc';
import type * as Y from 'yjs';
import { HttpError } from '../api/http';
import type { SourceDeps } from '../report/report-source';

// One side of a comparison as a map and its report (docs/architecture.md "Comparisons"): the live map
// scored exactly as /scores scores it (the score service's cache of the room's document), a checkpoint's
// map, or a scenario applied to the live map. The one place a source becomes a map.

export interface ComparedSide {
  map: ClusterMap;
  report: EngineReport;
  /** What the report and the UI call it. */
  about: { kind: 'live' | 'checkpoint' | 'scenario'; name?: string; at?: number; /** A scenario's base elements that are gone from the live map. */ missing?: string[] };
}

/** The live map with scenario `id` applied, or null when the workshop has no such scenario. */
export type ScenarioResolver = (doc: Y.Doc, id: string) => { map: ClusterMap; name: string; missing: string[] } | null;

export interface CompareDeps extends Pick<SourceDeps, 'checkpoints' | 'liveDoc' | 'reportOfMap' | 'reportOfDoc'> {
  /** Scenarios (lib/scenarios); absent in a build without them, and then `scenario:<id>` is a 404. */
  scenario?: ScenarioResolver;
}

export async function resolveCompareSide(deps: CompareDeps, workshopId: string, source: CompareSource, param: string): Promise<ComparedSide> {
  if (source.kind === 'live') {
    const doc = await deps.liveDoc(workshopId);
    return { map: readMap(doc).map, report: await deps.reportOfDoc(workshopId, doc), about: { kind: 'live' } };
  }
  if (source.kind === 'checkpoint') {
    const opened = await deps.checkpoints.open(workshopId, source.id);
    if (!opened) throw new HttpError(404, `Workshop "${workshopId}" has no checkpoint "${source.id}" to compare (${param}).`, [{ param, message: 'no such checkpoint' }]);
    return { map: opened.map, report: await deps.reportOfMap(opened.map), about: { kind: 'checkpoint', name: opened.info.name, at: opened.info.createdAt } };
  }
  const applied = deps.scenario ? deps.scenario(await deps.liveDoc(workshopId), source.id) : null;
  if (!applied) throw new HttpError(404, `Workshop "${workshopId}" has no scenario "${compareSourceText(source).slice('scenario:'.length)}" to compare (${param}).`, [{ param, message: 'no such scenario' }]);
  return { map: applied.map, report: await deps.reportOfMap(applied.map), about: { kind: 'scenario', name: applied.name, missing: applied.missing } };
}
