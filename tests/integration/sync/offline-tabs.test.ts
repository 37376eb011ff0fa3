import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { randomToken } from '../../../lib/map/ids';
import { addActor, readMap } from '../../../lib/map/ydoc';
import { MemoryStorage, PendingStore, pendingKey } from '../../../lib/sync/pending';
import { startSyncServer, waitFor, type TestSyncServer } from '../helpers/sync-server';

// docs/architecture.md "Wi-Fi that drops": two tabs of one workshop in one browser share the storage but
// each keeps its own queue, so one tab's acks never drop the other's unsent edits; a closed tab's queue is
// taken over by the next tab that starts (docs/protocol.md P17).

const actor = (id: string, label: string) => ({ id, label, type: 'firm' as const, scope: 'local' as const, stages: [] });
const labels = (doc: Y.Doc) => Object.fromEntries(readMap(doc).map.actors.map((a) => [a.id, a.label]));

describe('sync: two tabs of one workshop keep their own queues (P17)', () => {
  let server: TestSyncServer;
  beforeAll(async () => {
    server = await startSyncServer();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it("P17: one tab's acks never drop the other tab's unsent edits, and a closed tab's queue is taken over by the next tab", async () => {
    const ws = await server.createWorkshop('Two tabs');
    // One browser: one storage and one secret, two tabs.
    const storage = new MemoryStorage();
    const secret = randomToken(43);
    const tab = (id: string, adopt: string[] = [], autoConnect = true) =>
      server.client(ws, 'participant', { doc: new Y.Doc(), secret, autoConnect, store: new PendingStore(storage, ws.id, { tab: id, adopt }) });

    const a = tab('tab_a');
    const b = tab('tab_b');
    await a.whenSynced();
    await b.whenSynced();
    // Tab B loses its connection and edits; tab A edits online and is acknowledged.
    b.disconnect();
    await waitFor(() => b.status === 'offline', 'B offline');
    addActor(b.doc, actor('a_b1', 'YOFC'));
    addActor(b.doc, actor('a_b2', 'HUST'));
    addActor(a.doc, actor('a_a1', 'Huawei'));
    await a.flushed();
    expect(a.pendingCount).toBe(0);
    // A's ack wrote A's (empty) queue: B's two changes are still kept, under B's own key.
    expect(new PendingStore(storage, ws.id, { tab: 'tab_b' }).load().entries).toHaveLength(2);
    expect(new PendingStore(storage, ws.id, { tab: 'tab_a' }).load().entries).toHaveLength(0);
    // The shared part holds the epoch and identity for every tab, and no entries.
    expect(JSON.parse(storage.getItem(pendingKey(ws.id))!).entries).toEqual([]);

    // Tab B is closed before it reconnects: nothing of it was sent.
    b.destroy();
    let replica = await server.sync.getRoomDoc(ws.id);
    expect(labels(replica)).toEqual({ a_a1: 'Huawei' });

    // The next tab that starts takes B's queue over (B's lock is gone) and sends it.
    const c = tab('tab_c', ['tab_b'], false);
    expect(c.pendingCount).toBe(2);
    expect(storage.getItem(pendingKey(ws.id, 'tab_b'))).toBeNull();
    c.connect();
    await c.whenSynced();
    await c.flushed();
    replica = await server.sync.getRoomDoc(ws.id);
    expect(labels(replica)).toEqual({ a_a1: 'Huawei', a_b1: 'YOFC', a_b2: 'HUST' });
    expect(new PendingStore(storage, ws.id, { tab: 'tab_c' }).load().entries).toEqual([]);
    a.destroy();
    c.destroy();
  }, 60_000);
});
