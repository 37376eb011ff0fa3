// Graphs as compressed adjacency arrays indexed by integer: every measure walks typed arrays, never objects,
// so a 2,000-actor map scores within a frame budget.

/** An undirected simple graph: the neighbours of v are adj[offsets[v] .. offsets[v+1]), ascending. */
export interface Graph {
  n: number;
  /** Number of edges (unordered pairs). */
  m: number;
  offsets: Int32Array;
  adj: Int32Array;
}

/** A directed simple graph with both out- and in-adjacency. */
export interface Digraph {
  n: number;
  arcs: number;
  outOffsets: Int32Array;
  out: Int32Array;
  inOffsets: Int32Array;
  inn: Int32Array;
}

function csr(n: number, from: Int32Array, to: Int32Array, count: number): { offsets: Int32Array; adj: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) offsets[from[e] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const adj = new Int32Array(count);
  for (let e = 0; e < count; e++) adj[fill[from[e]]++] = to[e];
  for (let v = 0; v < n; v++) adj.subarray(offsets[v], offsets[v + 1]).sort();
  return { offsets, adj };
}

/** Unique sorted pair keys lo·n+hi (n ≤ 2²⁶ keeps them exact doubles); self-loops dropped. */
function pairKeys(n: number, edges: ArrayLike<number>, directed: boolean): Float64Array {
  const k = edges.length >> 1;
  const keys = new Float64Array(k);
  let count = 0;
  for (let e = 0; e < k; e++) {
    const u = edges[2 * e];
    const v = edges[2 * e + 1];
    if (u === v) continue;
    keys[count++] = directed || u < v ? u * n + v : v * n + u;
  }
  const sorted = keys.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/** Builds the undirected simple graph on n nodes from a flat edge list [u0, v0, u1, v1, ...]. */
export function buildGraph(n: number, edges: ArrayLike<number>): Graph {
  const keys = pairKeys(n, edges, false);
  const m = keys.length;
  const from = new Int32Array(2 * m);
  const to = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = Math.floor(keys[e] / n);
    const v = keys[e] - u * n;
    from[2 * e] = u;
    to[2 * e] = v;
    from[2 * e + 1] = v;
    to[2 * e + 1] = u;
  }
  const { offsets, adj } = csr(n, from, to, 2 * m);
  return { n, m, offsets, adj };
}

/** Builds a directed simple graph from a flat arc list [from0, to0, ...]. */
export function buildDigraph(n: number, arcs: ArrayLike<number>): Digraph {
  const keys = pairKeys(n, arcs, true);
  const count = keys.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    from[e] = Math.floor(keys[e] / n);
    to[e] = keys[e] - from[e] * n;
  }
  const o = csr(n, from, to, count);
  const i = csr(n, to, from, count);
  return { n, arcs: count, outOffsets: o.offsets, out: o.adj, inOffsets: i.offsets, inn: i.adj };
}

export const degreeOf = (g: Graph, v: number) => g.offsets[v + 1] - g.offsets[v];

/** True when u and v are adjacent (binary search in u's sorted neighbour list). */
export function hasEdge(g: Graph, u: number, v: number): boolean {
  let lo = g.offsets[u];
  let hi = g.offsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = g.adj[mid];
    if (w === v) return true;
    if (w < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The subgraph induced by `nodes` (global indices, ascending), relabelled 0..k-1 in that order.
 * `keep(u, v)` may further filter the edges.
 */
export function inducedSubgraph(g: Graph, nodes: ArrayLike<number>, keep?: (u: number, v: number) => boolean): Graph {
  const local = new Int32Array(g.n).fill(-1);
  for (let i = 0; i < nodes.length; i++) local[nodes[i]] = i;
  const edges: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const u = nodes[i];
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.adj[p];
      if (v > u && local[v] >= 0 && (!keep || keep(u, v))) edges.push(i, local[v]);
    }
  }
  return buildGraph(nodes.length, edges);
}
