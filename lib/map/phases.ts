import { WORKSHOP_PHASES, type WorkshopPhase } from './types';

/** What each workshop phase is called: the UI's steps and the names of the checkpoints taken at each. */
export const PHASE_LABELS: Record<WorkshopPhase, string> = {
  map_actors: 'Map the actors',
  map_ties: 'Map the ties',
  value_chain: 'Value chain',
  review: 'Review',
  agree: 'Agree',
};

/** 1-based position of a phase, for "Step 2 of 5". */
export const phaseNumber = (phase: WorkshopPhase) => WORKSHOP_PHASES.indexOf(phase) + 1;
