import { describe, expect, it } from 'vitest';
import { computeReport, ENGINE_DEFAULTS } from '../../../lib/engine';
import { defaultStages } from '../../../lib/map/default-stages';
import { actor, mapOf, tie } from './build';

// A small valley cluster whose every sub-indicator is worked out by hand (betweenness and transitivity of
// G_L checked with NetworkX: raw betweenness u1 16, f1 6, f3 6, g1 6, others 0; transitivity .25).
const gvc = (c: 'low' | 'high', k: 'low' | 'high', s: 'low' | 'high') => ({ complexity: c, codifiability: k, supplierCapability: s });
const valley = mapOf(
  [
    actor('f1', 'firm', 'local', ['rd', 'manufacturing']),
    actor('f2', 'firm', 'local', ['manufacturing']),
    actor('f3'),
    actor('f4'),
    actor('u1', 'university', 'local', ['rd']),
    actor('r1', 'research'),
    actor('g1', 'government'),
    actor('b1', 'finance'),
    actor('i1', 'intermediary'),
    actor('X', 'firm', 'external', ['marketing']),
    actor('Y', 'university', 'external'),
  ],
  [
    tie('f1', 'u1', 'knowledge', { id: 'k1', tacit: true }),
    tie('f2', 'u1', 'knowledge', { id: 'k2' }),
    tie('f1', 'f2', 'knowledge', { id: 'k3', tacit: true, directed: true }),
    tie('Y', 'u1', 'knowledge', { id: 'k4', directed: true }),
    tie('u1', 'f3', 'knowledge', { id: 'k5', directed: true }),
    tie('f1', 'X', 'supply', { id: 's1', directed: true, gvc: gvc('high', 'low', 'high') }),
    tie('f2', 'X', 'supply', { id: 's2', directed: true, gvc: gvc('high', 'high', 'low') }),
    tie('g1', 'u1', 'policy', { id: 'p1' }),
    tie('g1', 'f4', 'policy', { id: 'p2' }),
    tie('b1', 'f1', 'finance', { id: 'fi1' }),
    tie('i1', 'f3', 'service', { id: 'sv1' }),
  ],
  defaultStages(),
);

const expected: Record<string, number> = {
  I1: 4 / 9,
  I2: 8 / 9 / 4,
  I3: (3 / 4 + 1 / 4 + 1 / 2) / 3,
  I4: 1,
  I5: 0.5,
  I6: 0.4 / 0.5,
  I7: 2.5 / 8.75,
  G1: 4 / 5,
  G2: 6 / 34 / 0.3,
  G3: 3 / 7,
  G4: 1 - 0.35714285714285715,
  G5: 0.25 / 0.3,
  G6: (1 + 0.3) / 2,
  G7: 0,
};

describe('indices on a hand-worked cluster', () => {
  const r = computeReport(valley);
  const all = [...r.indices.ici.components, ...r.indices.gi.components];

  for (const [id, value] of Object.entries(expected)) {
    it(`${id} = ${value.toFixed(4)}`, () => {
      const c = all.find((k) => k.id === id)!;
      expect(c.value).toBeCloseTo(value, 12);
      expect(c.weight).toBe(ENGINE_DEFAULTS[id as keyof typeof ENGINE_DEFAULTS]);
      expect(c.formula.length).toBeGreaterThan(5);
      expect(c.explanation.length).toBeGreaterThan(10);
      expect(c.theory.length).toBeGreaterThan(10);
    });
  }

  it('the indices are the weighted sums, in 0–100', () => {
    const ici = r.indices.ici.components.reduce((s, k) => s + k.weight * k.value, 0) * 100;
    const gi = r.indices.gi.components.reduce((s, k) => s + k.weight * k.value, 0) * 100;
    expect(r.indices.ici.value).toBeCloseTo(ici, 10);
    expect(r.indices.gi.value).toBeCloseTo(gi, 10);
    expect(r.indices.ici.components.map((k) => k.id)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7']);
    expect(r.indices.gi.components.map((k) => k.id)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7']);
  });

  it('explanations carry the actual numbers and elements name the map elements', () => {
    const byId = Object.fromEntries(all.map((k) => [k.id, k]));
    expect(byId.I3.explanation).toContain('3 of 4 local firms are tied to a university or research institute');
    expect(byId.I1.elements.sort()).toEqual(['f1', 'f2', 'f3', 'u1']);
    expect(byId.I5.elements).toEqual(['u1']);
    expect(byId.I6.elements.sort()).toEqual(['k1', 'k3']);
    expect(byId.I7.elements).toEqual(['rd', 'manufacturing']);
    expect(byId.G3.elements).toEqual(['u1']);
    expect(byId.G3.explanation).toContain('u1');
    expect(byId.G6.elements).toEqual(['s1', 's2']);
  });

  it('facilitator overrides change weights and constants', () => {
    const tuned = computeReport({ ...valley, meta: { title: 'tuned', weights: { I1: 0, buzzDegree: 1, upgradingCaptive: 1 } } });
    const k = Object.fromEntries([...tuned.indices.ici.components, ...tuned.indices.gi.components].map((c) => [c.id, c]));
    expect(k.I1.weight).toBe(0);
    expect(k.I2.value).toBeCloseTo(8 / 9, 12);
    expect(k.G6.value).toBeCloseTo(1, 12);
    const sumW = tuned.indices.ici.components.reduce((s, c) => s + c.weight, 0);
    const ici = (100 * tuned.indices.ici.components.reduce((s, c) => s + c.weight * c.value, 0)) / sumW;
    expect(tuned.indices.ici.value).toBeCloseTo(ici, 10);
  });

  it('all weights zero gives 0, not NaN', () => {
    const zero = Object.fromEntries(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7'].map((k) => [k, 0]));
    expect(computeReport({ ...valley, meta: { title: 'z', weights: zero } }).indices.ici.value).toBe(0);
  });
});

describe('triple helix synergy (Leydesdorff)', () => {
  it('three bilateral ties u–i, i–g, u–g give negative T (synergy)', () => {
    const r = computeReport(
      mapOf([actor('u', 'university'), actor('f'), actor('g', 'government')], [tie('u', 'f'), tie('f', 'g'), tie('u', 'g')]),
    );
    const h = (p: number) => -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
    expect(r.tripleHelix.T).toBeCloseTo(3 * h(1 / 3) - 2 * Math.log2(3), 12);
    expect(r.tripleHelix.synergy).toBe(true);
    expect(r.tripleHelix.ties).toBe(3);
  });

  it('T is 0 when one sphere is absent, and null with no relevant tie', () => {
    const two = computeReport(mapOf([actor('u', 'university'), actor('f'), actor('f2')], [tie('u', 'f'), tie('f', 'f2')]));
    expect(two.tripleHelix.T).toBe(0);
    expect(two.tripleHelix.synergy).toBe(false);
    const none = computeReport(mapOf([actor('a', 'finance'), actor('b', 'association')], [tie('a', 'b')]));
    expect(none.tripleHelix.T).toBeNull();
  });
});
