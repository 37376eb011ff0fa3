// AssemblyScript, compiled to WebAssembly by `npm run build:wasm` (scripts/build-wasm.mjs) into
// ../sweeps-binary.ts. It is batchedSweeps (lib/engine/measures/brandes.ts), line for line:
// the same operations on the same doubles in the same order, so both give the same bits (tests compare
// them). WebAssembly runs this loop ~1.6× faster than the JavaScript one: no bounds checks or type guards
// on each array read. The JavaScript stays as the reference, and as the route where WebAssembly is off.
//
// Memory: the caller lays out every array in linear memory (see sweeps-wasm.ts) and passes byte offsets.
// Returns the first batch of the slice it did not sweep (the caller sweeps those one source at a time),
// or a batch past the end when it swept them all.

@inline function ld32(p: usize, i: i32): i32 { return load<i32>(p + (<usize>i << 2)); }
@inline function st32(p: usize, i: i32, v: i32): void { store<i32>(p + (<usize>i << 2), v); }
@inline function ld64(p: usize, i: i32): f64 { return load<f64>(p + (<usize>i << 3)); }
@inline function st64(p: usize, i: i32, v: f64): void { store<f64>(p + (<usize>i << 3), v); }

const B: i32 = 32;

export function sweep(
  n: i32, part: i32, parts: i32, minSharing: f64,
  offsets: usize, adj: usize, mult: usize,
  acc: usize, reachWeight: usize, reachCount: usize, distanceSum: usize,
  deg: usize, seen: usize, mark: usize, value: usize, row: usize,
  entryVertex: usize, entryBits: usize, levelAt: usize, pending: usize,
  sumD: usize, sumW: usize, sumC: usize,
): i32 {
  // See batchedSweeps and weightedBrandes for what each array holds and why each step is exact.
  let totalDeg: i32 = 0;
  for (let v = 0; v < n; v++) {
    const d = ld32(offsets, v + 1) - ld32(offsets, v);
    st32(deg, v, d);
    totalDeg += d;
  }
  let batch = part;
  for (; batch * B < n; batch += parts) {
    const base = batch * B;
    const count = min(B, n - base);
    const full: i32 = count == 32 ? -1 : (1 << count) - 1;
    let tail = 0;
    let frontierDeg = 0;
    for (let j = 0; j < count; j++) {
      const s = base + j;
      st32(seen, s, 1 << j);
      st64(value, s * B + j, 1);
      st32(entryVertex, tail, s);
      st32(entryBits, tail++, 1 << j);
      frontierDeg += ld32(deg, s);
    }
    let levels = 0;
    st32(levelAt, levels++, 0);
    let levelStart = 0;
    let levelEnd = tail;
    let pendingDeg = totalDeg;
    let pendingCount = -1;
    while (levelStart < levelEnd) {
      let nextDeg = 0;
      if (frontierDeg <= pendingDeg) {
        for (let i = levelStart; i < levelEnd; i++) {
          const v = ld32(entryVertex, i);
          const fv = ld32(entryBits, i);
          const vb = v * B;
          for (let p = ld32(offsets, v), end = ld32(offsets, v + 1); p < end; p++) {
            const w = ld32(adj, p);
            const b = fv & ~ld32(seen, w);
            if (b == 0) continue;
            const old = ld32(mark, w);
            if (old == 0) {
              st32(entryVertex, tail++, w);
              nextDeg += ld32(deg, w);
            }
            st32(mark, w, old | b);
            const wb = w * B;
            let fresh = b & ~old;
            while (fresh != 0) {
              const j = ctz<i32>(fresh);
              st64(value, wb + j, ld64(value, vb + j));
              fresh &= fresh - 1;
            }
            let more = b & old;
            while (more != 0) {
              const j = ctz<i32>(more);
              st64(value, wb + j, ld64(value, wb + j) + ld64(value, vb + j));
              more &= more - 1;
            }
          }
        }
        for (let i = levelEnd; i < tail; i++) {
          const w = ld32(entryVertex, i);
          const mw = ld32(mark, w);
          st32(entryBits, i, mw);
          const sw = ld32(seen, w) | mw;
          st32(seen, w, sw);
          if (sw == full) pendingDeg -= ld32(deg, w);
          st32(mark, w, 0);
        }
        pendingCount = -1;
      } else {
        if (pendingCount < 0) {
          pendingCount = 0;
          for (let w = 0; w < n; w++) if (ld32(seen, w) != full) st32(pending, pendingCount++, w);
        }
        for (let i = levelStart; i < levelEnd; i++) st32(mark, ld32(entryVertex, i), ld32(entryBits, i));
        let kept = 0;
        for (let k = 0; k < pendingCount; k++) {
          const w = ld32(pending, k);
          const unseen = ~ld32(seen, w) & full;
          let got = 0;
          for (let p = ld32(offsets, w), end = ld32(offsets, w + 1); p < end; p++) {
            const v = ld32(adj, p);
            let b = ld32(mark, v) & unseen;
            if (b == 0) continue;
            got |= b;
            const vb = v * B;
            do {
              const j = ctz<i32>(b);
              st64(row, j, ld64(row, j) + ld64(value, vb + j));
              b &= b - 1;
            } while (b != 0);
          }
          if (got != 0) {
            st32(entryVertex, tail, w);
            st32(entryBits, tail++, got);
            nextDeg += ld32(deg, w);
            st32(seen, w, ld32(seen, w) | got);
            const wb = w * B;
            let b = got;
            do {
              const j = ctz<i32>(b);
              st64(value, wb + j, ld64(row, j));
              st64(row, j, 0);
              b &= b - 1;
            } while (b != 0);
          }
          if (ld32(seen, w) != full) st32(pending, kept++, w);
          else pendingDeg -= ld32(deg, w);
        }
        pendingCount = kept;
        for (let i = levelStart; i < levelEnd; i++) st32(mark, ld32(entryVertex, i), 0);
      }
      st32(levelAt, levels++, levelEnd);
      frontierDeg = nextDeg;
      levelStart = levelEnd;
      levelEnd = tail;
    }

    for (let j = 0; j < count; j++) {
      st64(sumD, j, 0);
      st64(sumW, j, 0);
      st32(sumC, j, 0);
    }
    for (let k = levels - 2; k >= 0; k--) {
      const from = ld32(levelAt, k);
      const to = ld32(levelAt, k + 1);
      const below = k + 2 < levels ? ld32(levelAt, k + 2) : to;
      for (let i = to; i < below; i++) st32(mark, ld32(entryVertex, i), ld32(entryBits, i));
      for (let i = from; i < to; i++) {
        const v = ld32(entryVertex, i);
        const bv = ld32(entryBits, i);
        for (let p = ld32(offsets, v), end = ld32(offsets, v + 1); p < end; p++) {
          const w = ld32(adj, p);
          let b = ld32(mark, w) & bv;
          if (b == 0) continue;
          const wb = w * B;
          do {
            const j = ctz<i32>(b);
            st64(row, j, ld64(row, j) + ld64(value, wb + j));
            b &= b - 1;
          } while (b != 0);
        }
        const vb = v * B;
        const mv = ld64(mult, v);
        const after: i32 = v >= base + count ? -1 : v <= base ? 0 : (1 << (v - base)) - 1;
        let b = bv;
        let sum: f64 = 0;
        let live = 0;
        do {
          const j = ctz<i32>(b);
          const sg = ld64(value, vb + j);
          const scaled = ld64(row, j);
          st64(row, j, 0);
          sum += ld64(mult, base + j) * sg * scaled;
          const coefficient = ((<u32>after >> j) & 1) != 0 ? mv / sg + scaled : scaled;
          st64(value, vb + j, coefficient);
          live |= (coefficient != 0 ? 1 : 0) << j;
          st64(sumD, j, ld64(sumD, j) + <f64>k * mv);
          st64(sumW, j, ld64(sumW, j) + mv);
          st32(sumC, j, ld32(sumC, j) + 1);
          b &= b - 1;
        } while (b != 0);
        st32(entryBits, i, live);
        if (k > 0) st64(acc, v, ld64(acc, v) + sum);
      }
      for (let i = to; i < below; i++) st32(mark, ld32(entryVertex, i), 0);
    }
    for (let i = 0; i < tail; i++) st32(seen, ld32(entryVertex, i), 0);
    let reached = 0;
    for (let j = 0; j < count; j++) {
      st64(reachWeight, base + j, ld64(sumW, j));
      st32(reachCount, base + j, ld32(sumC, j));
      st64(distanceSum, base + j, ld64(sumD, j));
      reached += ld32(sumC, j);
    }
    if (<f64>reached < minSharing * <f64>tail) {
      batch += parts;
      break;
    }
  }
  return batch;
}
