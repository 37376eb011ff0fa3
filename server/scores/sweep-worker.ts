import type { CoreSweeps } from '../../lib/engine/measures/sweeps';
import { runSweepJob } from '../../lib/engine/measures/paths';
import { answerRequests } from './request-thread';

// A worker thread that runs slices of the report's shortest-path sweeps for a SweepPool.
answerRequests(runSweepJob, (s: CoreSweeps) => [s.acc, s.reachWeight, s.reachCount, s.distanceSum].map((a) => a.buffer as ArrayBuffer));
