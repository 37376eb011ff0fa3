import type { ClusterMap, Tie } from '../map/types';
import { CHANGEABLE_TIE_FIELDS, type AppliedScenario, type Scenario, type SkippedChange } from './types';

// The live map with a scenario applied (docs/architecture.md "What-if scenarios"). Pure and isomorphic: the
// score panel's worker, the API and the comparison all read a scenario through this one function.
//
// A scenario is deltas against live element ids, and the live map goes on changing under it: a planned
// change whose live element is gone is skipped and reported, never a failure —
// - a removal or a change of a tie that is no longer on the map;
// - a planned tie with an end that is neither live nor planned (its actor was deleted);
// - a planned actor or tie whose id is on the live map already (`taken`: the live one wins).
// A tie both removed and changed is removed.

export function applyScenario(map: ClusterMap, scenario: Pick<Scenario, 'actors' | 'ties' | 'removeTies' | 'changeTies'>): AppliedScenario {
  const skipped: SkippedChange[] = [];
  const liveActors = new Set(map.actors.map((a) => a.id));
  const liveTies = new Map(map.ties.map((t) => [t.id, t]));

  const actors = [...map.actors];
  for (const actor of scenario.actors) {
    if (liveActors.has(actor.id)) skipped.push({ change: 'actor', id: actor.id, why: 'taken', refersTo: [] });
    else actors.push(actor);
  }
  const actorIds = new Set(actors.map((a) => a.id));

  const removed = new Set<string>();
  for (const id of scenario.removeTies) {
    if (liveTies.has(id)) removed.add(id);
    else skipped.push({ change: 'removeTie', id, why: 'missing', refersTo: [id] });
  }

  const changed = new Map<string, Tie>();
  for (const change of scenario.changeTies) {
    const live = liveTies.get(change.id);
    if (!live) {
      skipped.push({ change: 'changeTie', id: change.id, why: 'missing', refersTo: [change.id] });
      continue;
    }
    const tie: Tie = { ...(changed.get(change.id) ?? live) };
    for (const field of CHANGEABLE_TIE_FIELDS) {
      if (change[field] !== undefined) (tie as unknown as Record<string, unknown>)[field] = change[field];
    }
    changed.set(change.id, tie);
  }

  const ties: Tie[] = [];
  for (const tie of map.ties) if (!removed.has(tie.id)) ties.push(changed.get(tie.id) ?? tie);
  for (const tie of scenario.ties) {
    if (liveTies.has(tie.id)) {
      skipped.push({ change: 'tie', id: tie.id, why: 'taken', refersTo: [] });
      continue;
    }
    const gone = [tie.source, tie.target].filter((end, i, ends) => !actorIds.has(end) && ends.indexOf(end) === i);
    if (gone.length) skipped.push({ change: 'tie', id: tie.id, why: 'missing', refersTo: gone });
    else ties.push(tie);
  }

  const missing = [...new Set(skipped.flatMap((s) => s.refersTo))].sort();
  return { map: { ...map, actors, ties }, missing, skipped };
}
