import { MAP_LIMITS } from '../map/limits';
import { DOC_KEYS } from '../map/ydoc';
import type { ChangeView } from '../sync/update-changes';
import type { Refusal } from './permissions';

// The model's limits (lib/map/limits.ts MAP_LIMITS) and the document's shape, enforced on the wire by the
// write check (docs/protocol.md P14): what the importer's schemas refuse in a file, the server refuses in an
// update, so a hostile client cannot put a 100 kB label or a Y.Text of its own into everyone's map.
// Only changes that write something are looked at; removing an entry is always within the limits.

/** Fields of an element that hold text, with their longest length; any other string is at most a label. */
const TEXT_FIELDS: Record<string, number> = {
  label: MAP_LIMITS.labelLength,
  notes: MAP_LIMITS.notesLength,
};

/** Fields that hold a list of short strings: [most entries, longest entry]. */
const LIST_FIELDS: Record<string, readonly [number, number]> = {
  goals: [MAP_LIMITS.goals, MAP_LIMITS.labelLength],
  stages: [MAP_LIMITS.stages, MAP_LIMITS.idLength],
};

/** The only nested type an element field may be: a tie's GVC attributes (docs/architecture.md). */
const NESTED_FIELDS: Record<string, ReadonlySet<string>> = { [DOC_KEYS.ties]: new Set(['gvc']) };

/** Meta values other than text (weights, timer, restored): bounded as JSON. */
const MAX_META_JSON = 16 * 1024;

/** The refusal for a change of an actor, tie or stage that breaks the model's limits or shape, else null. */
export function elementValueRefusal(change: ChangeView): Refusal | null {
  if (change.op !== 'set' || change.content === 'deleted') return null;
  const root = change.root;
  const id = change.key(1);
  if (id.length > MAP_LIMITS.idLength) return tooLong(`an id (${id.length} characters)`, MAP_LIMITS.idLength);
  const depth = change.depth;
  // An element is a Y.Map of fields under its id; nothing else goes at that level.
  if (depth === 2) return change.content === 'type' && id !== LIST_KEY ? null : badShape(root);
  const field = change.key(2);
  // Who made it is judged whole, by lib/access/authorship.ts: only the writer's own id passes there.
  if (field === 'createdBy') return null;
  if (depth === 3) {
    if (change.content === 'type') return NESTED_FIELDS[root]?.has(field) ? null : badShape(`${root}.${field}`);
    if (change.content !== 'value' || field === LIST_KEY) return badShape(`${root}.${field}`);
    return fieldRefusal(field, change.value());
  }
  // Inside the one nested field (a tie's gvc): plain values only.
  if (depth === 4 && NESTED_FIELDS[root]?.has(field) && change.content === 'value' && change.key(3) !== LIST_KEY) {
    return fieldRefusal(change.key(3), change.value());
  }
  return badShape(`${root}.${field}`);
}

/** The refusal for a meta value over its limit (title and map details are labels), else null. */
export function metaValueRefusal(change: ChangeView): Refusal | null {
  if (change.op !== 'set' || change.content === 'deleted') return null;
  if (change.depth !== 2 || change.content !== 'value') return badShape(`meta.${change.key(1)}`);
  const value = change.value();
  if (typeof value === 'string') return value.length > MAP_LIMITS.labelLength ? tooLong(`meta.${change.key(1)}`, MAP_LIMITS.labelLength) : null;
  if (value !== null && typeof value === 'object' && JSON.stringify(value).length > MAX_META_JSON) return tooLong(`meta.${change.key(1)}`, MAX_META_JSON);
  return null;
}

function fieldRefusal(field: string, value: unknown): Refusal | null {
  if (typeof value === 'string') {
    const limit = TEXT_FIELDS[field] ?? MAP_LIMITS.labelLength;
    return value.length > limit ? tooLong(`the ${field} (${value.length} characters)`, limit) : null;
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || value === undefined) return null;
  const list = LIST_FIELDS[field];
  if (list && Array.isArray(value)) {
    const [most, longest] = list;
    if (value.length > most) return tooLong(`the ${field} (${value.length} entries)`, most, 'entries');
    if (value.every((v) => typeof v === 'string' && v.length <= longest)) return null;
    return tooLong(`an entry of ${field}`, longest);
  }
  return badShape(field);
}

/** The key a list position reads as (lib/sync/update-changes.ts). */
const LIST_KEY = '[]';

const tooLong = (what: string, limit: number, unit = 'characters'): Refusal => ({
  reason: 'too_long',
  message: `The update writes ${what} over the limit of ${limit} ${unit}; this change was not saved`,
});

const badShape = (part: string): Refusal => ({
  reason: 'bad_entry',
  message: `The update writes something at “${part}” that does not have the shape ClusterCanvas gives it; this change was not saved`,
});
