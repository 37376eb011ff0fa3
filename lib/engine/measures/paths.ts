import type { Graph } from '../graph';

export interface PathMeasures {
  /** Brandes betweenness, each unordered pair once (NetworkX `normalized=False` on an undirected graph). */
  betweennessRaw: Float64Array;
  /** Normalised by 2/((n−1)(n−2)); equal to raw when n ≤ 2. */
  betweenness: Float64Array;
  /** Wasserman–Faust closeness: ((r−1)/(n−1))·((r−1)/Σd) over the r nodes reachable; 0 for isolates. */
  closeness: Float64Array;
}

/**
 * Betweenness (Brandes 2001) and closeness from one breadth-first search per source. Scratch arrays are
 * allocated once and only the visited entries are reset, so the cost is O(n·m) with no per-pair objects.
 */
export function pathMeasures(g: Graph): PathMeasures {
  const { n, offsets, adj } = g;
  const acc = new Float64Array(n);
  const closeness = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  // The shortest-path DAG of the current source as a flat edge list in discovery order: walking it
  // backwards visits every edge after all edges below it, and sequential reads beat rescanning neighbours.
  const dagFrom = new Int32Array(adj.length);
  const dagTo = new Int32Array(adj.length);
  for (let s = 0; s < n; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let sumDist = 0;
    let k = 0;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      const sv = sigma[v];
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const w = adj[p];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = dv;
          order[tail++] = w;
          sumDist += dv;
          sigma[w] = sv;
        } else if (dw !== dv) continue;
        else sigma[w] += sv;
        dagFrom[k] = v;
        dagTo[k++] = w;
      }
    }
    if (sumDist > 0 && n > 1) closeness[s] = ((tail - 1) / (n - 1)) * ((tail - 1) / sumDist);
    for (let j = k - 1; j >= 0; j--) {
      const v = dagFrom[j];
      const w = dagTo[j];
      delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      if (v !== s) acc[v] += delta[v];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const betweennessRaw = new Float64Array(n);
  const betweenness = new Float64Array(n);
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  for (let v = 0; v < n; v++) {
    // Each unordered pair was counted from both of its ends.
    betweennessRaw[v] = acc[v] / 2;
    betweenness[v] = betweennessRaw[v] * scale;
  }
  return { betweennessRaw, betweenness, closeness };
}
