import type * as Y from 'yjs';
import { applyMap } from './apply-map';
import { commentsOf, votesOf } from './discussion';
import { roundsOf } from './rounds';
import type { ClusterMap } from './types';
import { metaOf } from './ydoc';
import { scenariosRoot } from '../scenarios/doc';

/** The facilitator's steering a reset puts back to how a new workshop starts (absent = the defaults). */
const STEERING_KEYS = ['phase', 'timer', 'editing', 'locked'] as const;

/**
 * Makes `doc` a fresh start from `map` in one transaction (the shared demo's reset, docs/operations.md §8):
 * the map, its details, weights and agreement rules as `map` has them (applyMap, element by element, so
 * replicas that reconnect with the old state converge on the reset one), and no decisions, votes, comments,
 * what-if scenarios, phase, timer, editing switch or secret rounds. `restored` is written only when something changed, so that clients clear
 * their undo history (nobody can undo the reset) and an unchanged demo gets no write at all.
 */
export function resetToMap(doc: Y.Doc, map: ClusterMap, restored: { checkpoint: string; name: string; at: number; by: string }): void {
  doc.transact((tr) => {
    applyMap(doc, map, { decisions: {} });
    for (const entries of [votesOf(doc), commentsOf(doc), scenariosRoot(doc), roundsOf(doc)]) for (const key of [...(entries?.keys() ?? [])]) entries?.delete(key);
    const meta = metaOf(doc);
    for (const key of STEERING_KEYS) if (meta.has(key)) meta.delete(key);
    if (tr.changed.size > 0 || tr.deleteSet.clients.size > 0) meta.set('restored', restored);
  });
}
