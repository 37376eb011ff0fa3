import { ACTOR_TYPE_COLORS } from './colors';
import type { Actor, ActorType, GovernanceMode, TieKind, TieStrength } from './types';

// How a map looks, defined once for the canvas (app/_components/canvas/cyStyle.ts builds the Cytoscape
// stylesheet from these tables), its legend and inspector pickers, and every picture export (the scene of
// lib/export/scene drawn as SVG, PNG and PDF), so a colour, shape, line or size cannot differ between them.
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
export const STRENGTH_WIDTH: Record<TieStrength, number> = { 1: 1.5, 2: 3, 3: 5.5 };
export const STRENGTH_LABEL: Record<TieStrength, string> = { 1: 'Weak', 2: 'Regular', 3: 'Strong' };

export interface GovernanceStyle {
  color: string;
  line: LineStyle;
  dash?: [number, number];
  label: string;
  hint: string;
}

/** Gereffi, Humphrey & Sturgeon (2005) governance modes, from most market-like to most hierarchical. */
export const GOVERNANCE_STYLE: Record<GovernanceMode, GovernanceStyle> = {
  market: { color: '#0072B2', line: 'dotted', label: 'Market', hint: 'Simple, standard products; easy to switch' },
  modular: { color: '#009E73', line: 'dashed', dash: [10, 5], label: 'Modular', hint: 'Complex but codified; capable suppliers' },
  relational: { color: '#E69F00', line: 'solid', label: 'Relational', hint: 'Tacit know-how; mutual dependence' },
  captive: { color: '#D55E00', line: 'solid', label: 'Captive', hint: 'Weak suppliers tied to a lead firm' },
  hierarchy: { color: '#CC79A7', line: 'solid', label: 'Hierarchy', hint: 'In-house or within one group' },
};

export const UNCLASSIFIED_SUPPLY = { color: '#9CA3AF', line: 'solid' as LineStyle, label: 'Not classified', hint: 'Set the three questions in the inspector' };

/** The family of the bundled Chinese-capable font: Noto Sans SC, which the app serves (docs/report.md, "Fonts"). */
export const BUNDLED_FONT_FAMILY = 'Noto Sans SC';

/** The canvas's font stack: the bundled font first, so every screen draws the same labels, then system fonts. */
export const FONT_STACK = `"${BUNDLED_FONT_FAMILY}", ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif`;

// ---- sizes and strokes of the drawing (Cytoscape units: one unit is one pixel at zoom 1) ----------------

/** Node size in the network view: the Net-Map influence tower (0–10) makes an actor bigger. */
export const actorSize = (a: Pick<Actor, 'influence'>) => 44 + Math.max(0, Math.min(10, a.influence ?? 0)) * 3;

/** Every actor's outline; actors outside the cluster get a dashed dark ring and a lighter fill instead. */
export const NODE_BORDER = { width: 2, color: '#ffffff' };
export const EXTERNAL_NODE = { borderWidth: 3.5, borderColor: '#1e293b', fillOpacity: 0.55, dash: [4, 2] as [number, number] };

/** An actor's name in the network view: below the shape, wrapped at spaces. */
export const NODE_LABEL = {
  fontSize: 14,
  fontWeight: 600,
  color: '#0f172a',
  marginY: 6,
  maxWidth: 130,
  background: '#ffffff',
  backgroundOpacity: 0.85,
  backgroundPadding: 2,
};

/** The value-chain view draws an actor as a small mark with its name to the right. */
export const VALUE_CHAIN_MARK = { size: 30, fontSize: 13, marginX: 6, maxWidth: 124 };

/** Ties: bezier curves fanning out by this step when two actors share several ties. */
export const EDGE_STYLE = { opacity: 0.85, arrowScale: 1.1, parallelStep: 28, fontSize: 10, labelColor: '#334155', labelBackgroundOpacity: 0.9 };

/** Tacit knowledge ties: a pale halo around the line and a small word. */
export const TACIT_HALO = { width: 3, color: '#bfdbfe', label: 'tacit' };

/** The dash of a `dashed` line without its own pattern. */
export const DEFAULT_DASH: [number, number] = [6, 3];
/**
 * `dotted` lines: a short dash with round caps, so each is a dot as wide as the line, and a gap that stays
 * open up to the widest tie (5.5). Cytoscape's own `dotted` is a 1-1 dash that reads as a pale solid line
 * on a projector, so the canvas draws dotted lines as `dashed` with this pattern, like every picture.
 */
export const DOTTED_DASH: [number, number] = [0.5, 8];

export interface LineLook {
  /** Dash and gap lengths; none for a solid line. */
  dash?: readonly number[];
  cap: 'butt' | 'round';
}

/** How a line style is drawn on the canvas, in the legend and in every picture. */
export function lineLook(line: LineStyle, pattern?: readonly number[]): LineLook {
  if (line === 'dotted') return { dash: DOTTED_DASH, cap: 'round' };
  if (line === 'dashed') return { dash: pattern ?? DEFAULT_DASH, cap: 'butt' };
  return { cap: 'butt' };
}

/** The value-chain view: supply ties by governance mode, every other tie faded back. */
export const VALUE_CHAIN_TIES = {
  supplyOpacity: 0.95,
  dimmedOpacity: 0.1,
};

/** Column headers, band labels and the divider of the value-chain view: scenery, not data. */
export const DECOR_STYLE = {
  header: { fill: '#eef2ff', fillOpacity: 1, color: '#3730a3', fontSize: 15, fontWeight: 700 },
  column: { fill: '#e0e7ff', fillOpacity: 0.28, color: '#3730a3', fontSize: 15, fontWeight: 700 },
  band: { fill: '#eef2ff', fillOpacity: 0, color: '#475569', fontSize: 15, fontWeight: 700 },
  divider: { fill: '#94a3b8', fillOpacity: 1, color: '#3730a3', fontSize: 15, fontWeight: 700 },
} as const;

/**
 * Labels that stay legible at any zoom (docs/architecture.md, "The UI": labels). Cytoscape draws text in
 * map units, so at the zoom that fits a 35-actor map on a projector (about 0.45) a 14-unit name is 6 px
 * high. Below the zoom where a name would drop under `minScreenPx`, the canvas scales every label (its font,
 * wrap width, margins) by the inverse of the zoom, and hides the labels that would then overlap, keeping the
 * most important ones.
 */
export const LABEL_LEGIBILITY = {
  /** The smallest on-screen size, in CSS pixels, of an actor's name in either view. */
  minScreenPx: 12,
  /** The same minimum in Present mode, for a projector read from the back of the room. */
  presentMinScreenPx: 20,
  /** The scale grows in steps of this factor, so the stylesheet changes every ~15% of zoom, not every frame. */
  step: 1.15,
  /** No label grows past this many times its size at zoom 1 (at the canvas's smallest zoom, 0.12). */
  maxScale: 8,
  /** Value-chain headers and band words grow at most this much: they must still fit their column. */
  decorMaxScale: 1.6,
  /** On-screen pixels kept free between two labels shown side by side. */
  gapPx: 3,
  /** The overlap pass runs once zoom and pan have been still for this long (ms). */
  settleMs: 120,
} as const;

/** Focus on one actor: its direct neighbours stay, everything else fades to this opacity. */
export const FOCUS_STYLE = { nodeOpacity: 0.12, edgeOpacity: 0.05, padding: 60, maxZoom: 1.6 } as const;
