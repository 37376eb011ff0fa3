// The batched Brandes sweeps compiled to WebAssembly (assembly/sweeps.ts), loaded once per thread. Pure
// and isomorphic like the rest of the engine: the binary is a base64 string in a module, compiled
// synchronously (it is ~2.4 kB, under every browser's limit for synchronous compilation on the main thread).

import type { Graph } from '../graph';
import { BATCH, type CoreSweeps, type SweepSlice } from '../measures/sweeps';
import { SWEEPS_WASM_BASE64 } from './sweeps-binary';

const PAGE = 65536;

interface SweepsExports {
  memory: WebAssembly.Memory;
  sweep(n: number, part: number, parts: number, minSharing: number, ...pointers: number[]): number;
}

/** undefined: not tried yet on this thread; null: WebAssembly is unavailable here (the JavaScript runs). */
let compiled: SweepsExports | null | undefined;

export function compiledSweeps(): SweepsExports | null {
  if (compiled !== undefined) return compiled;
  try {
    const module = new WebAssembly.Module(bytesOf(SWEEPS_WASM_BASE64));
    compiled = new WebAssembly.Instance(module, {}).exports as unknown as SweepsExports;
  } catch {
    // No WebAssembly (an old browser, a page whose Content-Security-Policy forbids it): same bits, slower.
    compiled = null;
  }
  return compiled;
}

/** Which kernel sweeps on this thread: shown by the score panel, so a slow report can be explained. */
export type SweepKernelName = 'webassembly' | 'javascript';
export const sweepKernel = (): SweepKernelName => (compiledSweeps() ? 'webassembly' : 'javascript');

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * The batched sweeps of one slice in WebAssembly, adding into `out` (which holds zeros or earlier sums);
 * returns the first batch left for the one-source sweeps, as the JavaScript batchedSweeps does.
 *
 * Every array lives in the instance's linear memory, which grows to the largest graph swept on this
 * thread and stays that size (~6 MB for 10,000 actors). The arrays the loop reads before writing (the
 * sums, seen, mark, row) are cleared on each call; the large ones it writes first are not.
 */
export function compiledBatchedSweeps(
  k: SweepsExports,
  g: Graph,
  mult: Float64Array,
  slice: SweepSlice,
  minSharing: number,
  out: CoreSweeps,
): number {
  const n = g.n;
  let end = 8; // address 0 stays unused
  const take = (bytes: number) => {
    const at = end;
    end += Math.ceil(bytes / 8) * 8;
    return at;
  };
  const offsets = take(4 * (n + 1));
  const adj = take(4 * g.adj.length);
  const multAt = take(8 * n);
  const cleared = end;
  const acc = take(8 * n);
  const reachWeight = take(8 * n);
  const reachCount = take(4 * n);
  const distanceSum = take(8 * n);
  const deg = take(4 * n);
  const seen = take(4 * n);
  const mark = take(4 * n);
  const row = take(8 * BATCH);
  const sumD = take(8 * BATCH);
  const sumW = take(8 * BATCH);
  const sumC = take(4 * BATCH);
  const clearedEnd = end;
  const value = take(8 * n * BATCH);
  const entryVertex = take(4 * n * BATCH);
  const entryBits = take(4 * n * BATCH);
  const levelAt = take(4 * (n + 2));
  const pending = take(4 * n);

  const pages = Math.ceil(end / PAGE) - k.memory.buffer.byteLength / PAGE;
  if (pages > 0) k.memory.grow(pages);
  const buffer = k.memory.buffer;
  new Int32Array(buffer, offsets, n + 1).set(g.offsets);
  new Int32Array(buffer, adj, g.adj.length).set(g.adj);
  new Float64Array(buffer, multAt, n).set(mult);
  new Uint8Array(buffer, cleared, clearedEnd - cleared).fill(0);
  new Float64Array(buffer, acc, n).set(out.acc);
  new Float64Array(buffer, reachWeight, n).set(out.reachWeight);
  new Int32Array(buffer, reachCount, n).set(out.reachCount);
  new Float64Array(buffer, distanceSum, n).set(out.distanceSum);

  const next = k.sweep(
    n, slice.part, slice.parts, minSharing,
    offsets, adj, multAt,
    acc, reachWeight, reachCount, distanceSum,
    deg, seen, mark, value, row, entryVertex, entryBits, levelAt, pending,
    sumD, sumW, sumC,
  );
  out.acc.set(new Float64Array(buffer, acc, n));
  out.reachWeight.set(new Float64Array(buffer, reachWeight, n));
  out.reachCount.set(new Int32Array(buffer, reachCount, n));
  out.distanceSum.set(new Float64Array(buffer, distanceSum, n));
  return next;
}
