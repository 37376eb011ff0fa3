import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../../lib/compare/compare-maps';
import { computeReport } from '../../../lib/engine';
import { comparisonInput } from '../../../lib/export/report/from-workshop';
import type { ClusterMap } from '../../../lib/map/types';
import { sampleMap } from '../map/fixtures';

// compareMaps (docs/architecture.md "Comparisons"): what came, went and changed between two states of a
// map, and every index before and after — the numbers the engine gives each state on its own.

const scored = (map: ClusterMap) => ({ map, report: computeReport(map) });

function later(): ClusterMap {
  const map = sampleMap();
  map.actors = map.actors.filter((a) => a.id !== 'buyer');
  map.ties = map.ties.filter((t) => t.target !== 'buyer' && t.source !== 'buyer');
  map.actors.push({ id: 'gov', label: 'Science park office', type: 'government', scope: 'local', stages: [] });
  map.ties.push({ id: 't3', source: 'gov', target: 'uni', kind: 'policy', directed: true, strength: 2, tacit: false });
  map.actors[0].x = 999; // moved, not changed
  map.actors[1].label = '华中科技大学 (HUST)';
  map.ties[0].strength = 1;
  return map;
}

describe('compareMaps', () => {
  it('lists added, removed and changed actors and ties, sorted by id', () => {
    const c = compareMaps(scored(sampleMap()), scored(later()));
    expect(c.actors).toEqual({ added: ['gov'], removed: ['buyer'], changed: [{ id: 'uni', fields: ['label'] }] });
    expect(c.ties).toEqual({ added: ['t3'], removed: ['t2'], changed: [{ id: 't1', fields: ['strength'] }] });
  });

  it('a map compared with itself has no differences and zero deltas', () => {
    const c = compareMaps(scored(sampleMap()), scored(sampleMap()));
    expect([c.actors, c.ties]).toEqual([{ added: [], removed: [], changed: [] }, { added: [], removed: [], changed: [] }]);
    expect(c.indices.ici.delta).toBe(0);
    expect(Object.values(c.indices.components).every((v) => v.delta === 0)).toBe(true);
  });

  it('takes every index from the engine report of each state', () => {
    const before = scored(sampleMap());
    const after = scored(later());
    const c = compareMaps(before, after);
    expect(c.indices.ici).toMatchObject({ from: before.report.indices.ici.value, to: after.report.indices.ici.value, delta: after.report.indices.ici.value - before.report.indices.ici.value });
    expect(c.indices.gi.to).toBe(after.report.indices.gi.value);
    const ids = [...after.report.indices.ici.components, ...after.report.indices.gi.components].map((x) => x.id);
    expect(Object.keys(c.indices.components)).toEqual(ids);
    for (const x of after.report.indices.gi.components) {
      expect(c.indices.components[x.id].to).toBe(x.value);
      expect(c.indices.components[x.id].from).toBe(before.report.indices.gi.components.find((y) => y.id === x.id)!.value);
    }
  });

  it("names added elements by the later map's labels and removed ones by the earlier map's", () => {
    const before = sampleMap();
    const after = later();
    const input = comparisonInput(compareMaps(scored(before), scored(after)), before, after, { kind: 'checkpoint', name: 'Start', at: 0 });
    expect(input.against).toEqual({ kind: 'checkpoint', name: 'Start', at: '1970-01-01T00:00:00.000Z' });
    expect(input.added.map((e) => e.label)).toEqual(['Science park office', expect.stringContaining('Science park office')]);
    expect(input.removed.map((e) => [e.kind, e.label])).toEqual([['actor', 'Global buyer'], ['tie', expect.stringContaining('Global buyer')]]);
    expect(input.values.slice(0, 2).map((v) => v.id)).toEqual(['ici', 'gi']);
  });
});
