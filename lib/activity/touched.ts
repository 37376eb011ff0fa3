import { DOC_KEYS } from '../map/ydoc';
import type { DocChanges } from '../sync/update-changes';
import type { ElementKind } from './types';

// Which actors, ties and stages one update adds, deletes and changes, read from the changes the server's
// write check already computed (lib/sync/update-changes.ts), before the update is applied. The activity
// entry is built from this (./build-entry.ts); nothing here reads the document.
//
// How element changes look in DocChanges: adding one is a set of `[root, id]` (a new Y.Map) plus a set of
// `[root, id, field]` per field; deleting one is a delete of `[root, id]` plus a delete of each of its
// fields (Yjs deletes a type's children with it); changing a field is a set of `[root, id, field]` (with
// a delete of the value it replaces). Writing a new element over a live one is a set of `[root, id]` that
// replaces a value: that counts as a change.

const KIND_OF_ROOT: Readonly<Record<string, ElementKind>> = { [DOC_KEYS.actors]: 'actor', [DOC_KEYS.ties]: 'tie', [DOC_KEYS.stages]: 'stage' };
const KIND_ORDER: readonly ElementKind[] = ['actor', 'tie', 'stage'];

/** Fields whose change is not activity: positions move all the time (drags, "Tidy up", automatic placement). */
export const UNTRACKED_FIELDS: ReadonlySet<string> = new Set(['x', 'y']);

export interface ElementRef {
  kind: ElementKind;
  id: string;
}

export interface Touched {
  added: ElementRef[];
  deleted: ElementRef[];
  changed: Array<ElementRef & { fields: string[] }>;
}

export const isEmpty = (t: Touched) => t.added.length === 0 && t.deleted.length === 0 && t.changed.length === 0;

const keyOf = (kind: ElementKind, id: string) => `${kind}\u0000${id}`;
const refOf = (key: string): ElementRef => {
  const at = key.indexOf('\u0000');
  return { kind: key.slice(0, at) as ElementKind, id: key.slice(at + 1) };
};
const byKindThenId = (a: ElementRef, b: ElementRef) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What `changes` does to the map's elements, each list in a stable order (actors, ties, stages; by id). */
export function touchedBy(changes: DocChanges): Touched {
  const set = new Set<string>();
  const overwritten = new Set<string>();
  const removed = new Set<string>();
  const fields = new Map<string, Set<string>>();
  changes.forEach((change) => {
    const kind = KIND_OF_ROOT[change.root];
    if (!kind || change.depth < 2) return;
    const key = keyOf(kind, change.key(1));
    if (change.depth === 2) {
      if (change.op === 'delete') removed.add(key);
      else (change.replaces ? overwritten : set).add(key);
      return;
    }
    const field = change.key(2);
    if (UNTRACKED_FIELDS.has(field)) return;
    let list = fields.get(key);
    if (!list) fields.set(key, (list = new Set()));
    list.add(field);
  });

  const touched: Touched = { added: [], deleted: [], changed: [] };
  for (const key of set) touched.added.push(refOf(key));
  // The old element's delete comes with an overwrite: it is part of the change, not a deletion.
  for (const key of removed) if (!set.has(key) && !overwritten.has(key)) touched.deleted.push(refOf(key));
  for (const key of overwritten) if (!set.has(key)) touched.changed.push({ ...refOf(key), fields: [...(fields.get(key) ?? [])].sort() });
  for (const [key, list] of fields) {
    if (set.has(key) || overwritten.has(key) || removed.has(key)) continue;
    touched.changed.push({ ...refOf(key), fields: [...list].sort() });
  }
  touched.added.sort(byKindThenId);
  touched.deleted.sort(byKindThenId);
  touched.changed.sort(byKindThenId);
  return touched;
}
