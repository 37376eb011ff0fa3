import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Authorship } from '../../../lib/access/authorship';
import { checkChanges, type Writer } from '../../../lib/access/check-changes';
import { restoreRemoved } from '../../../lib/activity/restore';
import type { Actor, Tie } from '../../../lib/map/types';
import { actorsOf, addActor, addTie, deleteActor, tiesOf, updateActor } from '../../../lib/map/ydoc';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { pair, updateOf } from '../sync/update-fixtures';

// Who made an actor or tie is the server's to vouch for (docs/protocol.md P14, lib/access/authorship.ts).

const ana: Writer = { role: 'participant', participant: 'p_ana' };
const bo: Writer = { role: 'participant', participant: 'p_bo' };
const facilitator: Writer = { role: 'facilitator', participant: 'p_fac' };

const huawei: Actor = { id: 'a_hw', label: 'Huawei', type: 'firm', scope: 'external', stages: [], createdBy: 'p_ana' };
const hust: Actor = { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [], createdBy: 'p_ana' };
const tie: Tie = { id: 't_1', source: 'a_hust', target: 'a_hw', kind: 'knowledge', directed: true, strength: 2, tacit: false, createdBy: 'p_ana' };
const unattributed: Actor = { id: 'a_old', label: 'From the template', type: 'firm', scope: 'local', stages: [] };

function base(d: Y.Doc) {
  addActor(d, { ...huawei });
  addActor(d, { ...hust });
  addActor(d, { ...unattributed });
  addTie(d, { ...tie });
}

/** What the server's replica knows: live elements from the replica, deletions from a given record. */
function authorshipOf(replica: Y.Doc, deleted: Record<string, string | null> = {}): Authorship {
  return {
    liveAuthor: (root, id) => {
      const el = replica.getMap(root).get(id);
      if (!(el instanceof Y.Map)) return undefined;
      const by = el.get('createdBy');
      return typeof by === 'string' ? by : null;
    },
    deletedAuthor: (_root, id) => (id in deleted ? deleted[id] : undefined),
  };
}

function verdict(writer: Writer, change: (d: Y.Doc) => void, options: { setup?: (d: Y.Doc) => void; deleted?: Record<string, string | null> } = {}) {
  const { replica, client } = pair((d) => {
    base(d);
    options.setup?.(d);
  });
  const analysis = analyseUpdate(replica, updateOf(client, change));
  if (!analysis.ok) throw new Error(analysis.reason);
  return checkChanges(writer, 'open', analysis.changes, authorshipOf(replica, options.deleted))?.reason ?? 'allowed';
}

describe('createdBy on new actors and ties', () => {
  it('a new actor or tie carries the writer’s own id, or none', () => {
    expect(verdict(bo, (d) => addActor(d, { ...huawei, id: 'a_new', createdBy: 'p_bo' }))).toBe('allowed');
    expect(verdict(bo, (d) => addActor(d, { ...huawei, id: 'a_new', createdBy: undefined }))).toBe('allowed');
    expect(verdict(bo, (d) => addTie(d, { ...tie, id: 't_new', createdBy: 'p_bo' }))).toBe('allowed');
  });

  it('a participant forges createdBy to pass as the author: refused, for actors and ties, even by the facilitator', () => {
    expect(verdict(bo, (d) => addActor(d, { ...huawei, id: 'a_new', createdBy: 'p_ana' }))).toBe('not_yours');
    expect(verdict(bo, (d) => addTie(d, { ...tie, id: 't_new', createdBy: 'p_ana' }))).toBe('not_yours');
    expect(verdict(facilitator, (d) => addActor(d, { ...huawei, id: 'a_new', createdBy: 'p_ana' }))).toBe('not_yours');
    // Not a participant id at all.
    expect(verdict(bo, (d) => actorsOf(d).set('a_new', new Y.Map(Object.entries({ label: 'x', createdBy: 42 }))))).toBe('not_yours');
    const nested = (d: Y.Doc) => {
      const el = new Y.Map<unknown>();
      el.set('createdBy', new Y.Map(Object.entries({ id: 'p_bo' })));
      actorsOf(d).set('a_new', el);
    };
    expect(verdict(bo, nested)).toBe('not_yours');
  });

  it('a second createdBy written in the same update is checked too', () => {
    const twice = (d: Y.Doc) => {
      addActor(d, { ...huawei, id: 'a_new', createdBy: 'p_bo' });
      actorsOf(d).get('a_new')!.set('createdBy', 'p_ana');
    };
    expect(verdict(bo, twice)).toBe('not_yours');
  });
});

describe('createdBy on existing actors and ties', () => {
  it('nobody changes, adds or removes it, not even the facilitator', () => {
    expect(verdict(bo, (d) => updateActor(d, 'a_hw', { createdBy: 'p_bo' }))).toBe('not_yours');
    expect(verdict(facilitator, (d) => updateActor(d, 'a_hw', { createdBy: 'p_fac' }))).toBe('not_yours');
    expect(verdict(bo, (d) => updateActor(d, 'a_old', { createdBy: 'p_bo' }))).toBe('not_yours');
    expect(verdict(ana, (d) => actorsOf(d).get('a_hw')!.delete('createdBy'))).toBe('not_yours');
    expect(verdict(bo, (d) => tiesOf(d).get('t_1')!.set('createdBy', 'p_bo'))).toBe('not_yours');
  });

  it('other fields of someone else’s element stay open to everyone who may edit', () => {
    expect(verdict(bo, (d) => updateActor(d, 'a_hw', { label: 'Huawei Technologies', x: 4 }))).toBe('allowed');
  });

  it('deleting the whole element (its createdBy with it) is allowed', () => {
    expect(verdict(bo, (d) => deleteActor(d, 'a_hw'))).toBe('allowed');
  });

  it('writing a new element over a live one keeps the live one’s author', () => {
    expect(verdict(bo, (d) => addActor(d, { ...huawei, label: 'Taken over', createdBy: 'p_bo' }))).toBe('not_yours');
    expect(verdict(bo, (d) => addActor(d, { ...huawei, label: 'Same author' }))).toBe('allowed');
    expect(verdict(bo, (d) => addActor(d, { ...huawei, createdBy: undefined }))).toBe('not_yours');
  });
});

describe('createdBy of elements that come back (a restore from the feed, an undo)', () => {
  const gone = (d: Y.Doc) => deleteActor(d, 'a_hw');
  const record = { a_hw: 'p_ana', t_1: 'p_ana' };

  it('someone else’s deleted element comes back with its original author when the record says it was deleted', () => {
    const removed = { actors: [huawei], ties: [tie] };
    expect(verdict(bo, (d) => restoreRemoved(d, removed), { setup: gone, deleted: record })).toBe('allowed');
  });

  it('without a deletion on record, the same write is a forgery', () => {
    const removed = { actors: [huawei], ties: [tie] };
    expect(verdict(bo, (d) => restoreRemoved(d, removed), { setup: gone })).toBe('not_yours');
  });

  it('a deleted element never comes back under another name, the restorer’s own included', () => {
    expect(verdict(bo, (d) => addActor(d, { ...huawei, createdBy: 'p_bo' }), { setup: gone, deleted: record })).toBe('not_yours');
    expect(verdict(bo, (d) => addActor(d, { ...huawei, createdBy: 'p_cy' }), { setup: gone, deleted: record })).toBe('not_yours');
    expect(verdict(bo, (d) => addActor(d, { ...huawei, createdBy: undefined }), { setup: gone, deleted: record })).toBe('not_yours');
    // An element that had no author comes back with none.
    const oldGone = (d: Y.Doc) => deleteActor(d, 'a_old');
    expect(verdict(bo, (d) => addActor(d, { ...unattributed }), { setup: oldGone, deleted: { a_old: null } })).toBe('allowed');
    expect(verdict(bo, (d) => addActor(d, { ...unattributed, createdBy: 'p_bo' }), { setup: oldGone, deleted: { a_old: null } })).toBe('not_yours');
  });

  it('the deleter’s undo brings someone else’s element back, as it was', () => {
    const { replica, client } = pair(base);
    const undo = new Y.UndoManager([actorsOf(client), tiesOf(client)], { trackedOrigins: new Set(['bo']) });
    Y.applyUpdate(replica, updateOf(client, (d) => deleteActor(d, 'a_hw', 'bo')));
    const analysis = analyseUpdate(replica, updateOf(client, () => undo.undo()));
    if (!analysis.ok) throw new Error(analysis.reason);
    expect(checkChanges(bo, 'open', analysis.changes, authorshipOf(replica, record))).toBeNull();
    expect(checkChanges(bo, 'open', analysis.changes, authorshipOf(replica))?.reason).toBe('not_yours');
  });
});
