import type { ActorType } from './types';

/**
 * One colour per actor type (Okabe–Ito, distinguishable with the common colour-vision deficiencies), used
 * by the canvas and by every export so that a map looks the same in Gephi as on the projector.
 */
export const ACTOR_TYPE_COLORS: Record<ActorType, string> = {
  firm: '#0072B2',
  university: '#E69F00',
  research: '#CC79A7',
  government: '#D55E00',
  finance: '#009E73',
  intermediary: '#56B4E9',
  association: '#C9B200',
  other: '#8C8C8C',
};

/**
 * A comparison drawn on the canvas (docs/architecture.md "Comparisons"): what the later state added, what it
 * removed (drawn as faded ghosts from the earlier map) and what it changed. The legend shows the same three.
 */
export const COMPARE_COLORS = {
  added: '#16a34a',
  removed: '#64748b',
  changed: '#d97706',
} as const;
export type CompareMark = keyof typeof COMPARE_COLORS;
export const COMPARE_MARKS = Object.keys(COMPARE_COLORS) as CompareMark[];

/**
 * What-if scenarios on the canvas and in the legend (docs/architecture.md "What-if scenarios"): planned
 * actors and ties in a violet no actor type or status uses, drawn dashed; ties a scenario removes greyed
 * and crossed; score deltas in the panel's up and down colours.
 */
export const SCENARIO_COLORS = {
  planned: '#7C3AED',
  removed: '#94A3B8',
  removedCross: '#BE123C',
} as const;
