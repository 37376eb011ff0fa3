import type { CoreSweeps } from '../../lib/engine/measures/sweeps';
import type { SweepJob } from '../../lib/engine/measures/paths';

// Messages between the engine worker and the sweep workers it starts.
export interface SweepRequest {
  id: number;
  job: SweepJob;
}

export type SweepAnswer = { id: number; sweeps: CoreSweeps } | { id: number; error: string };
