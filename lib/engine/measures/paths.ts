import { inducedSubgraph, type Graph } from '../graph';
import { weightedBrandes } from './brandes';
import { mergeSweeps, sliceCount, type CoreSweeps, type SweepSlice } from './sweeps';

export interface PathMeasures {
  /** Brandes betweenness, each unordered pair once (NetworkX `normalized=False` on an undirected graph). */
  betweennessRaw: Float64Array;
  /** Normalised by 2/((n−1)(n−2)); equal to raw when n ≤ 2. */
  betweenness: Float64Array;
  /** Wasserman–Faust closeness: ((r−1)/(n−1))·((r−1)/Σd) over the r nodes reachable; 0 for isolates. */
  closeness: Float64Array;
}

/**
 * Exact betweenness and closeness with leaves folded away (Baglioni, Geraci, Pellegrini & Lastres 2012):
 * an actor whose only tie goes to an actor with other ties lies on no shortest path, and every path to it
 * is a path to its neighbour plus one step. So Brandes runs on the graph without those leaves, each
 * remaining actor weighted by 1 + its leaves, and the leaves' share is added in closed form:
 *
 * - a core actor v with L leaves in a component of r actors is the inner point of every pair {leaf of v,
 *   x ≠ v}: L·(r − 2) pairs, minus the L(L − 1)/2 leaf–leaf pairs counted twice;
 * - Σd from v over the whole graph = Σ m(t)·d(v, t) + (leaves in the component), each leaf one step beyond
 *   its neighbour; a leaf ℓ of p has Σd(ℓ) = Σd(p) + r − 2 (one more step to everyone but itself and p).
 *
 * Cluster maps drawn in workshops have many such actors (suppliers, buyers, a bank tied to one firm); the
 * generated benchmark maps have almost none, and then this is plain Brandes.
 */
export function pathMeasures(g: Graph): PathMeasures {
  const folded = foldLeaves(g);
  const slices = sweepSlices(folded).map((slice) => runSweepJob({ core: folded.core, mult: folded.mult, slice }));
  return unfoldSweeps(folded, mergeSweeps(slices));
}

/** A graph with its leaves folded into their neighbours: what Brandes runs on, and how to unfold its sums. */
export interface FoldedGraph {
  /** The graph without its folded leaves, and how many actors each of its actors stands for (1 + leaves). */
  core: Graph;
  mult: Float64Array;
  /** Index in g of each core actor. */
  coreNodes: Int32Array;
  /** Per actor of g: its folded leaves, and the neighbour a folded leaf hangs from (−1 if not folded). */
  leaves: Int32Array;
  parentOf: Int32Array;
}

export function foldLeaves(g: Graph): FoldedGraph {
  const { n, offsets, adj } = g;
  const parentOf = new Int32Array(n).fill(-1);
  const leaves = new Int32Array(n);
  let folded = 0;
  for (let v = 0; v < n; v++) {
    if (offsets[v + 1] - offsets[v] !== 1) continue;
    const p = adj[offsets[v]];
    // Two actors tied only to each other are both leaves; neither is folded into the other.
    if (offsets[p + 1] - offsets[p] < 2) continue;
    parentOf[v] = p;
    leaves[p]++;
    folded++;
  }
  const coreNodes = new Int32Array(n - folded);
  for (let v = 0, i = 0; v < n; v++) if (parentOf[v] < 0) coreNodes[i++] = v;
  const core = folded > 0 ? inducedSubgraph(g, coreNodes) : g;
  const mult = new Float64Array(core.n);
  for (let i = 0; i < core.n; i++) mult[i] = 1 + leaves[coreNodes[i]];
  return { core, mult, coreNodes, leaves, parentOf };
}

/** One slice of the sweeps over one folded graph: plain data, so that another thread can run it. */
export interface SweepJob {
  core: Graph;
  mult: Float64Array;
  slice: SweepSlice;
}

export const runSweepJob = (job: SweepJob): CoreSweeps => weightedBrandes(job.core, job.mult, job.slice);

/** The slices the sweeps over a folded graph are cut into, in the order their sums are added. */
export function sweepSlices(folded: FoldedGraph): SweepSlice[] {
  const parts = sliceCount(folded.core.n);
  return Array.from({ length: parts }, (_, part) => ({ part, parts }));
}

/** Betweenness and closeness of every actor of g from the merged sweeps over its core. */
export function unfoldSweeps(folded: FoldedGraph, sweeps: CoreSweeps): PathMeasures {
  const { core, coreNodes, leaves, parentOf } = folded;
  const n = parentOf.length;
  const betweennessRaw = new Float64Array(n);
  const closeness = new Float64Array(n);
  const reach = new Float64Array(n);
  const distances = new Float64Array(n);
  for (let i = 0; i < core.n; i++) {
    const v = coreNodes[i];
    const r = sweeps.reachWeight[i];
    const L = leaves[v];
    reach[v] = r;
    distances[v] = sweeps.distanceSum[i] + (r - sweeps.reachCount[i]);
    betweennessRaw[v] = sweeps.acc[i] + L * (r - 2) - (L * (L - 1)) / 2;
  }
  for (let v = 0; v < n; v++) {
    const p = parentOf[v];
    if (p < 0) continue;
    reach[v] = reach[p];
    distances[v] = distances[p] + reach[p] - 2;
  }
  for (let v = 0; v < n; v++)
    if (distances[v] > 0 && n > 1) closeness[v] = ((reach[v] - 1) / (n - 1)) * ((reach[v] - 1) / distances[v]);
  const betweenness = new Float64Array(n);
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  for (let v = 0; v < n; v++) betweenness[v] = betweennessRaw[v] * scale;
  return { betweennessRaw, betweenness, closeness };
}
