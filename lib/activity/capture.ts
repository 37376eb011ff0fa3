import * as Y from 'yjs';
import { tieName } from '../map/labels';
import { MAP_LIMITS } from '../map/limits';
import { actorsOf, readActor, readStage, readTie, stagesOf, tiesOf } from '../map/ydoc';
import type { Touched } from './touched';
import type { ActivityItem, RemovedElements } from './types';

// What an update is about to delete, read from the replica BEFORE the update is applied (afterwards the
// server's replica has garbage-collected the deleted content): the deleted items as people name them, and
// the deleted actors and ties in full, so that the feed can bring them back with the same ids.

export interface Captured {
  /** One `deleted` item per deleted element, labelled as it was. */
  deleted: ActivityItem[];
  /** In full, unless there were more than MAP_LIMITS.activityRemoved of them (then null). */
  removed: RemovedElements | null;
}

type Fields = Y.Map<unknown>;
const asFields = (value: unknown): Fields | null => (value instanceof Y.Map ? (value as Fields) : null);

/** Labels of the replica's actors as they are now (a deleted tie is named by its ends). */
export function actorLabelIn(doc: Y.Doc): (id: string) => string {
  return (id) => {
    const label = asFields(actorsOf(doc).get(id))?.get('label');
    return typeof label === 'string' ? label : id;
  };
}

export function captureDeleted(doc: Y.Doc, touched: Touched): Captured {
  const actorLabel = actorLabelIn(doc);
  const deleted: ActivityItem[] = [];
  const removed: RemovedElements = { actors: [], ties: [] };
  for (const { kind, id } of touched.deleted) {
    if (kind === 'actor') {
      const fields = asFields(actorsOf(doc).get(id));
      const actor = fields ? readActor(id, fields) : null;
      if (actor) removed.actors.push(actor);
      deleted.push({ op: 'deleted', kind, id, label: actor?.label ?? id });
    } else if (kind === 'tie') {
      const fields = asFields(tiesOf(doc).get(id));
      const tie = fields ? readTie(id, fields) : null;
      if (tie) removed.ties.push(tie);
      deleted.push({ op: 'deleted', kind, id, label: tie ? tieName(tie, actorLabel) : id });
    } else {
      const fields = asFields(stagesOf(doc).get(id));
      deleted.push({ op: 'deleted', kind, id, label: fields ? readStage(id, fields).label : id });
    }
  }
  const count = removed.actors.length + removed.ties.length;
  return { deleted, removed: count === 0 || count > MAP_LIMITS.activityRemoved ? null : removed };
}
