import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../lib/engine/graph';
import { pathMeasures } from '../../../lib/engine/measures/paths';

/** Betweenness and closeness from all-pairs distances and path counts: slow, obvious, independent. */
function naive(n: number, edges: number[]) {
  const INF = Infinity;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : INF)));
  const sigma = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (let e = 0; e < edges.length; e += 2) {
    if (edges[e] === edges[e + 1]) continue;
    adj[edges[e]].add(edges[e + 1]);
    adj[edges[e + 1]].add(edges[e]);
  }
  for (let s = 0; s < n; s++) {
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h];
      for (const w of adj[v]) {
        if (d[s][w] === INF) {
          d[s][w] = d[s][v] + 1;
          queue.push(w);
        }
        if (d[s][w] === d[s][v] + 1) sigma[s][w] += sigma[s][v];
      }
    }
  }
  const betweenness = new Array(n).fill(0);
  const closeness = new Array(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      if (d[s][t] === INF) continue;
      for (let v = 0; v < n; v++)
        if (v !== s && v !== t && d[s][v] + d[v][t] === d[s][t]) betweenness[v] += (sigma[s][v] * sigma[v][t]) / sigma[s][t];
    }
  for (let s = 0; s < n; s++) {
    const reach = d[s].filter((x) => x !== INF);
    const total = reach.reduce((a, b) => a + b, 0);
    closeness[s] = total > 0 ? ((reach.length - 1) / (n - 1)) * ((reach.length - 1) / total) : 0;
  }
  return { betweenness, closeness };
}

describe('Brandes with direction-optimising BFS', () => {
  it('matches all-pairs path counting on random graphs, sparse to dense', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 * Math.min(200, (n * (n - 1)) / 2) * 2 })),
        ),
        ([n, flat]) => {
          const edges = flat.length % 2 ? flat.slice(0, -1) : flat;
          const got = pathMeasures(buildGraph(n, edges));
          const want = naive(n, edges);
          for (let v = 0; v < n; v++) {
            expect(got.betweennessRaw[v]).toBeCloseTo(want.betweenness[v], 9);
            expect(got.closeness[v]).toBeCloseTo(want.closeness[v], 12);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
