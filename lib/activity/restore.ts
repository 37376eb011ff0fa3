import type * as Y from 'yjs';
import type { Actor, ClusterMap, Tie } from '../map/types';
import { actorsOf, addActor, addTie, tiesOf } from '../map/ydoc';
import type { RemovedElements } from './types';

// Bringing back what an activity entry deleted (docs/architecture.md "Activity"): the actors that are not on
// the map, then the ties that are not on it and whose two ends are, with the same ids and the same
// `createdBy` as before, which the server's write check accepts only for ids its activity record says were
// deleted (docs/protocol.md P14). Votes, comments and decisions were never deleted with them (they outlive
// their element), so they are back too.

/** The part of `removed` that can come back to a map holding `liveActors` and `liveTies`. */
export function restorablePart(removed: RemovedElements, liveActors: ReadonlySet<string>, liveTies: ReadonlySet<string>): RemovedElements {
  const actors = removed.actors.filter((a) => !liveActors.has(a.id));
  const ends = new Set([...liveActors, ...actors.map((a) => a.id)]);
  const ties = removed.ties.filter((t) => !liveTies.has(t.id) && ends.has(t.source) && ends.has(t.target));
  return { actors, ties };
}

/** Whether anything of `removed` could be brought back to `map` now. */
export function canRestore(map: Pick<ClusterMap, 'actors' | 'ties'>, removed: RemovedElements): boolean {
  const part = restorablePart(removed, new Set(map.actors.map((a) => a.id)), new Set(map.ties.map((t) => t.id)));
  return part.actors.length + part.ties.length > 0;
}

/** Adds back what can come back, in one transaction; returns what was added. */
export function restoreRemoved(doc: Y.Doc, removed: RemovedElements, origin?: unknown): RemovedElements {
  const part = restorablePart(removed, new Set(actorsOf(doc).keys()), new Set(tiesOf(doc).keys()));
  if (part.actors.length + part.ties.length === 0) return part;
  doc.transact(() => {
    for (const actor of part.actors) addActor(doc, copy<Actor>(actor), origin);
    for (const tie of part.ties) addTie(doc, copy<Tie>(tie), origin);
  }, origin);
  return part;
}

/** A deep copy, so the document never shares arrays (stages, goals) with the feed's entry. */
const copy = <T,>(value: T): T => structuredClone(value);
