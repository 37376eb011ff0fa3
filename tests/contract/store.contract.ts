import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ROLES, type Role, type Store, type WorkshopRecord } from '../../server/store/store';
import { activityContract } from './activity.contract';
import { checkpointContract } from './checkpoint.contract';
import { identityContract } from './identity.contract';
import { roundsContract } from './rounds.contract';

// The behaviour every Store implementation must show (docs/architecture.md, persistence; docs/protocol.md
// P11). Run it with storeContract('SqliteStore', async () => ({ store, cleanup })) from the implementation's
// own test file.
// `makeStore` may be called more than once per test and must then return stores over the SAME data, so the
// close + reopen tests can see what the first store wrote; `cleanup` removes that data.

export interface StoreFixture {
  store: Store;
  cleanup(): Promise<void>;
}

let counter = 0;
export function workshopRecord(overrides: Partial<WorkshopRecord> = {}): WorkshopRecord {
  counter += 1;
  const keyHashes = Object.fromEntries(ROLES.map((r) => [r, `${r}-hash-${counter}`.padEnd(64, '0')])) as Record<Role, string>;
  return {
    id: `w_contract${counter}`,
    title: `Workshop ${counter}`,
    keyHashes,
    createdAt: 1_700_000_000_000 + counter,
    lastActiveAt: 1_700_000_000_000 + counter,
    ...overrides,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);
/** A Y.Doc from a snapshot and log entries, as a room does on first join. */
function docFrom(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Records every update a doc emits, one per transaction, like a room feeding the log. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

export function storeContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`Store contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;
    const extraStores: Store[] = [];

    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });

    afterEach(async () => {
      for (const s of extraStores.splice(0)) await s.close().catch(() => {});
      await store.close().catch(() => {});
      await fixture.cleanup();
    });

    async function reopen(): Promise<Store> {
      await store.close();
      const again = await makeStore();
      extraStores.push(again.store);
      return again.store;
    }

    describe('workshop records', () => {
      it('creates and reads back a record with every field', async () => {
        const record = workshopRecord({ cluster: 'Optics Valley' });
        await store.createWorkshop(record);
        expect(await store.getWorkshop(record.id)).toEqual(record);
      });

      it('keeps an absent cluster absent', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        const read = await store.getWorkshop(record.id);
        expect(read).not.toBeNull();
        expect('cluster' in read!).toBe(false);
      });

      it('returns null for an unknown workshop', async () => {
        expect(await store.getWorkshop('w_nope')).toBeNull();
      });

      it('refuses a second workshop with the same id and keeps the first', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await expect(store.createWorkshop({ ...record, title: 'Impostor' })).rejects.toThrow(/already exists/);
        expect((await store.getWorkshop(record.id))?.title).toBe(record.title);
      });

      it('lists every workshop', async () => {
        const a = workshopRecord();
        const b = workshopRecord();
        await store.createWorkshop(a);
        await store.createWorkshop(b);
        const ids = (await store.listWorkshops()).map((w) => w.id);
        expect(ids).toHaveLength(2);
        expect(new Set(ids)).toEqual(new Set([a.id, b.id]));
      });

      it('updates title, cluster and last activity and nothing else', async () => {
        const record = workshopRecord({ cluster: 'Old' });
        await store.createWorkshop(record);
        await store.updateWorkshop(record.id, { title: 'Renamed', lastActiveAt: record.lastActiveAt + 5000 });
        expect(await store.getWorkshop(record.id)).toEqual({
          ...record,
          title: 'Renamed',
          lastActiveAt: record.lastActiveAt + 5000,
        });
        await store.updateWorkshop(record.id, { cluster: 'New' });
        expect((await store.getWorkshop(record.id))?.cluster).toBe('New');
        expect((await store.getWorkshop(record.id))?.keyHashes).toEqual(record.keyHashes);
      });

      it('replaces all key hashes at once (key rotation)', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        const keyHashes = { facilitator: 'a'.repeat(64), participant: 'b'.repeat(64), observer: 'c'.repeat(64) };
        await store.updateWorkshop(record.id, { keyHashes });
        expect(await store.getWorkshop(record.id)).toEqual({ ...record, keyHashes });
        await expect(
          store.updateWorkshop(record.id, { keyHashes: { facilitator: 'd'.repeat(64) } as typeof keyHashes }),
        ).rejects.toThrow();
        expect((await store.getWorkshop(record.id))?.keyHashes).toEqual(keyHashes);
      });

      it('rejects an update of an unknown workshop', async () => {
        await expect(store.updateWorkshop('w_nope', { title: 'x' })).rejects.toThrow();
      });

      it('deletes a workshop with its log, snapshot and checkpoints', async () => {
        const record = workshopRecord();
        const other = workshopRecord();
        await store.createWorkshop(record);
        await store.createWorkshop(other);
        await store.appendUpdates(record.id, [bytes(1), bytes(2)]);
        await store.compact(record.id, bytes(9), 1);
        await store.saveCheckpoint({ id: 'c1', workshopId: record.id, name: 'before', kind: 'manual', createdAt: 1 }, bytes(7));
        await store.appendUpdate(other.id, bytes(3));
        await store.deleteWorkshop(record.id);
        expect(await store.getWorkshop(record.id)).toBeNull();
        expect(await store.loadDocument(record.id)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
        expect(await store.listCheckpoints(record.id)).toEqual([]);
        expect((await store.listWorkshops()).map((w) => w.id)).toEqual([other.id]);
        expect((await store.loadDocument(other.id)).updates).toEqual([bytes(3)]);
      });
    });

    describe('update log', () => {
      it('loads an empty document for a workshop with no updates', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        expect(await store.loadDocument(record.id)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
        expect(await store.logLength(record.id)).toBe(0);
      });

      it('refuses to append to an unknown workshop', async () => {
        await expect(store.appendUpdate('w_nope', bytes(1))).rejects.toThrow(/unknown workshop/);
      });

      it('returns updates in append order with byte-exact contents', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        const sent = [bytes(5, 4, 3), bytes(0), bytes(255, 0, 255), bytes(1, 2)];
        for (const u of sent) await store.appendUpdate(record.id, u);
        const loaded = await store.loadDocument(record.id);
        expect(loaded.updates).toEqual(sent);
        expect(loaded.lastSeq).toBe(4);
        expect(await store.logLength(record.id)).toBe(4);
        for (const u of loaded.updates) expect(u).toBeInstanceOf(Uint8Array);
      });

      it('stores a view on a larger buffer as just its own bytes', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        const big = bytes(10, 11, 12, 13, 14, 15);
        await store.appendUpdate(record.id, big.subarray(2, 4));
        expect((await store.loadDocument(record.id)).updates).toEqual([bytes(12, 13)]);
      });

      it('numbers entries 1, 2, 3… per workshop, independently across workshops', async () => {
        const a = workshopRecord();
        const b = workshopRecord();
        await store.createWorkshop(a);
        await store.createWorkshop(b);
        expect(await store.appendUpdate(a.id, bytes(1))).toBe(1);
        expect(await store.appendUpdate(a.id, bytes(2))).toBe(2);
        expect(await store.appendUpdate(b.id, bytes(3))).toBe(1);
        expect(await store.appendUpdates(a.id, [bytes(4), bytes(5)])).toBe(4);
        expect(await store.appendUpdate(b.id, bytes(6))).toBe(2);
        expect((await store.loadDocument(a.id)).updates).toEqual([bytes(1), bytes(2), bytes(4), bytes(5)]);
        expect((await store.loadDocument(b.id)).updates).toEqual([bytes(3), bytes(6)]);
      });

      it('keeps numbering past a compaction that emptied the log', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await store.appendUpdates(record.id, [bytes(1), bytes(2), bytes(3)]);
        await store.compact(record.id, bytes(42), 3);
        expect((await store.loadDocument(record.id)).lastSeq).toBe(3);
        expect(await store.appendUpdate(record.id, bytes(4))).toBe(4);
      });

      it('appendUpdates is all or nothing', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await store.appendUpdate(record.id, bytes(1));
        // The third entry is not bytes: the whole batch must fail and leave the log as it was.
        const batch = [bytes(2), bytes(3), 'not bytes' as unknown as Uint8Array, bytes(4)];
        await expect(store.appendUpdates(record.id, batch)).rejects.toThrow();
        const loaded = await store.loadDocument(record.id);
        expect(loaded.updates).toEqual([bytes(1)]);
        expect(loaded.lastSeq).toBe(1);
        expect(await store.appendUpdate(record.id, bytes(5))).toBe(2);
      });

      it('appendUpdates of nothing changes nothing and returns the last seq', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await store.appendUpdates(record.id, [bytes(1), bytes(2)]);
        expect(await store.appendUpdates(record.id, [])).toBe(2);
        expect(await store.logLength(record.id)).toBe(2);
      });

      it('keeps call order for appends made without awaiting each other', async () => {
        const a = workshopRecord();
        const b = workshopRecord();
        await store.createWorkshop(a);
        await store.createWorkshop(b);
        const calls: Promise<number>[] = [];
        for (let i = 0; i < 200; i++) {
          calls.push(store.appendUpdate(i % 3 === 0 ? b.id : a.id, bytes(i % 256, i >> 8)));
        }
        const seqs = await Promise.all(calls);
        const expectA: Uint8Array[] = [];
        const expectB: Uint8Array[] = [];
        let nextA = 0;
        let nextB = 0;
        seqs.forEach((seq, i) => {
          if (i % 3 === 0) {
            expect(seq).toBe(++nextB);
            expectB.push(bytes(i % 256, i >> 8));
          } else {
            expect(seq).toBe(++nextA);
            expectA.push(bytes(i % 256, i >> 8));
          }
        });
        expect((await store.loadDocument(a.id)).updates).toEqual(expectA);
        expect((await store.loadDocument(b.id)).updates).toEqual(expectB);
      });

      it('round-trips a 1 MB update byte for byte', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        const big = new Uint8Array(1024 * 1024);
        for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
        await store.appendUpdate(record.id, big);
        const [loaded] = (await store.loadDocument(record.id)).updates;
        expect(loaded.byteLength).toBe(big.byteLength);
        expect(Buffer.compare(Buffer.from(loaded), Buffer.from(big))).toBe(0);
      });
    });

    describe('compaction', () => {
      it('replaces the entries through throughSeq and keeps those after it', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await store.appendUpdates(record.id, [bytes(1), bytes(2), bytes(3), bytes(4), bytes(5)]);
        await store.compact(record.id, bytes(12, 3), 3);
        const loaded = await store.loadDocument(record.id);
        expect(loaded.snapshot).toEqual(bytes(12, 3));
        expect(loaded.updates).toEqual([bytes(4), bytes(5)]);
        expect(loaded.lastSeq).toBe(5);
        expect(await store.logLength(record.id)).toBe(2);
      });

      it('refuses to compact past the end of the log, or behind the current snapshot', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await store.appendUpdates(record.id, [bytes(1), bytes(2), bytes(3)]);
        await expect(store.compact(record.id, bytes(0), 4)).rejects.toThrow();
        await store.compact(record.id, bytes(9), 2);
        await expect(store.compact(record.id, bytes(0), 1)).rejects.toThrow();
        const loaded = await store.loadDocument(record.id);
        expect(loaded.snapshot).toEqual(bytes(9));
        expect(loaded.updates).toEqual([bytes(3)]);
      });

      it('snapshot + remaining log reproduces the document, through several compactions', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        const source = new Y.Doc();
        const emitted = recordUpdates(source);
        const actors = source.getMap<Y.Map<unknown>>('actors');
        let persisted = 0;
        const flush = async () => {
          const fresh = emitted.slice(persisted);
          persisted = emitted.length;
          return fresh.length ? store.appendUpdates(record.id, fresh) : (await store.loadDocument(record.id)).lastSeq;
        };

        for (let round = 0; round < 3; round++) {
          for (let i = 0; i < 10; i++) {
            source.transact(() => {
              const actor = new Y.Map<unknown>();
              actor.set('label', `Actor ${round}-${i}`);
              actor.set('influence', i);
              actors.set(`a_${round}_${i}`, actor);
            });
          }
          actors.get(`a_${round}_0`)!.set('label', `Renamed ${round}`);
          actors.delete(`a_${round}_1`);
          const through = await flush();
          // The room compacts what it has persisted so far, then more edits arrive before the next load.
          const replica = docFrom(await store.loadDocument(record.id));
          await store.compact(record.id, Y.encodeStateAsUpdate(replica), through);
          source.getMap('meta').set('title', `After compaction ${round}`);
          await flush();
        }

        const loaded = await store.loadDocument(record.id);
        expect(loaded.snapshot).not.toBeNull();
        expect(loaded.updates.length).toBe(1);
        const restored = docFrom(loaded);
        expect(restored.getMap('actors').toJSON()).toEqual(source.getMap('actors').toJSON());
        expect(restored.getMap('meta').toJSON()).toEqual({ title: 'After compaction 2' });
        expect(Y.encodeStateVector(restored)).toEqual(Y.encodeStateVector(source));
      });
    });

    checkpointContract({ store: () => store, workshop: () => workshopRecord() });
    identityContract({ store: () => store, workshop: () => workshopRecord() });
    activityContract({ store: () => store, reopen, workshop: () => workshopRecord() });
    roundsContract({ store: () => store, reopen, workshop: () => workshopRecord() });
    describe('lifecycle', () => {
      it('keeps records, log, snapshot and checkpoints across close and reopen', async () => {
        const record = workshopRecord({ cluster: 'Kept' });
        await store.createWorkshop(record);
        const doc = new Y.Doc();
        const emitted = recordUpdates(doc);
        doc.getMap('meta').set('title', 'Persisted');
        doc.getMap('actors').set('a_1', new Y.Map());
        await store.appendUpdates(record.id, emitted.splice(0));
        await store.compact(record.id, Y.encodeStateAsUpdate(doc), 2);
        doc.getMap('meta').set('region', 'Hubei');
        await store.appendUpdate(record.id, emitted[0]);
        await store.saveCheckpoint({ id: 'c', workshopId: record.id, name: 'n', kind: 'manual', createdAt: 3 }, bytes(3));
        await store.saveParticipant({ workshopId: record.id, id: 'p_kept', secretHash: 'h', name: 'Kept', color: '#1d4ed8', createdAt: 1, lastSeenAt: 1 });
        await store.bindClients(record.id, [{ clientId: 9, participantId: 'p_kept' }]);

        const again = await reopen();
        expect((await again.findParticipant(record.id, 'h'))?.id).toBe('p_kept');
        expect(await again.loadClientBindings(record.id)).toEqual(new Map([[9, 'p_kept']]));
        expect(await again.getWorkshop(record.id)).toEqual(record);
        const loaded = await again.loadDocument(record.id);
        expect(loaded.lastSeq).toBe(3);
        expect(docFrom(loaded).getMap('meta').toJSON()).toEqual({ title: 'Persisted', region: 'Hubei' });
        expect(await again.listCheckpoints(record.id)).toHaveLength(1);
        expect(await again.appendUpdate(record.id, bytes(0))).toBe(4);
      });

      it('rejects every call after close, and close twice is harmless', async () => {
        const record = workshopRecord();
        await store.createWorkshop(record);
        await store.close();
        await store.close();
        const calls: Array<() => Promise<unknown>> = [
          () => store.createWorkshop(workshopRecord()),
          () => store.getWorkshop(record.id),
          () => store.listWorkshops(),
          () => store.updateWorkshop(record.id, { title: 'x' }),
          () => store.deleteWorkshop(record.id),
          () => store.appendUpdate(record.id, bytes(1)),
          () => store.appendUpdates(record.id, [bytes(1)]),
          () => store.loadDocument(record.id),
          () => store.logLength(record.id),
          () => store.compact(record.id, bytes(1), 0),
          () => store.saveCheckpoint({ id: 'c', workshopId: record.id, name: 'n', kind: 'manual', createdAt: 1 }, bytes(1)),
          () => store.listCheckpoints(record.id),
          () => store.getCheckpoint(record.id, 'c'),
          () => store.findParticipant(record.id, 'h'),
          () => store.saveParticipant({ workshopId: record.id, id: 'p', secretHash: 'h', name: 'n', color: '#1d4ed8', createdAt: 1, lastSeenAt: 1 }),
          () => store.listParticipants(record.id),
          () => store.loadClientBindings(record.id),
          () => store.bindClients(record.id, [{ clientId: 1, participantId: 'p' }]),
        ];
        for (const call of calls) await expect(call()).rejects.toThrow(/closed/);
      });
    });
  });
}
