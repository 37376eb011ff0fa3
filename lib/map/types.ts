// The cluster map: the domain vocabulary shared by the Y.Doc binding, the engine, the API and the UI.
// Enumerations are `as const` tuples so that schemas, pickers and exhaustiveness checks all read one list.

export const ACTOR_TYPES = [
  'firm',
  'university',
  'research',
  'government',
  'finance',
  'intermediary',
  'association',
  'other',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const SCOPES = ['local', 'external'] as const;
export type Scope = (typeof SCOPES)[number];

export const TIE_KINDS = ['knowledge', 'supply', 'finance', 'policy', 'service', 'social'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** 1 weak · 2 regular · 3 strong. */
export const TIE_STRENGTHS = [1, 2, 3] as const;
export type TieStrength = (typeof TIE_STRENGTHS)[number];

export const GVC_LEVELS = ['low', 'high'] as const;
export type GvcLevel = (typeof GVC_LEVELS)[number];

/** The three Gereffi–Humphrey–Sturgeon determinants carried by a supply tie. */
export interface GvcAttributes {
  complexity: GvcLevel;
  codifiability: GvcLevel;
  supplierCapability: GvcLevel;
  /** Ownership inside one group: governance is hierarchy whatever the three determinants say. */
  sameGroup?: boolean;
}

export const GOVERNANCE_MODES = ['market', 'modular', 'relational', 'captive', 'hierarchy'] as const;
export type GovernanceMode = (typeof GOVERNANCE_MODES)[number];

/** Who a key makes a person (docs/architecture.md "Who may change what"). */
export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const WORKSHOP_PHASES = ['map_actors', 'map_ties', 'value_chain', 'review', 'agree'] as const;
export type WorkshopPhase = (typeof WORKSHOP_PHASES)[number];

export const VOTE_VALUES = ['agree', 'disagree', 'unsure'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

/**
 * What participants may change (docs/architecture.md "Who may change what"): `open` everything a
 * participant may touch; `frozen` the map (actors, ties, stages, their fields and positions, map details)
 * is locked while votes and comments stay open — the Agree phase; `paused` nothing at all.
 * The facilitator may always edit.
 */
export const EDITING_MODES = ['open', 'frozen', 'paused'] as const;
export type EditingMode = (typeof EDITING_MODES)[number];

/** A facilitator's decision on an element; it overrides the votes. */
export const DECISIONS = ['agreed', 'rejected', 'parked'] as const;
export type Decision = (typeof DECISIONS)[number];

/** An actor's name in each language it has one in (docs/map-format.md "Names in two languages"). */
export interface ActorLabels {
  en?: string;
  'zh-CN'?: string;
}

export interface Actor {
  id: string;
  label: string;
  /** A name per language beside `label`; lib/map/labels.ts labelFor picks the reader's. */
  labels?: ActorLabels;
  type: ActorType;
  scope: Scope;
  /** Value-chain stage ids this actor performs. */
  stages: string[];
  /** Net-Map influence tower, 0–10. */
  influence?: number;
  goals?: string[];
  notes?: string;
  /** Position in the network view; shared by everyone. */
  x?: number;
  y?: number;
  createdBy?: string;
}

export interface Tie {
  id: string;
  source: string;
  target: string;
  kind: TieKind;
  /** Knowledge flows source → target when true. */
  directed: boolean;
  strength: TieStrength;
  /** Knowledge ties: tacit (face-to-face, co-development) rather than codified. */
  tacit: boolean;
  /** Supply ties only. */
  gvc?: GvcAttributes;
  notes?: string;
  createdBy?: string;
}

export interface Stage {
  id: string;
  label: string;
  order: number;
  /** Value added (smile curve). */
  weight: number;
}

export interface WorkshopTimer {
  /** Epoch ms when the running timer ends; absent when paused or stopped. */
  endsAt?: number;
  /** Remaining ms while paused. */
  remainingMs?: number;
}

export interface MapMeta {
  title: string;
  cluster?: string;
  region?: string;
  sector?: string;
  phase?: WorkshopPhase;
  timer?: WorkshopTimer;
  /** What participants may change now; absent means `open`. */
  editing?: EditingMode;
  /** Engine overrides (weights and constants); missing keys fall back to the engine defaults. */
  weights?: Record<string, number>;
  /** Agreement rules (docs/architecture.md "Agreement"): fewest votes for a status, share of agree votes. */
  quorum?: number;
  threshold?: number;
}

export interface ClusterMap {
  meta: MapMeta;
  stages: Stage[];
  actors: Actor[];
  ties: Tie[];
}

export const MAP_FORMAT = 'clustercanvas.map' as const;
export const MAP_FORMAT_VERSION = 1 as const;

/** The JSON interchange document: `clustercanvas.map` version 1. */
export interface MapDocument extends ClusterMap {
  format: typeof MAP_FORMAT;
  version: typeof MAP_FORMAT_VERSION;
}

/** A problem found while reading a map: never thrown from readers, always reported with its path. */
export interface MapIssue {
  path: string;
  message: string;
}

/** A workshop's title until people give one; the page shows it in the reader's words (docs/architecture.md "Languages"). */
export const UNTITLED_TITLE = 'Untitled workshop';
