// What the shortest-path sweeps produce, and how their sources are cut into slices that any thread can run.

export interface CoreSweeps {
  /** Σ over sources s of m(s)·δ_s(v) over targets t > s (index order): each unordered pair once. */
  acc: Float64Array;
  /** Actors of the whole graph reachable from v (itself and folded leaves included), and core actors reached. */
  reachWeight: Float64Array;
  reachCount: Int32Array;
  /** Σ m(t)·d(v, t) over the core actors t reached. */
  distanceSum: Float64Array;
}

/** The buffers behind the sums, to move (not copy) them from the thread that swept to the one that merges. */
export const sweepBuffers = (s: CoreSweeps): ArrayBuffer[] =>
  [s.acc, s.reachWeight, s.reachCount, s.distanceSum].map((a) => a.buffer as ArrayBuffer);

/** Sweeps over n actors before any source is swept: all sums zero. */
export function emptySweeps(n: number): CoreSweeps {
  return {
    acc: new Float64Array(n),
    reachWeight: new Float64Array(n),
    reachCount: new Int32Array(n),
    distanceSum: new Float64Array(n),
  };
}

/** Sources per batch: one bit each in an Int32 mask. */
export const BATCH = 32;

/**
 * The sources one sweep covers: the batches of 32 (sources 32b … 32b + 31) with b ≡ part (mod parts).
 * Brandes is a sum over sources, so the slices of a graph can run anywhere, in any order, and their
 * sums are added in slice order (`mergeSweeps`). Batches dealt round-robin give each slice a like share of
 * early sources, which count the most targets (each pair is counted from its first end).
 */
export interface SweepSlice {
  part: number;
  parts: number;
}

export const WHOLE: SweepSlice = { part: 0, parts: 1 };

/** Slices per graph: enough for two to four threads to share a large map; one for a workshop-size map. */
const MAX_SLICES = 8;
const BATCHES_PER_SLICE = 8;

/**
 * How many slices a graph of n actors is cut into. It depends on n alone, never on how many threads
 * there are, so every caller adds the same partial sums in the same order and gets the same bits.
 */
export function sliceCount(n: number): number {
  return Math.max(1, Math.min(MAX_SLICES, Math.floor(Math.ceil(n / BATCH) / BATCHES_PER_SLICE)));
}

/** The sweeps of a whole graph from those of its slices 0, 1, …, added in that order. */
export function mergeSweeps(slices: readonly CoreSweeps[]): CoreSweeps {
  if (slices.length === 1) return slices[0];
  const n = slices[0].acc.length;
  const merged = emptySweeps(n);
  // Every source belongs to one slice, so reach and distance come from their slice exactly (others add 0).
  for (const part of slices)
    for (let v = 0; v < n; v++) {
      merged.acc[v] += part.acc[v];
      merged.reachWeight[v] += part.reachWeight[v];
      merged.reachCount[v] += part.reachCount[v];
      merged.distanceSum[v] += part.distanceSum[v];
    }
  return merged;
}
