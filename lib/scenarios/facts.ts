import * as Y from 'yjs';
import { partOf, scenarioMap, scenariosRoot } from './doc';
import { SCENARIO_PARTS, type ScenarioPart } from './types';

// What the write check needs to know about the replica's scenarios beyond an update (docs/protocol.md
// P19): how many there are, how many planned changes one holds, and who made a planned element.

export interface ScenarioFacts {
  /** Scenarios the replica holds. */
  count(): number;
  /** Planned changes scenario `sid` holds (0 when there is none). */
  plannedCount(sid: string): number;
  /** A planned actor's or tie's createdBy: null when none, undefined when no such planned element. */
  plannedAuthor(sid: string, part: ScenarioPart, id: string): string | null | undefined;
}

export const NO_SCENARIO_FACTS: ScenarioFacts = { count: () => 0, plannedCount: () => 0, plannedAuthor: () => undefined };

/** The facts of a replica, read when asked (a check asks only about the scenarios its update touches). */
export function scenarioFacts(doc: Y.Doc): ScenarioFacts {
  return {
    count: () => scenariosRoot(doc)?.size ?? 0,
    plannedCount(sid) {
      const scenario = scenarioMap(doc, sid);
      if (!scenario) return 0;
      return SCENARIO_PARTS.reduce((sum, part) => sum + (partOf(scenario, part)?.size ?? 0), 0);
    },
    plannedAuthor(sid, part, id) {
      const scenario = scenarioMap(doc, sid);
      const element = scenario ? partOf(scenario, part)?.get(id) : undefined;
      if (!(element instanceof Y.Map)) return undefined;
      const by = element.get('createdBy');
      return typeof by === 'string' ? by : null;
    },
  };
}
