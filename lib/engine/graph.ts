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

/** `items` reordered by ascending key[item] (keys in 0..n−1), items with equal keys keeping their order. */
export function stableCountingSort(items: Int32Array, key: Int32Array, n: number): Int32Array {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < items.length; i++) start[key[items[i]] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const sorted = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) sorted[start[key[items[i]]]++] = items[i];
  return sorted;
}

/**
 * Adjacency arrays of the distinct arcs tail[e] → head[e], self-loops dropped, each list ascending. Two
 * stable counting sorts (by head, then by tail) put the arcs in (tail, head) order in linear time, so
 * repeated arcs are adjacent: no comparison sort, no hashing, no per-arc objects.
 */
function distinctArcs(n: number, tail: Int32Array, head: Int32Array): { offsets: Int32Array; adj: Int32Array } {
  let loopless = 0;
  const arcs = new Int32Array(tail.length);
  for (let e = 0; e < tail.length; e++) if (tail[e] !== head[e]) arcs[loopless++] = e;
  const ordered = stableCountingSort(stableCountingSort(arcs.subarray(0, loopless), head, n), tail, n);
  const offsets = new Int32Array(n + 1);
  const adj = new Int32Array(ordered.length);
  let count = 0;
  for (let k = 0; k < ordered.length; k++) {
    const e = ordered[k];
    const previous = k > 0 ? ordered[k - 1] : -1;
    if (previous >= 0 && tail[previous] === tail[e] && head[previous] === head[e]) continue;
    adj[count++] = head[e];
    offsets[tail[e] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  return { offsets, adj: adj.slice(0, count) };
}

/** Builds the undirected simple graph on n nodes from a flat edge list [u0, v0, u1, v1, ...]. */
export function buildGraph(n: number, edges: ArrayLike<number>): Graph {
  // Each edge as two arcs; a pair given twice (either way round) collapses in both directions alike.
  const k = edges.length >> 1;
  const tail = new Int32Array(2 * k);
  const head = new Int32Array(2 * k);
  for (let e = 0; e < k; e++) {
    tail[2 * e] = head[2 * e + 1] = edges[2 * e];
    head[2 * e] = tail[2 * e + 1] = edges[2 * e + 1];
  }
  const { offsets, adj } = distinctArcs(n, tail, head);
  return { n, m: adj.length / 2, offsets, adj };
}

/** Builds a directed simple graph from a flat arc list [from0, to0, ...]. */
export function buildDigraph(n: number, arcs: ArrayLike<number>): Digraph {
  const k = arcs.length >> 1;
  const tail = new Int32Array(k);
  const head = new Int32Array(k);
  for (let e = 0; e < k; e++) {
    tail[e] = arcs[2 * e];
    head[e] = arcs[2 * e + 1];
  }
  const { offsets: outOffsets, adj: out } = distinctArcs(n, tail, head);
  // Walking tails in ascending order fills every in-list already sorted.
  const inOffsets = new Int32Array(n + 1);
  for (let p = 0; p < out.length; p++) inOffsets[out[p] + 1]++;
  for (let v = 0; v < n; v++) inOffsets[v + 1] += inOffsets[v];
  const fill = inOffsets.slice(0, n);
  const inn = new Int32Array(out.length);
  for (let u = 0; u < n; u++) for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) inn[fill[out[p]]++] = u;
  return { n, arcs: out.length, outOffsets, out, inOffsets, inn };
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
  // Relabelling keeps the order of the nodes, so filtering each sorted neighbour list keeps it sorted and
  // distinct: the adjacency arrays are written directly, with no edge list to sort.
  const offsets = new Int32Array(nodes.length + 1);
  const adj = new Int32Array(g.adj.length);
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const u = nodes[i];
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.adj[p];
      if (local[v] >= 0 && (!keep || (u < v ? keep(u, v) : keep(v, u)))) adj[count++] = local[v];
    }
    offsets[i + 1] = count;
  }
  return { n: nodes.length, m: count / 2, offsets, adj: adj.slice(0, count) };
}
