// The engine's report: the stable shape read by the score panel, the API, the CLI and the PDF export.
// docs/engine.md documents every field.

import type { ActorType, GovernanceMode, Scope } from '../map/types';
import type { EngineMessage } from './messages';

export type { EngineMessage, EngineMessageKey, MessageValue } from './messages';

export interface EngineWarning {
  code: WarningCode;
  message: string;
  /** Ids of the actors, ties or stages involved. */
  elements: string[];
  /** The message as a key with values, for lib/i18n/engine-words.ts. */
  i18n: EngineMessage;
}

export type WarningCode =
  | 'invalid_map'
  | 'missing_field'
  | 'duplicate_id'
  | 'unknown_actor_type'
  | 'unknown_scope'
  | 'unknown_tie_kind'
  | 'unknown_stage'
  | 'self_loop'
  | 'duplicate_tie'
  | 'dangling_tie'
  | 'invalid_gvc'
  | 'gvc_on_non_supply'
  | 'gvc_not_expected'
  | 'gvc_exclusion'
  | 'unknown_setting'
  | 'invalid_setting'
  | 'eigenvector_not_converged';

/** The five Gereffi modes plus the two combinations the theory does not expect. */
export type GovernanceClass = GovernanceMode | 'not_expected' | 'exclusion';

export type KnowledgeRole = 'gatekeeper' | 'external_star' | 'mutual_exchanger' | 'weakly_connected' | 'isolated';

export type Archetype = 'state_anchored' | 'hub_and_spoke' | 'satellite_platform' | 'marshallian' | 'mixed';

export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole | 'total', number>;

/** The measures of one node, as NetworkX computes them on the undirected simple graph of all ties. */
export interface NodeMetrics {
  degree: number;
  degreeCentrality: number;
  betweenness: number;
  betweennessRaw: number;
  closeness: number;
  eigenvector: number;
  clustering: number;
  /** Burt; null for isolates. */
  constraint: number | null;
  /** Burt; null for isolates. */
  effectiveSize: number | null;
  coreNumber: number;
}

export interface GraphMetrics {
  n: number;
  m: number;
  density: number;
  transitivity: number;
  averageClustering: number;
  components: number;
  degreeCentralization: number;
  betweennessCentralization: number;
  closenessCentralization: number;
}

export interface Metrics {
  graph: GraphMetrics;
  nodes: Record<string, NodeMetrics>;
}

export interface ActorReport extends NodeMetrics {
  label: string;
  type: ActorType;
  scope: Scope;
  /** Value-chain stages performed (known stage ids only). */
  stages: string[];
  /** Giuliani & Bell knowledge role; null for external actors. */
  role: KnowledgeRole | null;
  /** Gould–Fernandez counts over all ties, partitioned by actor type and by scope. */
  brokerage: { type: BrokerageCounts; scope: BrokerageCounts };
}

export interface TieReport {
  governance: GovernanceClass | null;
  /** Upgrading prospect of the governance mode (null unless one of the five modes). */
  upgrading: number | null;
}

export interface IndexComponent {
  id: string;
  name: string;
  /** In [0, 1]. */
  value: number;
  weight: number;
  formula: string;
  explanation: string;
  theory: string;
  elements: string[];
  /** name, explanation, theory and formula as keys with values (lib/i18n/engine-words.ts words them). */
  i18n: { name: EngineMessage; explanation: EngineMessage; theory: EngineMessage; formula: EngineMessage };
}

export interface IndexReport {
  /** In [0, 100]: 100 · Σ weight·value ÷ Σ weight. */
  value: number;
  components: IndexComponent[];
}

export interface ArchetypeReport {
  id: Archetype;
  label: string;
  explanation: string;
  elements: string[];
  evidence: {
    topActors: string[];
    topDegreeCentrality: number;
    degreeCentralization: number;
    firmDensity: number;
    externalShare: number;
  };
  i18n: { label: EngineMessage; explanation: EngineMessage };
}

export interface TripleHelixReport {
  /** Mutual information in bits; negative = synergy. Null when no tie touches the three spheres. */
  T: number | null;
  ties: number;
  entropies: { u: number; i: number; g: number; ui: number; ug: number; ig: number; uig: number } | null;
  synergy: boolean;
  explanation: string;
  i18n: { explanation: EngineMessage };
}

export interface Recommendation {
  /** Stable per rule. */
  id: string;
  title: string;
  message: string;
  elements: string[];
  i18n: { title: EngineMessage; message: EngineMessage };
}

export interface EngineReport {
  indices: { ici: IndexReport; gi: IndexReport };
  actors: Record<string, ActorReport>;
  ties: Record<string, TieReport>;
  graph: GraphMetrics;
  governance: {
    modeMix: Record<GovernanceClass, number>;
    supplyTies: number;
    classified: number;
  };
  archetype: ArchetypeReport;
  tripleHelix: TripleHelixReport;
  recommendations: Recommendation[];
  warnings: EngineWarning[];
  /** The settings in force (defaults merged with the map's overrides). */
  settings: Record<string, number>;
}
