// Textbook Brandes (2001) and closeness, written for obviousness, not speed: the oracle the engine's
// optimised searches (leaf folding, 32-source batches, bottom-up levels) must agree with on any graph.

import type { Graph } from '../../../lib/engine/graph';

export interface PathMeasures {
  betweennessRaw: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
}

export function plainBrandes(g: Graph): PathMeasures {
  const { n, offsets, adj } = g;
  const neighbours = (v: number) => Array.from(adj.subarray(offsets[v], offsets[v + 1]));
  const acc = new Float64Array(n);
  const closeness = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const parents: number[][] = Array.from({ length: n }, () => []);
    const stack: number[] = [];
    dist[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    while (queue.length) {
      const v = queue.shift()!;
      stack.push(v);
      for (const w of neighbours(v)) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v] + 1) {
          sigma[w] += sigma[v];
          parents[w].push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of parents[w]) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      if (w !== s) acc[w] += delta[w];
    }
    const reached = stack.length + dist.filter((d) => d >= 0).length;
    const sumDist = dist.reduce((sum, d) => sum + Math.max(d, 0), 0);
    if (sumDist > 0) closeness[s] = ((reached - 1) / (n - 1)) * ((reached - 1) / sumDist);
  }
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  // Each unordered pair was counted from both of its ends.
  const betweennessRaw = acc.map((a) => a / 2);
  return { betweennessRaw, betweenness: betweennessRaw.map((b) => b * scale), closeness };
}
