import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, metaOf, updateMeta } from '../../../lib/map/ydoc';
import { restrictedMetaKeysTouched } from '../../../server/rooms/meta-guard';

// P13: the detector reads an update against a replica without applying it.

/** A replica and a client that starts from the replica's state, as after a sync. */
function pair(setup?: (doc: Y.Doc) => void) {
  const replica = new Y.Doc();
  if (setup) replica.transact(() => setup(replica));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(replica));
  return { replica, client };
}

/** What `change` on the client sends: its update since the shared state. */
function updateOf(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

const actor = { id: 'a_1', label: 'Firm', type: 'firm', scope: 'local', stages: [] } as const;

describe('P13: restrictedMetaKeysTouched', () => {
  it('finds a new facilitator-only key and ignores ordinary edits and free meta keys', () => {
    const { replica, client } = pair((d) => updateMeta(d, { title: 'T' }));
    expect(restrictedMetaKeysTouched(replica, updateOf(client, (d) => addActor(d, { ...actor, stages: [] })))).toEqual([]);
    expect(restrictedMetaKeysTouched(replica, updateOf(client, (d) => updateMeta(d, { cluster: 'Optics', region: 'Hubei' })))).toEqual([]);
    expect(restrictedMetaKeysTouched(replica, updateOf(client, (d) => updateMeta(d, { phase: 'review' })))).toEqual(['phase']);
  });

  it('finds an overwrite of an existing key (encoded with an origin, not a parent name)', () => {
    const { replica, client } = pair((d) => updateMeta(d, { title: 'T', phase: 'map_actors', locked: true }));
    const update = updateOf(client, (d) => updateMeta(d, { phase: 'agree' }));
    // The overwrite really is parentless in the decoded form: the detector has to follow the origin.
    const item = Y.decodeUpdate(update).structs.find((s) => s instanceof Y.Item) as Y.Item;
    expect(item.parent).toBeNull();
    expect(restrictedMetaKeysTouched(replica, update)).toEqual(['phase']);
    const other = pair((d) => updateMeta(d, { title: 'T', phase: 'map_actors', locked: true }));
    const unlock = updateOf(other.client, (d) => updateMeta(d, { locked: false, title: 'Mine' }));
    expect(restrictedMetaKeysTouched(other.replica, unlock)).toEqual(['locked', 'title']);
  });

  it('finds deletions of facilitator-only keys, and not deletions the replica already has', () => {
    const setup = (d: Y.Doc) => updateMeta(d, { title: 'T', locked: true, cluster: 'C' });
    // A fresh client each time: an update by state vector carries the sender's whole delete set.
    const one = pair(setup);
    expect(restrictedMetaKeysTouched(one.replica, updateOf(one.client, (d) => metaOf(d).delete('locked')))).toEqual(['locked']);
    const two = pair(setup);
    expect(restrictedMetaKeysTouched(two.replica, updateOf(two.client, (d) => metaOf(d).delete('cluster')))).toEqual([]);
    const { replica } = pair(setup);

    // The facilitator overwrites the title; the replica has it. A participant's later full step 2 carries
    // its whole delete set, including that overwritten title: not a change, so not counted.
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(replica));
    Y.applyUpdate(replica, updateOf(facilitator, (d) => updateMeta(d, { title: 'New' })));
    const participant = new Y.Doc();
    Y.applyUpdate(participant, Y.encodeStateAsUpdate(replica));
    addActor(participant, { ...actor, stages: [] });
    expect(restrictedMetaKeysTouched(replica, Y.encodeStateAsUpdate(participant, Y.encodeStateVector(replica)))).toEqual([]);
    expect(restrictedMetaKeysTouched(replica, Y.encodeStateAsUpdate(participant))).toEqual([]);
  });

  it('finds writes inside a nested type under a facilitator-only key (weights as a Y.Map)', () => {
    const { replica, client } = pair((d) => metaOf(d).set('weights', new Y.Map<number>()));
    const update = updateOf(client, (d) => (metaOf(d).get('weights') as Y.Map<number>).set('alpha', 2));
    expect(restrictedMetaKeysTouched(replica, update)).toEqual(['weights']);
    // Created and filled in one update: the inner entries point at the new map inside the same update.
    const fresh = pair();
    const both = updateOf(fresh.client, (d) => {
      const w = new Y.Map<number>();
      metaOf(d).set('weights', w);
      w.set('beta', 1);
    });
    expect(restrictedMetaKeysTouched(fresh.replica, both)).toEqual(['weights']);
  });

  it('does not count what the replica already holds, and does not change the replica', () => {
    const { replica, client } = pair();
    const update = updateOf(client, (d) => updateMeta(d, { timer: { endsAt: 1 } }));
    expect(restrictedMetaKeysTouched(replica, update)).toEqual(['timer']);
    expect(metaOf(replica).has('timer')).toBe(false);
    Y.applyUpdate(replica, update);
    expect(restrictedMetaKeysTouched(replica, update)).toEqual([]);
  });

  it('throws on an update it cannot decode', () => {
    expect(() => restrictedMetaKeysTouched(new Y.Doc(), new Uint8Array([200, 1, 2]))).toThrow();
  });
});
