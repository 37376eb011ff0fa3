import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canRestore, restoreRemoved } from '../../../lib/activity/restore';
import { castVote, postComment, readDiscussion } from '../../../lib/map/discussion';
import type { Actor, Tie } from '../../../lib/map/types';
import { addActor, addTie, deleteActor, readMap } from '../../../lib/map/ydoc';

// Bringing back what an activity entry deleted (docs/architecture.md "Activity").

const actor = (id: string, createdBy = 'p_ana'): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: ['s_1'], createdBy });
const tie = (id: string, source: string, target: string): Tie => ({ id, source, target, kind: 'knowledge', directed: true, strength: 3, tacit: true, createdBy: 'p_bo' });

describe('restoreRemoved', () => {
  it('re-adds the actors and the ties whose ends exist, with the same ids and authors; votes and comments show again', () => {
    const doc = new Y.Doc();
    for (const id of ['a_hw', 'a_1', 'a_2']) addActor(doc, actor(id));
    addTie(doc, tie('t_1', 'a_1', 'a_hw'));
    addTie(doc, tie('t_2', 'a_2', 'a_hw'));
    castVote(doc, 'a_hw', 'p_cy', 'agree');
    postComment(doc, 't_1', 'p_cy', 'Strong tie', { id: 'c_1', at: 1 });
    const before = readMap(doc).map;
    deleteActor(doc, 'a_2');
    deleteActor(doc, 'a_hw');

    // The entry of the Huawei delete: the actor and its two ties; a_2 went in another entry.
    const removed = { actors: [actor('a_hw')], ties: [tie('t_1', 'a_1', 'a_hw'), tie('t_2', 'a_2', 'a_hw')] };
    expect(canRestore(readMap(doc).map, removed)).toBe(true);
    expect(restoreRemoved(doc, removed)).toEqual({ actors: [actor('a_hw')], ties: [tie('t_1', 'a_1', 'a_hw')] });
    const after = readMap(doc).map;
    expect(after.actors.find((a) => a.id === 'a_hw')).toEqual(before.actors.find((a) => a.id === 'a_hw'));
    expect(after.ties).toEqual([before.ties.find((t) => t.id === 't_1')]);
    expect(readDiscussion(doc).votes.a_hw).toEqual({ p_cy: 'agree' });
    expect(readDiscussion(doc).comments.map((c) => c.element)).toEqual(['t_1']);

    // Nothing left to bring back (t_2 waits for a_2), and a second restore changes nothing.
    expect(canRestore(after, removed)).toBe(false);
    const sv = Y.encodeStateVector(doc);
    expect(restoreRemoved(doc, removed)).toEqual({ actors: [], ties: [] });
    expect(Y.encodeStateVector(doc)).toEqual(sv);
  });
});
