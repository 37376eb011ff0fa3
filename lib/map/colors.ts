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
