import * as Y from 'yjs';
import { tieName } from '../map/labels';
import { MAP_LIMITS } from '../map/limits';
import { readStage, readTie, stagesOf, tiesOf } from '../map/ydoc';
import { actorLabelIn, type Captured } from './capture';
import type { ElementRef, Touched } from './touched';
import type { ActivityItem, NewActivityEntry } from './types';

// One activity entry from what an update touched (./touched.ts), what it deleted as it was before
// (./capture.ts) and the replica right AFTER the update was applied (labels of what it added or changed).

export interface EntryContext {
  at: number;
  by: string;
  byName: string;
  /** Whether the element had been deleted before this update (per the activity record): adding it back is a restore. */
  wasDeleted(ref: ElementRef): boolean;
  /** A whole-map change by the server (a checkpoint restored, a file imported): one item for it, and counts. */
  mapChange?: { op: 'restored' | 'imported'; id: string; label: string };
}

type Fields = Y.Map<unknown>;
const asFields = (value: unknown): Fields | null => (value instanceof Y.Map ? (value as Fields) : null);

/** What to call an element of the replica now. */
function labelNow(doc: Y.Doc, { kind, id }: ElementRef, actorLabel: (id: string) => string): string {
  if (kind === 'actor') return actorLabel(id);
  if (kind === 'tie') {
    const fields = asFields(tiesOf(doc).get(id));
    return fields ? tieName(readTie(id, fields), actorLabel) : id;
  }
  const fields = asFields(stagesOf(doc).get(id));
  return fields ? readStage(id, fields).label : id;
}

/** The entry, or null when the update changed nothing anyone would call activity (moves, votes, settings). */
export function buildEntry(doc: Y.Doc, touched: Touched, captured: Captured, context: EntryContext): NewActivityEntry | null {
  const actorLabel = actorLabelIn(doc);
  const counts = { added: touched.added.length, deleted: touched.deleted.length, changed: touched.changed.length };
  const items: ActivityItem[] = [];
  if (context.mapChange) {
    items.push({ op: context.mapChange.op, kind: 'map', id: context.mapChange.id, label: context.mapChange.label });
  } else {
    for (const ref of touched.added) items.push({ op: context.wasDeleted(ref) ? 'restored' : 'added', kind: ref.kind, id: ref.id, label: labelNow(doc, ref, actorLabel) });
    items.push(...captured.deleted);
    for (const { fields, ...ref } of touched.changed) items.push({ op: 'changed', kind: ref.kind, id: ref.id, label: labelNow(doc, ref, actorLabel), fields });
  }
  if (items.length === 0) return null;
  const entry: NewActivityEntry = { at: context.at, by: context.by, byName: context.byName, items: items.slice(0, MAP_LIMITS.activityItems) };
  if (items.length > MAP_LIMITS.activityItems) entry.more = items.length - MAP_LIMITS.activityItems;
  if (captured.removed) entry.removed = captured.removed;
  if (context.mapChange) entry.counts = counts;
  return entry;
}
