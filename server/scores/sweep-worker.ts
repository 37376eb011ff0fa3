import { runSweepJob } from '../../lib/engine/measures/paths';
import { sweepBuffers } from '../../lib/engine/measures/sweeps';
import { answerRequests } from './request-thread';

// A worker thread that runs slices of the report's shortest-path sweeps for a SweepPool.
answerRequests(runSweepJob, sweepBuffers);
