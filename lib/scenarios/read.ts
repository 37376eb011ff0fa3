import * as Y from 'yjs';
import { GVC_LEVELS, TIE_KINDS, type Actor, type GvcAttributes, type Tie } from '../map/types';
import { readActor, readTie } from '../map/ydoc';
import { partOf, scenarioMap, scenariosRoot, type Fields } from './doc';
import { CHANGEABLE_TIE_FIELDS, SCENARIO_FIELDS, type Scenario, type TieChange } from './types';

// Reading scenarios from the document. Like readMap, a reader never throws on what an old or foreign client
// wrote: an entry of a shape it does not know is skipped, a field of the wrong type is left out.

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function elements<T>(part: Y.Map<unknown> | null, read: (id: string, f: Fields) => T): T[] {
  if (!part) return [];
  const out: T[] = [];
  for (const id of [...part.keys()].sort(byId)) {
    const f = part.get(id);
    if (f instanceof Y.Map) out.push(read(id, f as Fields));
  }
  return out;
}

function readGvcChange(value: unknown): GvcAttributes | undefined {
  const get = (k: string): unknown => (value instanceof Y.Map ? value.get(k) : undefined);
  if (!(value instanceof Y.Map)) return undefined;
  const level = (k: string, fallback: 'low' | 'high') => {
    const v = get(k);
    return typeof v === 'string' && (GVC_LEVELS as readonly string[]).includes(v) ? (v as 'low' | 'high') : fallback;
  };
  const gvc: GvcAttributes = { complexity: level('complexity', 'low'), codifiability: level('codifiability', 'high'), supplierCapability: level('supplierCapability', 'high') };
  if (get('sameGroup') === true) gvc.sameGroup = true;
  return gvc;
}

/** A planned change of a live tie: only the fields it changes, each only when it holds a value of its type. */
export function readTieChange(id: string, f: Fields): TieChange {
  const change: TieChange = { id };
  for (const field of CHANGEABLE_TIE_FIELDS) {
    if (!f.has(field)) continue;
    const v = f.get(field);
    switch (field) {
      case 'kind':
        if (typeof v === 'string' && (TIE_KINDS as readonly string[]).includes(v)) change.kind = v as Tie['kind'];
        break;
      case 'directed':
      case 'tacit':
        if (typeof v === 'boolean') change[field] = v;
        break;
      case 'strength':
        if (v === 1 || v === 2 || v === 3) change.strength = v;
        break;
      case 'gvc': {
        const gvc = readGvcChange(v);
        if (gvc) change.gvc = gvc;
        break;
      }
      case 'notes':
        if (typeof v === 'string') change.notes = v;
        break;
    }
  }
  return change;
}

function readScenarioFields(id: string, f: Fields): Scenario {
  const at = f.get(SCENARIO_FIELDS.at);
  const removals = partOf(f, SCENARIO_FIELDS.removeTies);
  const scenario: Scenario = {
    id,
    name: str(f.get(SCENARIO_FIELDS.name))?.trim() || id,
    at: typeof at === 'number' && Number.isFinite(at) ? at : 0,
    actors: elements<Actor>(partOf(f, SCENARIO_FIELDS.actors), (aid, a) => readActor(aid, a)),
    ties: elements<Tie>(partOf(f, SCENARIO_FIELDS.ties), (tid, t) => readTie(tid, t)),
    removeTies: removals ? [...removals.keys()].filter((k) => removals.get(k) === true).sort(byId) : [],
    changeTies: elements<TieChange>(partOf(f, SCENARIO_FIELDS.changeTies), readTieChange),
  };
  const createdBy = str(f.get(SCENARIO_FIELDS.createdBy));
  if (createdBy !== undefined) scenario.createdBy = createdBy;
  return scenario;
}

/** Every scenario of the document, oldest first (then by id), whatever else the root holds. */
export function readScenarios(doc: Y.Doc): Scenario[] {
  const root = scenariosRoot(doc);
  if (!root) return [];
  const out: Scenario[] = [];
  for (const [id, f] of root.entries()) if (f instanceof Y.Map) out.push(readScenarioFields(id, f as Fields));
  return out.sort((a, b) => a.at - b.at || byId(a.id, b.id));
}

/** One scenario, or null when the document has none of that id and shape. */
export function readScenario(doc: Y.Doc, id: string): Scenario | null {
  const f = scenarioMap(doc, id);
  return f ? readScenarioFields(id, f) : null;
}

/** How many planned changes a scenario holds (the limit MAP_LIMITS.scenarioChanges counts these). */
export const plannedCount = (s: Pick<Scenario, 'actors' | 'ties' | 'removeTies' | 'changeTies'>) => s.actors.length + s.ties.length + s.removeTies.length + s.changeTies.length;
