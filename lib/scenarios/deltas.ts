import { compareMaps, type MapComparison } from '../compare/compare-maps';
import type { EngineReport } from '../engine/types';
import type { ClusterMap } from '../map/types';

// A scenario's deltas: every index and sub-indicator of the live map and of the scenario map, with the
// difference (scenario − live). The one comparison of the project (lib/compare) on the engine's two reports,
// so the score panel, GET …/scenarios/:sid/scores and the compare endpoint say the same numbers.

export type ScenarioDeltas = MapComparison['indices'];

export function scenarioDeltas(live: { map: ClusterMap; report: EngineReport }, scenario: { map: ClusterMap; report: EngineReport }): ScenarioDeltas {
  return compareMaps(live, scenario).indices;
}
