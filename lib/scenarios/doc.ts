import * as Y from 'yjs';
import { DOC_KEYS } from '../map/ydoc';
import { SCENARIO_FIELDS, type ScenarioPart } from './types';

// Where scenarios live in the workshop document: the root `scenarios`, scenario id → Y.Map (name,
// createdBy, at, and one nested Y.Map per part), so that two people editing one scenario merge field by
// field as they do on the live map (docs/architecture.md "The workshop document").

export type Fields = Y.Map<unknown>;

/** The root, or null when a foreign client made it something other than a map (readers then see none). */
export function scenariosRoot(doc: Y.Doc): Y.Map<unknown> | null {
  try {
    return doc.getMap<unknown>(DOC_KEYS.scenarios);
  } catch {
    return null;
  }
}

/** One scenario's Y.Map, or null when there is none of that shape. */
export function scenarioMap(doc: Y.Doc, id: string): Fields | null {
  const entry = scenariosRoot(doc)?.get(id);
  return entry instanceof Y.Map ? (entry as Fields) : null;
}

/** A part of a scenario (its planned actors, ties, removals or changes), or null when absent or foreign. */
export function partOf(scenario: Fields, part: ScenarioPart): Y.Map<unknown> | null {
  const value = scenario.get(part);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** The part, made when it is missing (inside the caller's transaction). */
export function ensurePart(scenario: Fields, part: ScenarioPart): Y.Map<unknown> {
  const found = partOf(scenario, part);
  if (found) return found;
  const made = new Y.Map<unknown>();
  scenario.set(part, made);
  return made;
}

export const NAME_FIELD = SCENARIO_FIELDS.name;
