import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, editingModeOf, readMap, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { Room } from '../../../server/rooms/room';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

// Group commit (docs/protocol.md P5): the writes that reach a room together are checked one at a time,
// stored in one SQLite transaction, and applied and acknowledged only once that transaction is durable.
// The store is the real one; the tests only count its transactions.

const facilitator = { role: 'facilitator', participant: 'p_fac' } as const;
const participant = { role: 'participant', participant: 'p_ana' } as const;

/** A client of the room's current state: what it writes next builds on everything the room holds. */
function clientOf(room: Room): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  return doc;
}

/** What `change` on `doc` makes, as one update. */
function changeOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('P5: group commit', () => {
  let dir: string;
  let store: SqliteStore;
  let workshopId: string;
  let transactions: number[];
  const rooms: Room[] = [];
  const open = async () => {
    const room = await Room.load(workshopId, store, { compactionThreshold: 500, broadcast: () => undefined });
    rooms.push(room);
    return room;
  };

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-group-commit-'));
    store = new SqliteStore(dir);
    workshopId = (await new WorkshopService(store).create({ title: 'Group commit' })).record.id;
    transactions = [];
    const append = store.appendUpdates.bind(store);
    store.appendUpdates = (id, updates) => {
      transactions.push(updates.length);
      return append(id, updates);
    };
  });
  afterEach(async () => {
    for (const room of rooms.splice(0)) room.destroy();
    await store.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores writes that arrive together in one transaction, and acknowledges each only after it', async () => {
    const room = await open();
    const logBefore = (await store.loadDocument(workshopId)).updates.length;
    const writes = Array.from({ length: 30 }, (_, i) => {
      const doc = clientOf(room);
      return changeOf(doc, (d) => addActor(d, { id: `a_${i}`, label: `Firm ${i}`, type: 'firm', scope: 'local', stages: [] }));
    });
    const acked: number[] = [];
    const results = await Promise.all(
      writes.map((u, i) =>
        room.write(u, { connectionId: `c${i}` }, null).then((r) => {
          // Acknowledged means stored: the log already holds every write of its batch.
          acked.push(i);
          return r;
        }),
      ),
    );
    expect(results.every((r) => r === 'applied')).toBe(true);
    expect(acked).toEqual([...acked].sort((a, b) => a - b));
    expect(transactions.reduce((a, b) => a + b, 0)).toBe(30);
    expect(transactions.length).toBeLessThan(5);
    expect(readMap(room.doc).map.actors).toHaveLength(30);
    expect((await store.loadDocument(workshopId)).updates.length).toBe(logBefore + 30);
    // What was acknowledged is what a reload serves.
    const again = await open();
    expect(readMap(again.doc).map.actors).toHaveLength(30);
  });

  it('a write that builds on one waiting in the same batch is checked against it, not refused as incomplete', async () => {
    const room = await open();
    const ana = clientOf(room);
    const first = changeOf(ana, (d) => addActor(d, { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [] }));
    const second = changeOf(ana, (d) => updateActor(d, 'a_hust', { label: 'Huazhong University of Science and Technology' }));
    const results = await Promise.all([room.write(first, { connectionId: 'ana' }, participant), room.write(second, { connectionId: 'ana' }, participant)]);
    expect(results).toEqual(['applied', 'applied']);
    expect(readMap(room.doc).map.actors[0].label).toBe('Huazhong University of Science and Technology');
  });

  it('P14: a pause staged in a batch is in force for the writes after it in the same batch', async () => {
    const room = await open();
    const lock = changeOf(clientOf(room), (d) => updateMeta(d, { editing: 'paused' }));
    const edit = changeOf(clientOf(room), (d) => addActor(d, { id: 'a_late', label: 'Too late', type: 'firm', scope: 'local', stages: [] }));
    const [locked, edited] = await Promise.allSettled([room.write(lock, { connectionId: 'fac' }, facilitator), room.write(edit, { connectionId: 'ana' }, participant)]);
    expect(locked).toMatchObject({ status: 'fulfilled', value: 'applied' });
    expect(edited).toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
    expect(editingModeOf(room.doc)).toBe('paused');
    expect(readMap(room.doc).map.actors).toEqual([]);
  });

  it('when the batch cannot be stored, every write in it is refused as internal and the replica is unchanged', async () => {
    const room = await open();
    const before = Y.encodeStateVector(room.doc);
    store.appendUpdates = () => Promise.reject(new Error('disk full'));
    const error = console.error;
    console.error = () => undefined;
    try {
      const writes = [0, 1, 2].map((i) => changeOf(clientOf(room), (d) => addActor(d, { id: `a_${i}`, label: `Firm ${i}`, type: 'firm', scope: 'local', stages: [] })));
      const results = await Promise.allSettled(writes.map((u, i) => room.write(u, { connectionId: `c${i}` }, null)));
      expect(results.map((r) => r.status === 'rejected' && (r.reason as { code: string }).code)).toEqual(['internal', 'internal', 'internal']);
    } finally {
      console.error = error;
    }
    expect(Y.encodeStateVector(room.doc)).toEqual(before);
  });
});
