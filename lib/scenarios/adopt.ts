import type * as Y from 'yjs';
import { actorsOf, newElement, readMap, setFields, tiesOf } from '../map/ydoc';
import { applyScenario } from './apply';
import { scenariosRoot } from './doc';
import { readScenario } from './read';
import type { SkippedChange } from './types';
import { changeFields } from './write';

// Adopting a scenario (the facilitator's, docs/protocol.md P19): its planned changes become the live map's
// and the scenario is gone, in ONE transaction, so the adopter's Y.UndoManager (tracking `origin`) takes the
// whole adoption back in one step, and everyone sees it as one change. Whatever applyScenario would skip
// (a base element deleted meanwhile, an id taken) is skipped here too and reported.

export interface Adoption {
  actors: number;
  ties: number;
  removedTies: number;
  changedTies: number;
  skipped: SkippedChange[];
}

/**
 * Applies scenario `sid` to the live map and removes it. The new actors and ties are made by `by`, the
 * adopter (the write check accepts a new element only as made by its writer, P14). Null when there is no
 * such scenario.
 */
export function adoptScenario(doc: Y.Doc, sid: string, by: string | undefined, origin?: unknown): Adoption | null {
  const scenario = readScenario(doc, sid);
  if (!scenario) return null;
  const { skipped } = applyScenario(readMap(doc).map, scenario);
  const skip = new Set(skipped.map((s) => `${s.change}:${s.id}`));
  const result: Adoption = { actors: 0, ties: 0, removedTies: 0, changedTies: 0, skipped };
  const made = (fields: Record<string, unknown>) => newElement({ ...fields, createdBy: by });
  doc.transact(() => {
    for (const actor of scenario.actors) {
      if (skip.has(`actor:${actor.id}`)) continue;
      actorsOf(doc).set(actor.id, made({ ...actor }));
      result.actors++;
    }
    const removed = new Set<string>();
    for (const id of scenario.removeTies) {
      if (skip.has(`removeTie:${id}`)) continue;
      tiesOf(doc).delete(id);
      removed.add(id);
      result.removedTies++;
    }
    for (const change of scenario.changeTies) {
      const live = tiesOf(doc).get(change.id);
      if (skip.has(`changeTie:${change.id}`) || removed.has(change.id) || !live) continue;
      setFields(live, changeFields(change));
      result.changedTies++;
    }
    for (const tie of scenario.ties) {
      if (skip.has(`tie:${tie.id}`)) continue;
      tiesOf(doc).set(tie.id, made({ ...tie }));
      result.ties++;
    }
    scenariosRoot(doc)?.delete(sid);
  }, origin);
  return result;
}
