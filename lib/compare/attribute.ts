import type { ClusterMap } from '../map/types';
import type { CompareMessage, CompareValue } from './messages';
import type { ElementChanges } from './types';

// Which edits explain a sub-indicator's change (docs/engine.md "How a change is attributed"). The engine
// names the elements each sub-indicator rests on (IndexComponent.elements: actors, ties or stages); a
// change is attributed, in three steps, to the added, removed and changed actors and ties among them:
//   1. the edited elements the sub-indicator names in either state;
//   2. else the edited ties touching an actor it names, the edited ends of a tie it names, and the edited
//      actors performing a stage it names;
//   3. else the actors and ties that came or went and the actors that changed type or scope: they move
//      the counts the shares are taken of (a new local tie lowers the external share of all ties).
// Nothing found: the change is said to be unexplained by any single element.

export interface Edits {
  actors: ElementChanges;
  ties: ElementChanges;
}

interface Maps {
  from: Pick<ClusterMap, 'actors' | 'ties'>;
  to: Pick<ClusterMap, 'actors' | 'ties'>;
}

/** Fields of an actor that move it between the sets the shares count (firms, local actors, …). */
const MEMBERSHIP_FIELDS = new Set(['type', 'scope']);

export function attribute(rests: { from: readonly string[]; to: readonly string[] }, edits: Edits, maps: Maps): string[] {
  const named = new Set([...rests.from, ...rests.to]);
  const editedTies = [...edits.ties.added, ...edits.ties.removed, ...edits.ties.changed.map((c) => c.id)];
  const editedActors = [...edits.actors.added, ...edits.actors.removed, ...edits.actors.changed.map((c) => c.id)];
  const direct = [...editedTies, ...editedActors].filter((id) => named.has(id));
  if (direct.length) return direct;

  const ties = new Map([...maps.from.ties, ...maps.to.ties].map((t) => [t.id, t]));
  const actors = [...maps.from.actors, ...maps.to.actors];
  const namedActors = new Set(actors.filter((a) => named.has(a.id)).map((a) => a.id));
  const namedTieEnds = new Set([...named].flatMap((id) => (ties.has(id) ? [ties.get(id)!.source, ties.get(id)!.target] : [])));
  const stageActors = new Set(actors.filter((a) => a.stages.some((s) => named.has(s))).map((a) => a.id));
  const near = [
    ...editedTies.filter((id) => [ties.get(id)?.source, ties.get(id)?.target].some((end) => end !== undefined && namedActors.has(end))),
    ...editedActors.filter((id) => namedTieEnds.has(id) || stageActors.has(id)),
  ];
  if (near.length) return near;

  return [
    ...edits.ties.added,
    ...edits.ties.removed,
    ...edits.actors.added,
    ...edits.actors.removed,
    ...edits.actors.changed.filter((c) => c.fields.some((f) => MEMBERSHIP_FIELDS.has(f))).map((c) => c.id),
  ];
}

/** The values a sentence needs: each explaining element by what happened to it, ties with their two ends. */
export function explainingValues(elements: readonly string[], edits: Edits, maps: Maps): Record<string, CompareValue> {
  const pick = (ids: readonly string[]) => ids.filter((id) => elements.includes(id));
  const ends = (ids: string[], map: Maps['from'], end: 'source' | 'target') => ids.map((id) => map.ties.find((t) => t.id === id)?.[end] ?? '');
  const fieldsOf = (list: ElementChanges['changed'], ids: string[]) => ids.map((id) => list.find((c) => c.id === id)!.fields.join(','));
  const tiesAdded = pick(edits.ties.added);
  const tiesRemoved = pick(edits.ties.removed);
  const tiesChanged = pick(edits.ties.changed.map((c) => c.id));
  const actorsChanged = pick(edits.actors.changed.map((c) => c.id));
  return {
    tiesAdded,
    tiesAddedFrom: ends(tiesAdded, maps.to, 'source'),
    tiesAddedTo: ends(tiesAdded, maps.to, 'target'),
    tiesRemoved,
    tiesRemovedFrom: ends(tiesRemoved, maps.from, 'source'),
    tiesRemovedTo: ends(tiesRemoved, maps.from, 'target'),
    tiesChanged,
    tiesChangedFrom: ends(tiesChanged, maps.to, 'source'),
    tiesChangedTo: ends(tiesChanged, maps.to, 'target'),
    tiesChangedFields: fieldsOf(edits.ties.changed, tiesChanged),
    actorsAdded: pick(edits.actors.added),
    actorsRemoved: pick(edits.actors.removed),
    actorsChanged,
    actorsChangedFields: fieldsOf(edits.actors.changed, actorsChanged),
  };
}

/** Signed points on the 0–100 scale, one decimal. */
export const pointsOf = (delta: number, scale: number) => Math.round(delta * scale * 10) / 10;

export function componentMessage(id: string, points: number, elements: readonly string[], edits: Edits, maps: Maps): CompareMessage {
  if (points === 0) return { key: 'compare.component.unchanged', values: { id } };
  if (!elements.length) return { key: 'compare.component.unexplained', values: { id, points } };
  return { key: 'compare.component.changed', values: { id, points, ...explainingValues(elements, edits, maps) } };
}

export function indexMessage(index: 'ici' | 'gi', points: number, parts: ReadonlyArray<{ id: string; points: number }>): CompareMessage {
  const moved = parts.filter((p) => p.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  if (points === 0 && !moved.length) return { key: 'compare.index.unchanged', values: { index } };
  return { key: 'compare.index.changed', values: { index, points, parts: moved.map((p) => p.id), partPoints: moved.map((p) => String(p.points)) } };
}
