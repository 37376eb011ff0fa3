import { WORKSHOP_PHASES, type WorkshopPhase } from '../../../lib/map/types';

/** What each workshop phase is called and the one thing it asks of everyone, in plain words. */
export const PHASE_INFO: Record<WorkshopPhase, { label: string; short: string; instruction: string }> = {
  map_actors: {
    label: 'Map the actors',
    short: 'Actors',
    instruction: 'Add the organisations in your cluster: firms, universities, government, banks and the buyers you sell to.',
  },
  map_ties: {
    label: 'Map the ties',
    short: 'Ties',
    instruction: 'Connect who works with whom: who learns from, supplies, funds or regulates whom.',
  },
  value_chain: {
    label: 'Value chain',
    short: 'Value chain',
    instruction: 'Give each actor the value-chain stages it performs, from research to sales.',
  },
  review: {
    label: 'Review',
    short: 'Review',
    instruction: 'Look at the scores together: what is missing, what looks wrong?',
  },
  agree: {
    label: 'Agree',
    short: 'Agree',
    instruction: 'Settle the open questions and agree on the map you will take home.',
  },
};

/** 1-based position of a phase, for "Step 2 of 5". */
export const phaseNumber = (phase: WorkshopPhase) => WORKSHOP_PHASES.indexOf(phase) + 1;
