import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../lib/engine/graph';
import { pathMeasures } from '../../../lib/engine/measures/paths';
import { plainBrandes } from './brandes-oracle';

function expectSame(n: number, edges: number[]) {
  const g = buildGraph(n, edges);
  const got = pathMeasures(g);
  const want = plainBrandes(g);
  for (let v = 0; v < n; v++) {
    const scale = Math.max(1, Math.abs(want.betweennessRaw[v]));
    expect(Math.abs(got.betweennessRaw[v] - want.betweennessRaw[v]) / scale).toBeLessThan(1e-12);
    expect(got.betweenness[v]).toBeCloseTo(want.betweenness[v], 12);
    expect(got.closeness[v]).toBeCloseTo(want.closeness[v], 12);
  }
}

/**
 * A random graph that is mostly leaves: a few core actors with random ties among them, then actors hung on
 * them by one tie (some of them given a second tie so they are not leaves), isolated pairs and isolates.
 */
const leafyGraph = fc
  .record({
    core: fc.integer({ min: 0, max: 12 }),
    coreTies: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    hung: fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { freq: 4 })), { maxLength: 40 }),
    pairs: fc.integer({ min: 0, max: 3 }),
    isolates: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ core, coreTies, hung, pairs, isolates }) => {
    const edges: number[] = [];
    for (const [a, b] of coreTies) if (core > 0) edges.push(a % core, b % core);
    let n = core;
    for (const [to, extra] of hung) {
      const v = n++;
      edges.push(v, core > 0 ? to % core : to % v || 0);
      if (extra !== null) edges.push(v, extra % n);
    }
    for (let k = 0; k < pairs; k++) edges.push(n++, n++);
    n += isolates;
    return { n, edges };
  });

describe('leaf folding (Baglioni et al. 2012) against plain Brandes', () => {
  it('agrees on random graphs full of leaves, stars, isolated pairs and isolates', () => {
    fc.assert(
      fc.property(leafyGraph, ({ n, edges }) => expectSame(n, edges)),
      { numRuns: 500 },
    );
  });

  it('agrees on random sparse graphs, where leaves appear by chance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 * n })),
        ),
        ([n, flat]) => expectSame(n, flat.length % 2 ? flat.slice(0, -1) : flat),
      ),
      { numRuns: 500 },
    );
  });

  it('gives a star its closed-form values', () => {
    // Centre 0 with k leaves: it lies between every pair of leaves; each leaf is 1 from it and 2 from the rest.
    const k = 7;
    const edges: number[] = [];
    for (let v = 1; v <= k; v++) edges.push(0, v);
    const got = pathMeasures(buildGraph(k + 1, edges));
    expect(got.betweennessRaw[0]).toBe((k * (k - 1)) / 2);
    expect(got.closeness[0]).toBe(1);
    for (let v = 1; v <= k; v++) {
      expect(got.betweennessRaw[v]).toBe(0);
      expect(got.closeness[v]).toBeCloseTo(k / (1 + 2 * (k - 1)), 15);
    }
  });

  it('does not fold an isolated pair into itself', () => {
    const got = pathMeasures(buildGraph(3, [0, 1]));
    expect([...got.betweennessRaw]).toEqual([0, 0, 0]);
    expect(got.closeness[0]).toBeCloseTo(0.5, 15);
    expect(got.closeness[2]).toBe(0);
  });
});
