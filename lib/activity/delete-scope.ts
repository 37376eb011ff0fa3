import type { Actor, ClusterMap, Tie } from '../map/types';

// What deleting a selection takes with it (lib/map/ydoc.ts deleteActor: an actor goes with every tie that
// touches it), and whose those things are, so the person deleting can be asked first when any of it is
// someone else's (docs/architecture.md "Activity"). An element without `createdBy` is nobody's: never the
// deleter's own.

export interface DeleteScope {
  actors: Actor[];
  /** The selected ties and every tie of a selected actor. */
  ties: Tie[];
}

export function deleteScope(map: Pick<ClusterMap, 'actors' | 'ties'>, ids: readonly string[]): DeleteScope {
  const chosen = new Set(ids);
  const actors = map.actors.filter((a) => chosen.has(a.id));
  const gone = new Set(actors.map((a) => a.id));
  const ties = map.ties.filter((t) => chosen.has(t.id) || gone.has(t.source) || gone.has(t.target));
  return { actors, ties };
}

/** The elements of `scope` not made by `me`: whoever made them (a participant id), or null for nobody known. */
export function othersIn(scope: DeleteScope, me: string | undefined): Array<{ element: Actor | Tie; by: string | null }> {
  return [...scope.actors, ...scope.ties].filter((e) => !me || e.createdBy !== me).map((element) => ({ element, by: element.createdBy ?? null }));
}
