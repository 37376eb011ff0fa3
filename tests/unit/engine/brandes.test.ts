import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../lib/engine/graph';
import { MIN_SHARING, weightedBrandes } from '../../../lib/engine/measures/brandes';
import { mergeSweeps, sliceCount } from '../../../lib/engine/measures/sweeps';
import { compiledSweeps } from '../../../lib/engine/wasm/sweeps-wasm';
import { plainBrandes } from './brandes-oracle';

/** Random graphs of up to 100 actors (so several batches of 32), from sparse to dense, with weights 1–3. */
const weightedGraph = fc.integer({ min: 1, max: 100 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    flat: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 8 * n }),
    mult: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
  }),
);

const WHOLE = { part: 0, parts: 1 };

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('weighted Brandes sweeps', () => {
  it('give the same sums in batches of 32 and one source at a time', () => {
    fc.assert(
      fc.property(weightedGraph, ({ n, flat, mult }) => {
        const g = buildGraph(n, flat.length % 2 ? flat.slice(0, -1) : flat);
        const m = Float64Array.from(mult);
        const batched = weightedBrandes(g, m, WHOLE, 0); // never leaves the batches
        const single = weightedBrandes(g, m, WHOLE, Infinity); // one batch, then one source at a time
        for (let v = 0; v < n; v++) {
          expect(close(batched.acc[v], single.acc[v])).toBe(true);
          expect(batched.reachWeight[v]).toBe(single.reachWeight[v]);
          expect(batched.reachCount[v]).toBe(single.reachCount[v]);
          expect(batched.distanceSum[v]).toBe(single.distanceSum[v]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with unit weights are plain Brandes and plain distance sums', () => {
    fc.assert(
      fc.property(weightedGraph, ({ n, flat }) => {
        const g = buildGraph(n, flat.length % 2 ? flat.slice(0, -1) : flat);
        const want = plainBrandes(g);
        for (const minSharing of [0, Infinity]) {
          const got = weightedBrandes(g, new Float64Array(n).fill(1), WHOLE, minSharing);
          for (let v = 0; v < n; v++) {
            expect(close(got.acc[v], want.betweennessRaw[v])).toBe(true);
            const r = got.reachCount[v];
            const closeness = got.distanceSum[v] > 0 && n > 1 ? ((r - 1) / (n - 1)) * ((r - 1) / got.distanceSum[v]) : 0;
            expect(closeness).toBeCloseTo(want.closeness[v], 14);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is exact on a long chain, where the sweeps leave the batches', () => {
    // Inner actor v of a chain lies between the v actors on one side and the n − 1 − v on the other.
    const n = 200;
    const chain = buildGraph(n, Array.from({ length: 2 * (n - 1) }, (_, k) => (k >> 1) + (k & 1)));
    const got = weightedBrandes(chain, new Float64Array(n).fill(1));
    for (let v = 0; v < n; v++) expect(got.acc[v]).toBe(v * (n - 1 - v));
  });

  it('cut into slices of batches, merged in slice order, are the sweeps of the whole graph', () => {
    fc.assert(
      fc.property(weightedGraph, fc.integer({ min: 1, max: 5 }), fc.boolean(), ({ n, flat, mult }, parts, batched) => {
        const g = buildGraph(n, flat.length % 2 ? flat.slice(0, -1) : flat);
        const m = Float64Array.from(mult);
        const minSharing = batched ? 0 : Infinity;
        const whole = weightedBrandes(g, m, WHOLE, minSharing);
        const slices = Array.from({ length: parts }, (_, part) => weightedBrandes(g, m, { part, parts }, minSharing));
        // Each source is swept by exactly one slice: the others leave its reach and distance at 0.
        for (let s = 0; s < n; s++) {
          const owners = slices.filter((x) => x.reachCount[s] > 0);
          expect(owners).toHaveLength(1);
          expect(owners[0]).toBe(slices[Math.floor(s / 32) % parts]);
        }
        const merged = mergeSweeps(slices);
        for (let v = 0; v < n; v++) {
          expect(close(merged.acc[v], whole.acc[v])).toBe(true);
          expect(merged.reachWeight[v]).toBe(whole.reachWeight[v]);
          expect(merged.reachCount[v]).toBe(whole.reachCount[v]);
          expect(merged.distanceSum[v]).toBe(whole.distanceSum[v]);
        }
        // The merge adds in one fixed order, so merging the same slices again gives the same bits.
        expect(mergeSweeps(slices).acc).toEqual(merged.acc);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a graph into slices by its size alone: one for a workshop map, up to eight for a large one', () => {
    expect(sliceCount(0)).toBe(1);
    expect(sliceCount(300)).toBe(1);
    expect(sliceCount(32 * 16)).toBe(2);
    expect(sliceCount(2000)).toBe(7);
    expect(sliceCount(10000)).toBe(8);
  });

  it('give the same bits in WebAssembly as in JavaScript, on every route and slice', () => {
    expect(compiledSweeps()).not.toBeNull(); // Node runs WebAssembly: this test compares two kernels
    fc.assert(
      fc.property(weightedGraph, fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, MIN_SHARING, Infinity), ({ n, flat, mult }, parts, minSharing) => {
        const g = buildGraph(n, flat.length % 2 ? flat.slice(0, -1) : flat);
        const m = Float64Array.from(mult);
        for (let part = 0; part < parts; part++) {
          const slice = { part, parts };
          const compiled = weightedBrandes(g, m, slice, minSharing);
          const script = weightedBrandes(g, m, slice, minSharing, 'javascript');
          expect(compiled.acc).toEqual(script.acc);
          expect(compiled.reachWeight).toEqual(script.reachWeight);
          expect(compiled.reachCount).toEqual(script.reachCount);
          expect(compiled.distanceSum).toEqual(script.distanceSum);
        }
      }),
      { numRuns: 300 },
    );
  });
});
