import { compareMaps } from '../../lib/compare/compare-maps';
import { comparisonInput } from '../../lib/export/report/from-workshop';
import type { ComparisonInput } from '../../lib/export/report/model-types';
import type { EngineReport } from '../../lib/engine/types';
import { namesOf, type Discussion } from '../../lib/map/discussion';
import type { ClusterMap } from '../../lib/map/types';
import { HttpError } from '../api/http';
import { parseCompareSource } from '../../lib/compare/sources';
import { resolveCompareSide, type CompareDeps } from '../compare/compare-sources';

// What a report needs beside its map: who took part and, when asked for, the comparison with a checkpoint.

/** The names of everyone the server let in as a writer (the `people` directory), sorted. */
export function participantsOf(discussion: Pick<Discussion, 'people'>): string[] {
  return [...new Set(Object.values(namesOf(discussion)).map((n) => n.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/**
 * The report's comparison section (`?compare=<cid|live|scenario:sid>`): this map against a checkpoint (what
 * changed since), or what a scenario would change to the live map it is planned over (docs/report.md
 * "Comparison").
 */
export async function comparisonWith(deps: CompareDeps, workshopId: string, against: string, now: { map: ClusterMap; report: EngineReport }): Promise<ComparisonInput> {
  const parsed = parseCompareSource(against);
  if (!parsed.ok) throw new HttpError(400, `compare ${parsed.problem}.`, [{ param: 'compare', message: parsed.problem }]);
  const other = await resolveCompareSide(deps, workshopId, parsed.source, 'compare');
  if (parsed.source.kind === 'scenario') {
    const live = await resolveCompareSide(deps, workshopId, { kind: 'live' }, 'compare');
    return comparisonInput(compareMaps(live, other), live.map, other.map, other.about, 'would');
  }
  return comparisonInput(compareMaps(other, now), other.map, now.map, other.about);
}
