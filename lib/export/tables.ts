import type { ActorReport, EngineReport, TieReport } from '../engine/types';
import type { Agreement, ElementAgreement } from '../map/agreement';
import type { Actor, ClusterMap, Tie } from '../map/types';

// The columns every tabular or graph export writes, defined once so that CSV, GraphML and GEXF carry the
// same attributes under the same names, with the engine's measures beside what people mapped.

export type ColumnType = 'string' | 'boolean' | 'int' | 'double';
export type Cell = string | number | boolean | null;

export interface Column<Row> {
  key: string;
  type: ColumnType;
  value(row: Row): Cell;
}

export interface ActorRow {
  actor: Actor;
  scored: ActorReport | undefined;
  /** Its status, decision and tally, when the workshop's discussion is exported with the map. */
  agreed: ElementAgreement | undefined;
}

export interface TieRow {
  tie: Tie;
  scored: TieReport | undefined;
  agreed: ElementAgreement | undefined;
}

/** What the workshop said of an element (docs/architecture.md "Agreement"): empty cells without a discussion. */
function agreementColumns<Row extends { agreed: ElementAgreement | undefined }>(): Column<Row>[] {
  return [
    { key: 'status', type: 'string', value: (r) => r.agreed?.status ?? '' },
    { key: 'decision', type: 'string', value: (r) => r.agreed?.decision?.value ?? '' },
    { key: 'decision_reason', type: 'string', value: (r) => r.agreed?.decision?.reason ?? '' },
    { key: 'votes_agree', type: 'int', value: (r) => opt(r.agreed?.tally.agree) },
    { key: 'votes_disagree', type: 'int', value: (r) => opt(r.agreed?.tally.disagree) },
    { key: 'votes_unsure', type: 'int', value: (r) => opt(r.agreed?.tally.unsure) },
  ];
}

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export const ACTOR_COLUMNS: Column<ActorRow>[] = [
  { key: 'label', type: 'string', value: (r) => r.actor.label },
  { key: 'type', type: 'string', value: (r) => r.actor.type },
  { key: 'scope', type: 'string', value: (r) => r.actor.scope },
  { key: 'stages', type: 'string', value: (r) => r.actor.stages.join(';') },
  { key: 'influence', type: 'double', value: (r) => opt(r.actor.influence) },
  { key: 'goals', type: 'string', value: (r) => (r.actor.goals ?? []).join(';') },
  { key: 'notes', type: 'string', value: (r) => r.actor.notes ?? '' },
  // The actor's names in each language (docs/map-format.md "Names in two languages"); empty when it has none.
  { key: 'label_en', type: 'string', value: (r) => r.actor.labels?.en ?? '' },
  { key: 'label_zh_cn', type: 'string', value: (r) => r.actor.labels?.['zh-CN'] ?? '' },
  { key: 'x', type: 'double', value: (r) => opt(r.actor.x) },
  { key: 'y', type: 'double', value: (r) => opt(r.actor.y) },
  { key: 'degree', type: 'int', value: (r) => opt(r.scored?.degree) },
  { key: 'degree_centrality', type: 'double', value: (r) => opt(r.scored?.degreeCentrality) },
  { key: 'betweenness', type: 'double', value: (r) => opt(r.scored?.betweenness) },
  { key: 'closeness', type: 'double', value: (r) => opt(r.scored?.closeness) },
  { key: 'eigenvector', type: 'double', value: (r) => opt(r.scored?.eigenvector) },
  { key: 'clustering', type: 'double', value: (r) => opt(r.scored?.clustering) },
  { key: 'constraint', type: 'double', value: (r) => r.scored?.constraint ?? null },
  { key: 'effective_size', type: 'double', value: (r) => r.scored?.effectiveSize ?? null },
  { key: 'core_number', type: 'int', value: (r) => opt(r.scored?.coreNumber) },
  { key: 'knowledge_role', type: 'string', value: (r) => r.scored?.role ?? '' },
  { key: 'gatekeeper_brokerage', type: 'int', value: (r) => opt(r.scored?.brokerage.scope.gatekeeper) },
  ...agreementColumns<ActorRow>(),
];

export const TIE_COLUMNS: Column<TieRow>[] = [
  { key: 'kind', type: 'string', value: (r) => r.tie.kind },
  { key: 'directed', type: 'boolean', value: (r) => r.tie.directed },
  { key: 'strength', type: 'int', value: (r) => r.tie.strength },
  { key: 'tacit', type: 'boolean', value: (r) => r.tie.tacit },
  { key: 'gvc_complexity', type: 'string', value: (r) => r.tie.gvc?.complexity ?? '' },
  { key: 'gvc_codifiability', type: 'string', value: (r) => r.tie.gvc?.codifiability ?? '' },
  { key: 'gvc_supplier_capability', type: 'string', value: (r) => r.tie.gvc?.supplierCapability ?? '' },
  { key: 'governance', type: 'string', value: (r) => r.scored?.governance ?? '' },
  { key: 'notes', type: 'string', value: (r) => r.tie.notes ?? '' },
  ...agreementColumns<TieRow>(),
];

const byElement = (agreement?: Agreement) => new Map((agreement?.elements ?? []).map((e) => [e.id, e]));

export function actorRows(map: ClusterMap, report?: EngineReport, agreement?: Agreement): ActorRow[] {
  const agreed = byElement(agreement);
  return map.actors.map((actor) => ({ actor, scored: report?.actors[actor.id], agreed: agreed.get(actor.id) }));
}

export function tieRows(map: ClusterMap, report?: EngineReport, agreement?: Agreement): TieRow[] {
  const agreed = byElement(agreement);
  return map.ties.map((tie) => ({ tie, scored: report?.ties[tie.id], agreed: agreed.get(tie.id) }));
}

/**
 * A cluster map mixes directed and undirected ties. Gephi and yEd read a direction per edge; NetworkX
 * refuses an edge that contradicts the graph's default. So the default follows the ties when they all
 * agree, and only edges that differ from it carry their own direction.
 */
export function defaultDirection(map: ClusterMap): 'directed' | 'undirected' {
  return map.ties.length > 0 && map.ties.every((t) => t.directed) ? 'directed' : 'undirected';
}
