import * as Y from 'yjs';
import { newId } from '../map/ids';
import type { Actor, Tie } from '../map/types';
import { newElement, patchTieFields, setFields } from '../map/ydoc';
import { ensurePart, partOf, scenarioMap, scenariosRoot, type Fields } from './doc';
import { CHANGEABLE_TIE_FIELDS, SCENARIO_FIELDS, type Scenario, type TieChange } from './types';

// Editing scenarios. Every edit is one transaction with the caller's origin, like the live map's edits
// (lib/map/ydoc.ts). Planned elements are written exactly as live ones are, so the write check bounds them
// by the same rules (docs/protocol.md P19) and adopting one copies its fields.

export interface NewScenario {
  id?: string;
  name: string;
  createdBy?: string;
  at: number;
  actors?: readonly Actor[];
  ties?: readonly Tie[];
  removeTies?: readonly string[];
  changeTies?: readonly TieChange[];
}

function root(doc: Y.Doc): Y.Map<unknown> {
  const found = scenariosRoot(doc);
  if (!found) throw new Error('This document holds something else under "scenarios"');
  return found;
}

/** Only the changeable fields of a tie change, without its id. */
export function changeFields(change: Partial<TieChange>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of CHANGEABLE_TIE_FIELDS) if (field in change) fields[field] = change[field];
  return fields;
}

/** Opens a scenario with whatever planned changes it starts with; returns its id. */
export function createScenario(doc: Y.Doc, input: NewScenario, origin?: unknown): string {
  const id = input.id ?? newId('x');
  doc.transact(() => {
    const scenario = new Y.Map<unknown>();
    root(doc).set(id, scenario);
    scenario.set(SCENARIO_FIELDS.name, input.name);
    if (input.createdBy !== undefined) scenario.set(SCENARIO_FIELDS.createdBy, input.createdBy);
    scenario.set(SCENARIO_FIELDS.at, input.at);
    const actors = ensurePart(scenario, SCENARIO_FIELDS.actors);
    for (const actor of input.actors ?? []) actors.set(actor.id, newElement({ ...actor }));
    const ties = ensurePart(scenario, SCENARIO_FIELDS.ties);
    for (const tie of input.ties ?? []) ties.set(tie.id, newElement({ ...tie }));
    const removals = ensurePart(scenario, SCENARIO_FIELDS.removeTies);
    for (const tieId of input.removeTies ?? []) removals.set(tieId, true);
    const changes = ensurePart(scenario, SCENARIO_FIELDS.changeTies);
    for (const change of input.changeTies ?? []) changes.set(change.id, newElement(changeFields(change)));
  }, origin);
  return id;
}

function edit(doc: Y.Doc, sid: string, origin: unknown, fn: (scenario: Fields) => void): boolean {
  const scenario = scenarioMap(doc, sid);
  if (!scenario) return false;
  doc.transact(() => fn(scenario), origin);
  return true;
}

export const renameScenario = (doc: Y.Doc, sid: string, name: string, origin?: unknown) =>
  edit(doc, sid, origin, (s) => s.set(SCENARIO_FIELDS.name, name));

/** Discards a scenario: its planned changes go with it, the live map is untouched. */
export function deleteScenario(doc: Y.Doc, sid: string, origin?: unknown): boolean {
  const scenarios = scenariosRoot(doc);
  if (!scenarios?.has(sid)) return false;
  doc.transact(() => scenarios.delete(sid), origin);
  return true;
}

export const planActor = (doc: Y.Doc, sid: string, actor: Actor, origin?: unknown) =>
  edit(doc, sid, origin, (s) => ensurePart(s, SCENARIO_FIELDS.actors).set(actor.id, newElement({ ...actor })));

export const planTie = (doc: Y.Doc, sid: string, tie: Tie, origin?: unknown) =>
  edit(doc, sid, origin, (s) => ensurePart(s, SCENARIO_FIELDS.ties).set(tie.id, newElement({ ...tie })));

function plannedElement(doc: Y.Doc, sid: string, part: typeof SCENARIO_FIELDS.actors | typeof SCENARIO_FIELDS.ties, id: string): Fields | null {
  const scenario = scenarioMap(doc, sid);
  const element = scenario ? partOf(scenario, part)?.get(id) : undefined;
  return element instanceof Y.Map ? (element as Fields) : null;
}

/** Changes fields of a planned actor (a move is x and y). */
export function updatePlannedActor(doc: Y.Doc, sid: string, id: string, patch: Partial<Omit<Actor, 'id'>>, origin?: unknown): boolean {
  const element = plannedElement(doc, sid, SCENARIO_FIELDS.actors, id);
  if (!element) return false;
  doc.transact(() => setFields(element, patch), origin);
  return true;
}

export function updatePlannedTie(doc: Y.Doc, sid: string, id: string, patch: Partial<Omit<Tie, 'id'>>, origin?: unknown): boolean {
  return patchTieFields(doc, plannedElement(doc, sid, SCENARIO_FIELDS.ties, id), patch, origin);
}

/** Takes a planned actor out of the scenario, with the planned ties that touch it. */
export const unplanActor = (doc: Y.Doc, sid: string, id: string, origin?: unknown) =>
  edit(doc, sid, origin, (s) => {
    const ties = partOf(s, SCENARIO_FIELDS.ties);
    if (ties) {
      for (const [tid, t] of [...ties.entries()]) if (t instanceof Y.Map && (t.get('source') === id || t.get('target') === id)) ties.delete(tid);
    }
    partOf(s, SCENARIO_FIELDS.actors)?.delete(id);
  });

export const unplanTie = (doc: Y.Doc, sid: string, id: string, origin?: unknown) => edit(doc, sid, origin, (s) => partOf(s, SCENARIO_FIELDS.ties)?.delete(id));

/** Plans taking a live tie off the map (or, with `remove` false, keeps it again). */
export const planTieRemoval = (doc: Y.Doc, sid: string, tieId: string, remove = true, origin?: unknown) =>
  edit(doc, sid, origin, (s) => {
    const removals = ensurePart(s, SCENARIO_FIELDS.removeTies);
    if (remove) removals.set(tieId, true);
    else removals.delete(tieId);
  });

/** Plans fields of a live tie (a field set to undefined is no longer planned); no fields left drops the change. */
export const planTieChange = (doc: Y.Doc, sid: string, tieId: string, patch: Partial<Omit<TieChange, 'id'>>, origin?: unknown) =>
  edit(doc, sid, origin, (s) => {
    const changes = ensurePart(s, SCENARIO_FIELDS.changeTies);
    let element = changes.get(tieId);
    if (!(element instanceof Y.Map)) {
      element = new Y.Map<unknown>();
      changes.set(tieId, element);
    }
    const fields = element as Fields;
    const wanted = changeFields(patch);
    if ('gvc' in wanted && wanted.gvc !== undefined) fields.delete('gvc');
    setFields(fields, wanted);
    if (fields.size === 0) changes.delete(tieId);
  });

export const unplanTieChange = (doc: Y.Doc, sid: string, tieId: string, origin?: unknown) =>
  edit(doc, sid, origin, (s) => partOf(s, SCENARIO_FIELDS.changeTies)?.delete(tieId));

export type { Scenario };
