import type { ClusterMap } from '../../lib/map/types';
import type { EngineReport } from '../../lib/engine/types';
import type { SweepKernelName } from '../../lib/engine/wasm/sweeps-wasm';

// Messages between the page and the engine worker. `seq` lets the page drop any answer that is not for the
// newest map it asked about (latest wins).
export interface EngineRequest {
  seq: number;
  map: ClusterMap;
}

export type EngineResponse =
  | { seq: number; ok: true; report: EngineReport; ms: number; ranIn: EngineRunner; threads: number; kernel: SweepKernelName }
  | { seq: number; ok: false; error: string };

/** Where a report was computed: the worker, or the main thread when no worker could start. */
export type EngineRunner = 'worker' | 'main-thread';
