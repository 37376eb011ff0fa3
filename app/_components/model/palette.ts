import { ACTOR_TYPE_COLORS } from '../../../lib/map/colors';
import type { ActorType, GovernanceMode, TieKind } from '../../../lib/map/types';

// Style tables shared by the canvas, the legend and the inspector, so a colour or shape is defined once.
// Colours follow the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), and
// every actor type also has its own shape so that colour is never the only cue.

export type NodeShape =
  | 'round-rectangle'
  | 'hexagon'
  | 'diamond'
  | 'octagon'
  | 'ellipse'
  | 'barrel'
  | 'round-triangle'
  | 'rhomboid';

export interface ActorStyle {
  color: string;
  shape: NodeShape;
  label: string;
  /** A one-line plain explanation for the legend and pickers. */
  hint: string;
}

export const ACTOR_STYLE: Record<ActorType, ActorStyle> = {
  firm: { color: ACTOR_TYPE_COLORS.firm, shape: 'round-rectangle', label: 'Firm', hint: 'Companies that make or sell' },
  university: { color: ACTOR_TYPE_COLORS.university, shape: 'hexagon', label: 'University', hint: 'Universities and colleges' },
  research: { color: ACTOR_TYPE_COLORS.research, shape: 'diamond', label: 'Research institute', hint: 'Labs and research centres' },
  government: { color: ACTOR_TYPE_COLORS.government, shape: 'octagon', label: 'Government', hint: 'Public bodies and agencies' },
  finance: { color: ACTOR_TYPE_COLORS.finance, shape: 'ellipse', label: 'Finance', hint: 'Banks, funds, investors' },
  intermediary: { color: ACTOR_TYPE_COLORS.intermediary, shape: 'barrel', label: 'Intermediary', hint: 'Incubators, tech transfer, consultants' },
  association: { color: ACTOR_TYPE_COLORS.association, shape: 'round-triangle', label: 'Association', hint: 'Industry associations, chambers' },
  other: { color: ACTOR_TYPE_COLORS.other, shape: 'rhomboid', label: 'Other', hint: 'Anyone else' },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface TieStyle {
  color: string;
  line: LineStyle;
  /** Dash pattern in pixels for dashed lines, so two dashed kinds still look different. */
  dash?: [number, number];
  label: string;
  hint: string;
}

export const TIE_STYLE: Record<TieKind, TieStyle> = {
  knowledge: { color: '#1D4ED8', line: 'solid', label: 'Knowledge', hint: 'Learning, R&D, know-how' },
  supply: { color: '#B45309', line: 'solid', label: 'Supply', hint: 'Buying and selling goods' },
  finance: { color: '#047857', line: 'dashed', dash: [9, 5], label: 'Finance', hint: 'Loans, investment, grants' },
  policy: { color: '#7C3AED', line: 'dashed', dash: [3, 4], label: 'Policy', hint: 'Rules, plans, public support' },
  service: { color: '#0E7490', line: 'dotted', label: 'Service', hint: 'Testing, training, consulting' },
  social: { color: '#6B7280', line: 'dotted', label: 'Social', hint: 'Friendship, trust, informal talk' },
};

/** Line width in pixels for strength 1 (weak) · 2 (regular) · 3 (strong). */
export const STRENGTH_WIDTH: Record<1 | 2 | 3, number> = { 1: 1.5, 2: 3, 3: 5.5 };
export const STRENGTH_LABEL: Record<1 | 2 | 3, string> = { 1: 'Weak', 2: 'Regular', 3: 'Strong' };

export interface GovernanceStyle {
  color: string;
  line: LineStyle;
  label: string;
  hint: string;
}

/** Gereffi, Humphrey & Sturgeon (2005) governance modes, from most market-like to most hierarchical. */
export const GOVERNANCE_STYLE: Record<GovernanceMode, GovernanceStyle> = {
  market: { color: '#0072B2', line: 'dotted', label: 'Market', hint: 'Simple, standard products; easy to switch' },
  modular: { color: '#009E73', line: 'dashed', label: 'Modular', hint: 'Complex but codified; capable suppliers' },
  relational: { color: '#E69F00', line: 'solid', label: 'Relational', hint: 'Tacit know-how; mutual dependence' },
  captive: { color: '#D55E00', line: 'solid', label: 'Captive', hint: 'Weak suppliers tied to a lead firm' },
  hierarchy: { color: '#CC79A7', line: 'solid', label: 'Hierarchy', hint: 'In-house or within one group' },
};

export const UNCLASSIFIED_SUPPLY = { color: '#9CA3AF', label: 'Not classified', hint: 'Set the three questions in the inspector' };

/** CJK-capable system font stack: labels and names may be Chinese. */
export const FONT_STACK =
  'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';
