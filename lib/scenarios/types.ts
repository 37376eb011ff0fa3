import type { Actor, Tie } from '../map/types';

// What-if scenarios (docs/architecture.md "What-if scenarios", docs/map-format.md "Scenarios"): named
// planned changes over the live map — actors and ties to add, live ties to remove, live ties whose fields
// change — kept in the workshop document as deltas against live element ids, and never read as the map.

/** The fields of a live tie a scenario may change; its ends stay (a tie to someone else is a new tie). */
export const CHANGEABLE_TIE_FIELDS = ['kind', 'directed', 'strength', 'tacit', 'gvc', 'notes'] as const;
export type ChangeableTieField = (typeof CHANGEABLE_TIE_FIELDS)[number];

/** A planned change of a live tie: its id and the fields that would differ. */
export type TieChange = { id: string } & Partial<Pick<Tie, ChangeableTieField>>;

export interface Scenario {
  id: string;
  name: string;
  /** The participant who opened it (the server checks it is the writer, docs/protocol.md P19). */
  createdBy?: string;
  /** Epoch ms by the opener's clock. */
  at: number;
  /** Planned new actors, in the map format. */
  actors: Actor[];
  /** Planned new ties, between live or planned actors. */
  ties: Tie[];
  /** Live tie ids the scenario takes off the map. */
  removeTies: string[];
  /** Live ties whose fields the scenario changes. */
  changeTies: TieChange[];
}

/** A planned change that could not be applied, and why. */
export interface SkippedChange {
  /** What it is: a planned actor or tie, a tie removal, a tie change. */
  change: 'actor' | 'tie' | 'removeTie' | 'changeTie';
  /** The planned element's id, or the live tie's. */
  id: string;
  /** `missing`: it refers to a live element that no longer exists; `taken`: its id is on the live map already. */
  why: 'missing' | 'taken';
  /** The live ids it refers to that are gone (for `missing`). */
  refersTo: string[];
}

export interface AppliedScenario {
  /** The live map with the scenario applied. */
  map: import('../map/types').ClusterMap;
  /** Base element ids the scenario refers to that no longer exist on the live map (sorted, unique). */
  missing: string[];
  /** Every planned change that was skipped, with why. */
  skipped: SkippedChange[];
}

/** How a scenario lives in the document: scenario id → Y.Map of these fields (lib/scenarios/doc.ts). */
export const SCENARIO_FIELDS = {
  name: 'name',
  createdBy: 'createdBy',
  at: 'at',
  /** Y.Map: actor id → Y.Map of fields, exactly as a live actor. */
  actors: 'actors',
  /** Y.Map: tie id → Y.Map of fields, exactly as a live tie (gvc a nested Y.Map). */
  ties: 'ties',
  /** Y.Map: live tie id → true. */
  removeTies: 'removeTies',
  /** Y.Map: live tie id → Y.Map of the changed fields (gvc a nested Y.Map). */
  changeTies: 'changeTies',
} as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[keyof typeof SCENARIO_FIELDS];
/** The nested parts of a scenario, each keyed by element id. */
export const SCENARIO_PARTS = [SCENARIO_FIELDS.actors, SCENARIO_FIELDS.ties, SCENARIO_FIELDS.removeTies, SCENARIO_FIELDS.changeTies] as const;
export type ScenarioPart = (typeof SCENARIO_PARTS)[number];
