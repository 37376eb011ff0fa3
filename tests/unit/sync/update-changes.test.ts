import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, commentsOf, postComment } from '../../../lib/map/discussion';
import { addActor, metaOf, updateActor, updateMeta } from '../../../lib/map/ydoc';
import type { Actor } from '../../../lib/map/types';
import { analyseUpdate, type DocChange } from '../../../lib/sync/update-changes';
import { deleteSetUpdate, pair, updateOf } from './update-fixtures';

// docs/protocol.md P14: what an update would change, read against a replica without applying it.

/** The paths an analysis names, as `op path/…`, deduplicated and sorted. */
function touched(replica: Y.Doc, update: Uint8Array): string[] {
  const analysis = analyseUpdate(replica, update);
  if (!analysis.ok) throw new Error(analysis.reason);
  return [...new Set(analysis.changes.toArray().map((c: DocChange) => `${c.op} ${c.path.join('/')}`))].sort();
}

const actor: Actor = { id: 'a_1', label: 'Firm', type: 'firm', scope: 'local', stages: [] };

describe('P14: analyseUpdate', () => {
  it('names new entries by root and key, down to a field of an element', () => {
    const { replica, client } = pair((d) => addActor(d, { ...actor }));
    expect(touched(replica, updateOf(client, (d) => updateMeta(d, { phase: 'review' })))).toEqual(['set meta/phase']);
    const other = pair((d) => addActor(d, { ...actor }));
    expect(touched(other.replica, updateOf(other.client, (d) => addActor(d, { ...actor, id: 'a_2' })))).toEqual([
      'set actors/a_2',
      'set actors/a_2/label',
      'set actors/a_2/scope',
      'set actors/a_2/stages',
      'set actors/a_2/type',
    ]);
    const fresh = pair((d) => addActor(d, { ...actor }));
    expect(touched(fresh.replica, updateOf(fresh.client, (d) => updateActor(d, 'a_1', { label: 'Renamed' })))).toEqual([
      'delete actors/a_1/label',
      'set actors/a_1/label',
    ]);
  });

  it('follows an overwrite, which names no parent, through its origin', () => {
    const { replica, client } = pair((d) => updateMeta(d, { title: 'T', phase: 'map_actors' }));
    const update = updateOf(client, (d) => updateMeta(d, { phase: 'agree' }));
    const item = Y.decodeUpdate(update).structs.find((s) => s instanceof Y.Item) as Y.Item;
    expect(item.parent).toBeNull();
    const analysis = analyseUpdate(replica, update);
    expect(analysis.ok && analysis.changes.toArray().find((c) => c.op === 'set')).toMatchObject({ path: ['meta', 'phase'], value: 'agree', replaces: true, previous: 'map_actors' });
  });

  it('says which value a write replaces, so ownership can be checked against it', () => {
    const { replica, client } = pair((d) => postComment(d, 'a_1', 'p_ana', 'mine', { id: 'c_1', at: 1 }));
    const update = updateOf(client, (d) => commentsOf(d).set('c_1', { id: 'c_1', element: 'a_1', author: 'p_bo', text: 'now mine', at: 2 }));
    const analysis = analyseUpdate(replica, update);
    expect(analysis.ok && analysis.changes.toArray().find((c) => c.op === 'set')).toMatchObject({
      path: ['comments', 'c_1'],
      value: { author: 'p_bo' },
      replaces: true,
      previous: { author: 'p_ana', text: 'mine' },
    });
  });

  it('finds writes inside a nested type, also one created in the same update', () => {
    const { replica, client } = pair((d) => metaOf(d).set('weights', new Y.Map<number>()));
    expect(touched(replica, updateOf(client, (d) => (metaOf(d).get('weights') as Y.Map<number>).set('I1', 2)))).toEqual(['set meta/weights/I1']);
    const fresh = pair();
    const both = updateOf(fresh.client, (d) => {
      const w = new Y.Map<number>();
      metaOf(d).set('weights', w);
      w.set('I2', 1);
    });
    expect(touched(fresh.replica, both)).toEqual(['set meta/weights', 'set meta/weights/I2']);
  });

  it('counts deletions of what the replica holds, not of what it already deleted', () => {
    const setup = (d: Y.Doc) => {
      castVote(d, 'a_1', 'p_ana', 'agree');
      updateMeta(d, { cluster: 'C' });
    };
    const one = pair(setup);
    expect(touched(one.replica, updateOf(one.client, (d) => castVote(d, 'a_1', 'p_ana', null)))).toEqual(['delete votes/a_1:p_ana']);
    // A full step 2 carries the sender's whole delete set: deletions the replica has are no change.
    const two = pair(setup);
    updateMeta(two.client, { cluster: 'D' });
    Y.applyUpdate(two.replica, Y.encodeStateAsUpdate(two.client, Y.encodeStateVector(two.replica)));
    expect(touched(two.replica, Y.encodeStateAsUpdate(two.client))).toEqual([]);
  });

  it('reports nothing for what the replica already holds, and never changes the replica', () => {
    const { replica, client } = pair();
    const update = updateOf(client, (d) => updateMeta(d, { timer: { endsAt: 1 } }));
    const before = Y.encodeStateAsUpdate(replica);
    expect(touched(replica, update)).toEqual(['set meta/timer']);
    expect(Y.encodeStateAsUpdate(replica)).toEqual(before);
    Y.applyUpdate(replica, update);
    expect(analyseUpdate(replica, update)).toMatchObject({ ok: true, changes: { size: 0 }, writers: [] });
  });

  it('names the client ids an update writes under', () => {
    const { replica, client } = pair();
    const analysis = analyseUpdate(replica, updateOf(client, (d) => addActor(d, { ...actor })));
    expect(analysis.ok && analysis.writers).toEqual([client.clientID]);
  });

  it('is incomplete when it skips clocks the replica does not have', () => {
    const { replica, client } = pair();
    updateOf(client, (d) => addActor(d, { ...actor })); // never sent
    const second = updateOf(client, (d) => updateActor(d, 'a_1', { label: 'Later' }));
    expect(analyseUpdate(replica, second)).toMatchObject({ ok: false, code: 'incomplete' });
  });

  it('is incomplete when it builds on an item of another client the replica lacks', () => {
    const { replica } = pair();
    const a = new Y.Doc();
    addActor(a, { ...actor });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const onTop = updateOf(b, (d) => updateActor(d, 'a_1', { label: 'On top' }));
    expect(analyseUpdate(replica, onTop)).toMatchObject({ ok: false, code: 'incomplete' });
  });

  it('is incomplete when its delete set covers clocks the replica does not have (a future lock)', () => {
    const { replica } = pair((d) => updateMeta(d, { editing: 'open' }));
    const facilitator = replica.clientID;
    const future = Y.getState(replica.store, facilitator);
    expect(analyseUpdate(replica, deleteSetUpdate([[facilitator, future, 64]]))).toMatchObject({ ok: false, code: 'incomplete' });
    // The same range reaching back into known clocks is still refused as a whole.
    expect(analyseUpdate(replica, deleteSetUpdate([[facilitator, 0, future + 1]]))).toMatchObject({ ok: false, code: 'incomplete' });
    expect(analyseUpdate(replica, deleteSetUpdate([[424242, 0, 1]]))).toMatchObject({ ok: false, code: 'incomplete' });
  });

  it('throws on an update it cannot decode', () => {
    expect(() => analyseUpdate(new Y.Doc(), new Uint8Array([200, 1, 2]))).toThrow();
  });

  it('handles a long chain of items in one update without recursion limits', () => {
    const { replica, client } = pair();
    const update = updateOf(client, (d) =>
      d.transact(() => {
        for (let i = 0; i < 20_000; i++) metaOf(d).set('cluster', `name ${i}`);
      }),
    );
    const analysis = analyseUpdate(replica, update);
    expect(analysis.ok && analysis.changes.toArray().filter((c) => c.op === 'set').every((c) => c.path.join('/') === 'meta/cluster')).toBe(true);
  });
});
