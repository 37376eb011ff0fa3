import { applyScenario, readScenario } from '../../lib/scenarios';
import { readMap } from '../../lib/map/ydoc';
import type { ApiContext } from '../api/context';
import { apiSourceDeps } from '../report/report-source';
import type { CompareDeps, ScenarioResolver } from './compare-sources';

// The server's comparison sources: its rooms, checkpoints and score cache (server/report/report-source.ts),
// and the what-if scenarios of the live document, applied to the live map (lib/scenarios applyScenario).

export const scenarioOfDoc: ScenarioResolver = (doc, id) => {
  const scenario = readScenario(doc, id);
  if (!scenario) return null;
  const applied = applyScenario(readMap(doc).map, scenario);
  return { map: applied.map, name: scenario.name, missing: applied.missing };
};

export const compareDeps = (ctx: ApiContext): CompareDeps => ({ ...apiSourceDeps(ctx), scenario: scenarioOfDoc });
