import * as Y from 'yjs';
import { documentFields } from './label-fields';
import { decisionsOf, isDecisionRecord, type DecisionRecord } from './discussion';
import type { ClusterMap } from './types';
import { DOC_KEYS, ELEMENT_ROOTS, metaOf } from './ydoc';

// Makes a live document's map equal to a given one as one change on top (docs/architecture.md
// "Checkpoints"): element by element and field by field, so an element that did not change keeps its
// identity (and nobody's concurrent edit of it is overwritten), and only what differs is written.
// Used by restoring a checkpoint and by importing a map into a live workshop.

/** Meta keys a restore or an import sets: the map's details and settings, never phase, timer or editing. */
export const APPLIED_META_KEYS = ['title', 'cluster', 'region', 'sector', 'weights', 'quorum', 'threshold'] as const;

type Fields = Y.Map<unknown>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function plain(value: unknown): unknown {
  return value instanceof Y.Map ? value.toJSON() : value;
}

/** Writes into `element` exactly the fields of `fields` (id aside): changed ones set, missing ones removed. */
function syncFields(element: Fields, fields: Record<string, unknown>) {
  for (const key of [...element.keys()]) if (!(key in fields) || fields[key] === undefined) element.delete(key);
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || value === undefined) continue;
    const current = element.get(key);
    if (key === 'gvc' && value && typeof value === 'object') {
      if (current instanceof Y.Map) syncFields(current as Fields, value as Record<string, unknown>);
      else element.set(key, filled(new Y.Map<unknown>(), value as Record<string, unknown>));
    } else if (!same(plain(current), value)) {
      element.set(key, value);
    }
  }
}

function filled(element: Fields, fields: Record<string, unknown>): Fields {
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || value === undefined) continue;
    element.set(key, key === 'gvc' && value && typeof value === 'object' ? filled(new Y.Map<unknown>(), value as Record<string, unknown>) : value);
  }
  return element;
}

function syncElements(root: Y.Map<Fields>, items: ReadonlyArray<{ id: string }>) {
  const wanted = new Map(items.map((item) => [item.id, item]));
  for (const id of [...root.keys()]) if (!wanted.has(id)) root.delete(id);
  for (const [id, item] of wanted) {
    const current = root.get(id);
    const fields = documentFields(item as unknown as Record<string, unknown>);
    if (current instanceof Y.Map) syncFields(current, fields);
    else root.set(id, filled(new Y.Map<unknown>(), fields));
  }
}

export interface ApplyMapOptions {
  /** Also make the facilitator's decisions equal to these (a restore); absent leaves them alone (an import). */
  decisions?: Readonly<Record<string, DecisionRecord>>;
  /** Written to `meta.restored` in the same transaction: clients clear their undo history when it changes. */
  restored?: { checkpoint: string; name: string; at: number; by: string };
}

/** Makes `doc`'s map equal to `map` in one transaction (call it inside the caller's transaction or alone). */
export function applyMap(doc: Y.Doc, map: ClusterMap, options: ApplyMapOptions = {}, origin?: unknown): void {
  doc.transact(() => {
    const byKind = { [DOC_KEYS.actors]: map.actors, [DOC_KEYS.ties]: map.ties, [DOC_KEYS.stages]: map.stages };
    for (const key of ELEMENT_ROOTS) syncElements(doc.getMap<Fields>(key), byKind[key]);
    const meta = metaOf(doc);
    for (const key of APPLIED_META_KEYS) {
      const value = map.meta[key];
      if (value === undefined) {
        if (meta.has(key)) meta.delete(key);
      } else if (!same(plain(meta.get(key)), value)) meta.set(key, value);
    }
    if (options.decisions) {
      const decisions = decisionsOf(doc);
      for (const id of [...decisions.keys()]) if (!(id in options.decisions)) decisions.delete(id);
      for (const [id, decision] of Object.entries(options.decisions)) {
        if (isDecisionRecord(decision) && !same(decisions.get(id), decision)) decisions.set(id, { ...decision });
      }
    }
    if (options.restored) meta.set('restored', options.restored);
  }, origin);
}
