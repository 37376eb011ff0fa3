// The shortest-path sweeps behind betweenness and closeness: Brandes (2001) from every source on a graph
// whose actors stand for m(v) actors each (see paths.ts for the folding that makes m > 1).

import type { Graph } from '../graph';
import { compiledBatchedSweeps, compiledSweeps } from '../wasm/sweeps-wasm';
import { singleSourceSweeps } from './single-source-sweeps';
import { BATCH, emptySweeps, WHOLE, type CoreSweeps, type SweepSlice } from './sweeps';

/**
 * Batches whose entries serve fewer searches than this on average switch the remaining sources to the
 * one-source sweep. Small-world cluster maps share ~10 searches per entry; a grid ~2, a chain ~1.
 */
export const MIN_SHARING = 4;

/** Index of the lowest set bit of a non-zero mask. */
const lowBit = (b: number) => 31 - Math.clz32(b & -b);

/**
 * Brandes (2001) on the core, each core actor standing for m(v) actors (itself and its folded leaves): sources
 * and targets weigh m, so the dependencies count every pair of the whole graph whose path runs through the
 * core. Also the weighted reach and distance sum of each source, for closeness.
 *
 * The searches run 32 sources at a time, one bit per source (multi-source BFS, Then et al. 2014): an
 * adjacency entry is read once per level for all 32 searches, and a mask AND says for which of them it is
 * a shortest-path edge, so only those edges do floating-point work (σ forward, dependencies backward).
 * Reading the adjacency dominated the one-source-at-a-time version; batching reads it ~32× less often.
 * σ and the dependencies sit in rows of 32 per actor (σ[v·32 + j] for the j-th source of the batch).
 *
 * Each level is expanded top-down (from the actors just reached by some search) or bottom-up (every actor
 * not yet reached by all searches looks for parents in the frontier), whichever reads fewer adjacency
 * entries; bottom-up skips the many edges back into visited levels of small-world maps. Both find every
 * shortest-path parent, so σ is exact (integers, exact in doubles up to 2⁵³).
 */
export function weightedBrandes(
  g: Graph,
  mult: Float64Array,
  slice: SweepSlice = WHOLE,
  minSharing = MIN_SHARING,
  kernel: SweepKernel = 'fastest',
): CoreSweeps {
  const { n } = g;
  const sweeps = emptySweeps(n);
  const compiled = kernel === 'fastest' ? compiledSweeps() : null;
  let batch = compiled ? compiledBatchedSweeps(compiled, g, mult, slice, minSharing, sweeps) : batchedSweeps(g, mult, slice, minSharing, sweeps);
  const rest: number[] = [];
  for (; batch * BATCH < n; batch += slice.parts) for (let s = batch * BATCH; s < Math.min(n, (batch + 1) * BATCH); s++) rest.push(s);
  if (rest.length > 0) singleSourceSweeps(g, mult, rest, sweeps);
  return sweeps;
}

/**
 * Which implementation runs the batched sweeps: 'fastest' is the WebAssembly one where this thread can run
 * WebAssembly, else this file's JavaScript; 'javascript' forces the latter (tests compare the two).
 */
export type SweepKernel = 'fastest' | 'javascript';

/**
 * The batched sweeps of one slice, adding into `out`. Returns the first batch of the slice left for the
 * one-source sweeps (past the end when there is none). lib/engine/wasm/assembly/sweeps.ts is this function
 * line for line.
 */
function batchedSweeps(g: Graph, mult: Float64Array, slice: SweepSlice, minSharing: number, out: CoreSweeps): number {
  const { n, offsets, adj } = g;
  const B = BATCH;
  const { acc, reachWeight, reachCount, distanceSum } = out;
  const deg = new Int32Array(n);
  let totalDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1] - offsets[v];
    totalDeg += deg[v];
  }
  /** Bit j set: reached by the batch's j-th search. */
  const seen = new Int32Array(n);
  /** Per level scratch: next-level bits (top-down), frontier bits (bottom-up), child-level bits (backward). */
  const mark = new Int32Array(n);
  // One row of 32 per actor: σ during the forward sweep; once the backward sweep has finished an actor's
  // level, the coefficient m(v)/σ(v) + δ(v)/σ(v) its parents read. One array instead of two keeps the rows
  // of a 2,000-actor map within the processor's second-level cache.
  const value = new Float64Array(n * B);
  // Sums for the actor being processed, one per search: small enough to stay in the first-level cache.
  const row = new Float64Array(B);
  // Entries (actor, searches that reach it at this level), level after level: the searches' BFS orders merged.
  const entryVertex = new Int32Array(n * B);
  const entryBits = new Int32Array(n * B);
  const levelAt: number[] = [];
  const pending = new Int32Array(n);
  const sumD = new Float64Array(B);
  const sumW = new Float64Array(B);
  const sumC = new Int32Array(B);

  let batch = slice.part;
  for (; batch * B < n; batch += slice.parts) {
    const base = batch * B;
    const count = Math.min(B, n - base);
    const full = count === 32 ? -1 : (1 << count) - 1;
    let tail = 0;
    let frontierDeg = 0;
    for (let j = 0; j < count; j++) {
      const s = base + j;
      seen[s] = 1 << j;
      value[s * B + j] = 1;
      entryVertex[tail] = s;
      entryBits[tail++] = 1 << j;
      frontierDeg += deg[s];
    }
    levelAt.length = 0;
    levelAt.push(0);
    let levelStart = 0;
    let levelEnd = tail;
    let pendingDeg = totalDeg; // adjacency of the actors some search has not reached yet
    let pendingCount = -1; // the pending list is rebuilt lazily after top-down levels
    while (levelStart < levelEnd) {
      let nextDeg = 0;
      if (frontierDeg <= pendingDeg) {
        for (let i = levelStart; i < levelEnd; i++) {
          const v = entryVertex[i];
          const fv = entryBits[i];
          const vb = v * B;
          for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
            const w = adj[p];
            const b = fv & ~seen[w];
            if (b === 0) continue;
            const old = mark[w];
            if (old === 0) {
              entryVertex[tail++] = w;
              nextDeg += deg[w];
            }
            mark[w] = old | b;
            const wb = w * B;
            // σ rows are not cleared between batches: a search's first parent sets σ, the others add.
            let fresh = b & ~old;
            while (fresh !== 0) {
              const j = lowBit(fresh);
              value[wb + j] = value[vb + j];
              fresh &= fresh - 1;
            }
            let more = b & old;
            while (more !== 0) {
              const j = lowBit(more);
              value[wb + j] += value[vb + j];
              more &= more - 1;
            }
          }
        }
        // seen changes only after the level, so every parent of the level reaches its children.
        for (let i = levelEnd; i < tail; i++) {
          const w = entryVertex[i];
          entryBits[i] = mark[w];
          seen[w] |= mark[w];
          if (seen[w] === full) pendingDeg -= deg[w];
          mark[w] = 0;
        }
        pendingCount = -1;
      } else {
        if (pendingCount < 0) {
          pendingCount = 0;
          for (let w = 0; w < n; w++) if (seen[w] !== full) pending[pendingCount++] = w;
        }
        for (let i = levelStart; i < levelEnd; i++) mark[entryVertex[i]] = entryBits[i];
        let kept = 0;
        for (let k = 0; k < pendingCount; k++) {
          const w = pending[k];
          const unseen = ~seen[w] & full;
          let got = 0;
          for (let p = offsets[w], end = offsets[w + 1]; p < end; p++) {
            const v = adj[p];
            let b = mark[v] & unseen;
            if (b === 0) continue;
            got |= b;
            const vb = v * B;
            do {
              const j = lowBit(b);
              row[j] += value[vb + j];
              b &= b - 1;
            } while (b !== 0);
          }
          if (got !== 0) {
            entryVertex[tail] = w;
            entryBits[tail++] = got;
            nextDeg += deg[w];
            // Safe to set now: parents are read from mark, which holds the frontier only.
            seen[w] |= got;
            const wb = w * B;
            let b = got;
            do {
              const j = lowBit(b);
              value[wb + j] = row[j];
              row[j] = 0;
              b &= b - 1;
            } while (b !== 0);
          }
          if (seen[w] !== full) pending[kept++] = w;
          else pendingDeg -= deg[w];
        }
        pendingCount = kept;
        for (let i = levelStart; i < levelEnd; i++) mark[entryVertex[i]] = 0;
      }
      levelAt.push(levelEnd);
      frontierDeg = nextDeg;
      levelStart = levelEnd;
      levelEnd = tail;
    }

    // Backward, deepest level first: δ(v)/σ(v) = Σ over children w of (m(w)·[w > s]/σ(w) + δ(w)/σ(w)), one
    // division per actor and search. Only targets after the source count (each unordered pair once, from its
    // first end), so an actor with no such target below it contributes nothing: its bit is dropped from the
    // entry, and the parents' mask AND skips it without a branch per search.
    for (let j = 0; j < count; j++) {
      sumD[j] = 0;
      sumW[j] = 0;
      sumC[j] = 0;
    }
    for (let k = levelAt.length - 2; k >= 0; k--) {
      const from = levelAt[k];
      const to = levelAt[k + 1];
      const below = k + 2 < levelAt.length ? levelAt[k + 2] : to;
      for (let i = to; i < below; i++) mark[entryVertex[i]] = entryBits[i];
      for (let i = from; i < to; i++) {
        const v = entryVertex[i];
        const bv = entryBits[i];
        for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
          const w = adj[p];
          let b = mark[w] & bv;
          if (b === 0) continue;
          const wb = w * B;
          do {
            const j = lowBit(b);
            row[j] += value[wb + j];
            b &= b - 1;
          } while (b !== 0);
        }
        const vb = v * B;
        const mv = mult[v];
        // Searches j whose source base + j comes before v: v is one of their targets.
        const after = v >= base + count ? -1 : v <= base ? 0 : ((1 << (v - base)) - 1) | 0;
        let b = bv;
        let sum = 0;
        let live = 0;
        do {
          const j = lowBit(b);
          const sg = value[vb + j];
          const scaled = row[j];
          row[j] = 0;
          // Level 0 holds the sources, which are not inner points of their own paths.
          sum += mult[base + j] * sg * scaled;
          // For half the pairs v comes before the source and is no target: skip the division (0/σ + x = x).
          const coefficient = (after >>> j) & 1 ? mv / sg + scaled : scaled;
          value[vb + j] = coefficient;
          live |= +(coefficient !== 0) << j;
          sumD[j] += k * mv;
          sumW[j] += mv;
          sumC[j]++;
          b &= b - 1;
        } while (b !== 0);
        entryBits[i] = live;
        if (k > 0) acc[v] += sum;
      }
      for (let i = to; i < below; i++) mark[entryVertex[i]] = 0;
    }
    for (let i = 0; i < tail; i++) seen[entryVertex[i]] = 0;
    let reached = 0;
    for (let j = 0; j < count; j++) {
      reachWeight[base + j] = sumW[j];
      reachCount[base + j] = sumC[j];
      distanceSum[base + j] = sumD[j];
      reached += sumC[j];
    }
    // Searches that share few entries (long paths: a grid, a chain) gain nothing from batching and pay
    // for the masks; the slice's remaining sources then run one at a time. Decided on the graph and the
    // slice alone, so the same slice of the same graph always takes the same route.
    if (reached < minSharing * tail) {
      batch += slice.parts;
      break;
    }
  }
  return batch;
}
