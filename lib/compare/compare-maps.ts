import type { EngineReport, IndexComponent } from '../engine/types';
import type { Actor, ClusterMap, Tie } from '../map/types';
import { attribute, componentMessage, indexMessage, pointsOf, type Edits } from './attribute';
import type { ComponentChange, ElementChanges, ExplainedChange, MapComparison } from './types';

// Two states of a cluster map side by side: which actors and ties were added, removed or changed (and which
// fields), and every index and sub-indicator before and after. Pure: the engine's reports of both maps are
// passed in, so the numbers are exactly those /scores computes. Used by the report's comparison with a
// checkpoint, the compare endpoint and `clustercanvas compare` (docs/architecture.md "Comparisons").

export type { ComponentChange, ElementChanges, ExplainedChange, MapComparison, ValueChange, WordedComparison } from './types';

/** The fields people edit; positions (x, y) are left out: moving an actor changes nothing the map says. */
const ACTOR_FIELDS = ['label', 'labels', 'type', 'scope', 'stages', 'influence', 'goals', 'notes'] as const satisfies readonly (keyof Actor)[];
const TIE_FIELDS = ['source', 'target', 'kind', 'directed', 'strength', 'tacit', 'gvc', 'notes'] as const satisfies readonly (keyof Tie)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function diffElements<T extends { id: string }>(from: readonly T[], to: readonly T[], fields: readonly (keyof T)[]): ElementChanges {
  const before = new Map(from.map((e) => [e.id, e]));
  const after = new Map(to.map((e) => [e.id, e]));
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const changed: ElementChanges['changed'] = [];
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was) continue;
    const differ = fields.filter((f) => !same(was[f], now[f])).map(String);
    if (differ.length) changed.push({ id, fields: differ });
  }
  return {
    added: [...after.keys()].filter((id) => !before.has(id)).sort(byId),
    removed: [...before.keys()].filter((id) => !after.has(id)).sort(byId),
    changed: changed.sort((a, b) => byId(a.id, b.id)),
  };
}

const change = (from: number, to: number) => ({ from, to, delta: to - from });

export function compareMaps(from: { map: ClusterMap; report: EngineReport }, to: { map: ClusterMap; report: EngineReport }): MapComparison {
  const edits: Edits = { actors: diffElements(from.map.actors, to.map.actors, ACTOR_FIELDS), ties: diffElements(from.map.ties, to.map.ties, TIE_FIELDS) };
  const maps = { from: from.map, to: to.map };
  const components: Record<string, ComponentChange> = {};
  const before = new Map<string, IndexComponent>([...from.report.indices.ici.components, ...from.report.indices.gi.components].map((c) => [c.id, c]));
  for (const c of [...to.report.indices.ici.components, ...to.report.indices.gi.components]) {
    const was = before.get(c.id);
    const value = change(was?.value ?? 0, c.value);
    const points = pointsOf(value.delta, 100);
    const elements = points === 0 ? [] : attribute({ from: was?.elements ?? [], to: c.elements }, edits, maps);
    components[c.id] = { name: c.name, ...value, points, elements, i18n: componentMessage(c.id, points, elements, edits, maps) };
  }
  const index = (id: 'ici' | 'gi'): ExplainedChange => {
    const value = change(from.report.indices[id].value, to.report.indices[id].value);
    const points = pointsOf(value.delta, 1);
    const parts = to.report.indices[id].components.map((c) => components[c.id]);
    const elements = [...new Set(parts.flatMap((p) => p.elements))];
    return { ...value, points, elements, i18n: indexMessage(id, points, parts.map((p, k) => ({ id: to.report.indices[id].components[k].id, points: p.points }))) };
  };
  return { ...edits, indices: { ici: index('ici'), gi: index('gi'), components } };
}
