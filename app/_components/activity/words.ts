import type { ActivityEntry, ActivityItem, ActivityOp } from '../../../lib/activity/types';
import type { Translate } from '../model/serverWords';

// An activity entry in plain words for the people in the room: "Li Wei deleted Huawei and 5 ties",
// "李伟删除了华为和 5 条关系". One place, so the panel, the notice and the tests say the same; the words
// are activity.* in the catalogue (docs/architecture.md "Languages").

const FIELDS = ['label', 'type', 'scope', 'stages', 'influence', 'goals', 'notes', 'source', 'target', 'kind', 'directed', 'strength', 'tacit', 'gvc', 'order', 'weight'] as const;
type Field = (typeof FIELDS)[number];
const isField = (f: string): f is Field => (FIELDS as readonly string[]).includes(f);

const OP_ORDER: readonly ActivityOp[] = ['deleted', 'restored', 'added', 'changed', 'imported'];

/** "A", "A and B", "A, B and C" in the reader's language. */
function joinAnd(t: Translate, parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return t('activity.and', { a: parts.slice(0, -1).join(t('activity.comma')), b: parts[parts.length - 1] });
}

/** "A", "A and B", "A, B and C", "A, B and 4 more actors". */
function names(t: Translate, labels: string[]): string {
  if (labels.length <= 3) return joinAnd(t, labels);
  return joinAnd(t, [...labels.slice(0, 2), t('activity.moreActors', { count: labels.length - 2 })]);
}

/** What one op did, without the person: "deleted Huawei and 5 ties". */
function phrase(t: Translate, op: ActivityOp, items: ActivityItem[]): string {
  const map = items.find((i) => i.kind === 'map');
  if (map) return op === 'imported' ? t('activity.importedMap') : t('activity.restoredCheckpoint', { name: map.label });
  const actors = items.filter((i) => i.kind === 'actor');
  const ties = items.filter((i) => i.kind === 'tie');
  const stages = items.filter((i) => i.kind === 'stage');
  const parts: string[] = [];
  if (actors.length) parts.push(names(t, actors.map((a) => a.label)));
  if (stages.length) parts.push(stages.length === 1 ? t('activity.theStage', { name: stages[0].label }) : t('activity.stages', { count: stages.length }));
  if (ties.length) parts.push(ties.length === 1 && !actors.length ? t('activity.theTie', { name: ties[0].label }) : t('activity.ties', { count: ties.length }));
  let what = joinAnd(t, parts);
  if (op === 'changed' && items.length === 1 && items[0].fields?.length) {
    const fields = [...new Set(items[0].fields.map((f) => (isField(f) ? t(`activity.field.${f}`) : f)))];
    what = t('activity.withFields', { what, fields: fields.join(t('activity.comma')) });
  }
  return t(`activity.op.${op}`, { what });
}

/** The entry's sentence: "Li Wei deleted Huawei and 5 ties", "You restored Huawei and 5 ties". */
export function entrySentence(t: Translate, entry: ActivityEntry, me?: string | null): string {
  const who = me && entry.by === me ? t('activity.you') : entry.byName;
  const byOp = OP_ORDER.map((op) => [op, entry.items.filter((i) => i.op === op)] as const).filter(([, items]) => items.length > 0);
  const what = byOp.map(([op, items]) => phrase(t, op, items)).join(t('activity.separator'));
  const sentence = t('activity.sentence', { who, what });
  return entry.more ? t('activity.moreChanges', { sentence, count: entry.more }) : sentence;
}

/** The ids of the entry's elements, actors first: what clicking the entry selects when they are on the map. */
export function entryElements(entry: ActivityEntry): string[] {
  const elements = entry.items.filter((i) => i.kind === 'actor' || i.kind === 'tie');
  return [...elements.filter((i) => i.kind === 'actor'), ...elements.filter((i) => i.kind === 'tie')].map((i) => i.id);
}

/** An entry that deleted actors or ties someone could bring back from the feed. */
export const isDeletion = (entry: ActivityEntry) => entry.removed !== undefined && entry.items.some((i) => i.op === 'deleted' && i.kind !== 'map');
