import type { Graph } from '../graph';

export interface TriangleMeasures {
  /** Triangles through each node. */
  triangles: Float64Array;
  clustering: Float64Array;
  averageClustering: number;
  /** 3·triangles / connected triples. */
  transitivity: number;
  /** Burt's effective size deg − 2t/deg (t = ties among the alters = triangles); NaN for isolates. */
  effectiveSize: Float64Array;
  /** Burt's constraint Σⱼ (pᵢⱼ + Σ_q pᵢq·p_qj)² with pᵢⱼ = 1/deg(i); NaN for isolates. */
  constraint: Float64Array;
}

/** Everything that needs the neighbourhoods of neighbourhoods, in one O(Σ deg²) pass with mark arrays. */
export function triangleMeasures(g: Graph): TriangleMeasures {
  const { n, offsets, adj } = g;
  const triangles = new Float64Array(n);
  const clustering = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const constraint = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const indirect = new Float64Array(n);
  let closedTwice = 0;
  let triples = 0;
  let clusteringSum = 0;
  for (let u = 0; u < n; u++) {
    const du = offsets[u + 1] - offsets[u];
    if (du === 0) {
      effectiveSize[u] = NaN;
      constraint[u] = NaN;
      continue;
    }
    for (let p = offsets[u]; p < offsets[u + 1]; p++) mark[adj[p]] = u;
    let links = 0;
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const w = adj[p];
      const dw = offsets[w + 1] - offsets[w];
      const via = 1 / (du * dw);
      for (let q = offsets[w]; q < offsets[w + 1]; q++) {
        const v = adj[q];
        if (mark[v] === u) {
          links++;
          indirect[v] += via;
        }
      }
    }
    const t = links / 2;
    triangles[u] = t;
    if (du > 1) clustering[u] = (2 * t) / (du * (du - 1));
    clusteringSum += clustering[u];
    closedTwice += links;
    triples += du * (du - 1);
    effectiveSize[u] = du - (2 * t) / du;
    let c = 0;
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = adj[p];
      const local = 1 / du + indirect[v];
      c += local * local;
      indirect[v] = 0;
    }
    constraint[u] = c;
  }
  return {
    triangles,
    clustering,
    averageClustering: n > 0 ? clusteringSum / n : 0,
    transitivity: closedTwice > 0 ? closedTwice / triples : 0,
    effectiveSize,
    constraint,
  };
}
