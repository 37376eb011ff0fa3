import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, readMap, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { MemoryStorage, PendingStore } from '../../../lib/sync/pending';
import type { Refusal } from '../../../lib/sync/provider';
import type { ErrorMessage } from '../../../lib/sync/protocol';
import { randomToken } from '../../../lib/map/ids';
import { startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

// docs/protocol.md P17: the queue of unacknowledged changes kept on the device, refusals told by element
// and never resent, and the epoch that keeps a reset workshop from being brought back by a stale copy.

const actor = (id: string, label: string) => ({ id, label, type: 'firm' as const, scope: 'local' as const, stages: [] });
const labels = (doc: Y.Doc) => Object.fromEntries(readMap(doc).map.actors.map((a) => [a.id, a.label]));

describe('sync: the copy a device keeps (P17)', () => {
  let server: TestSyncServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A workshop with one actor made online by the facilitator, and its facilitator's provider. */
  async function workshopWithHuawei(title: string) {
    const ws = await server.createWorkshop(title);
    const fac = server.client(ws, 'facilitator');
    await fac.whenSynced();
    addActor(fac.doc, actor('a_huawei', 'Huawei'));
    await fac.flushed();
    return { ws, fac };
  }

  /** A participant's device: its storage and secret outlive any one page (provider). */
  function device(ws: TestWorkshop) {
    const storage = new MemoryStorage();
    const secret = randomToken(43);
    return {
      storage,
      kept: () => new PendingStore(storage, ws.id).load(),
      page: (doc = new Y.Doc(), autoConnect = true) =>
        server.client(ws, 'participant', { doc, secret, autoConnect, store: new PendingStore(storage, ws.id) }),
    };
  }

  it('P17: changes made offline survive the page (a crashed tab), are counted, and reach the server on reconnect', async () => {
    const { ws } = await workshopWithHuawei('Queue');
    const dev = device(ws);
    const first = dev.page();
    await first.whenSynced();
    const me = first.identity!;
    expect(dev.kept().epoch).toMatch(/^e/);
    first.disconnect();
    await waitFor(() => first.status === 'offline', 'offline');
    updateActor(first.doc, 'a_huawei', { label: 'Huawei Wuhan' });
    addActor(first.doc, actor('a_fiber', 'YOFC'));
    expect(first.pendingCount).toBe(2);
    const pendingEvents: number[] = [];
    first.on('pending', (n) => pendingEvents.push(n));
    addActor(first.doc, actor('a_hust', 'HUST'));
    expect(pendingEvents).toEqual([3]);
    // Written at once, with where each change was, the epoch and who the server said this device is.
    const kept = dev.kept();
    expect(kept.entries.map((e) => e.touched)).toEqual([[['actors', 'a_huawei']], [['actors', 'a_fiber']], [['actors', 'a_hust']]]);
    expect(kept.identity?.id).toBe(me.id);
    first.destroy(); // the tab crashes: nothing was sent

    // The next page starts from an empty document (no IndexedDB in Node): the queue alone carries the edits.
    const second = dev.page(new Y.Doc(), false);
    expect(second.pendingCount).toBe(3);
    expect(second.identity?.id).toBe(me.id);
    second.connect();
    await second.whenSynced();
    await second.flushed();
    expect(second.identity?.id).toBe(me.id);
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(labels(replica)).toEqual({ a_huawei: 'Huawei Wuhan', a_fiber: 'YOFC', a_hust: 'HUST' });
    expect(dev.kept().entries).toEqual([]);
    expect(second.status).toBe('saved');
  });

  it('P17: a change the server refuses on reconnect (the map was frozen meanwhile) is reported by element, dropped, and never sent again', async () => {
    const { ws, fac } = await workshopWithHuawei('Frozen meanwhile');
    const dev = device(ws);
    const par = dev.page();
    await par.whenSynced();
    par.disconnect();
    await waitFor(() => par.status === 'offline', 'offline');
    updateActor(par.doc, 'a_huawei', { label: 'Huawei (offline)' });
    updateMeta(fac.doc, { editing: 'frozen' });
    await fac.flushed();

    const refusals: Refusal[] = [];
    const errors: ErrorMessage[] = [];
    par.on('refused', (r) => refusals.push(r));
    par.on('error', (e) => errors.push(e));
    par.connect();
    await waitFor(() => refusals.length === 1, 'the refusal');
    expect(refusals[0].error).toMatchObject({ code: 'forbidden', reason: 'frozen' });
    expect(refusals[0].touched).toEqual([['actors', 'a_huawei']]);
    expect(refusals[0].count).toBe(1);
    expect(par.pendingCount).toBe(0);
    expect(dev.kept().entries).toEqual([]);
    await waitFor(() => par.status === 'saved', 'nothing waiting');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.map((e) => e.code)).toEqual(['forbidden']);
    expect(labels(await server.sync.getRoomDoc(ws.id))).toEqual({ a_huawei: 'Huawei' });
    par.destroy();

    // The app starts again from the server's state with its kept document dropped (app/_components/offline):
    // the same device, a fresh document, nothing to resend.
    const again = dev.page();
    const later: ErrorMessage[] = [];
    again.on('error', (e) => later.push(e));
    await again.whenSynced();
    expect(again.pendingCount).toBe(0);
    expect(labels(again.doc)).toEqual({ a_huawei: 'Huawei' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(later).toEqual([]);
  });

  it('P17: a workshop made again under the same id has a new epoch, and a copy of the old one is set aside, not sent', async () => {
    const { ws, fac } = await workshopWithHuawei('Reset');
    const dev = device(ws);
    const par = dev.page();
    await par.whenSynced();
    const oldEpoch = dev.kept().epoch;
    par.disconnect();
    await waitFor(() => par.status === 'offline', 'offline');
    addActor(par.doc, actor('a_old', 'Made before the reset'));
    const keptDoc = Y.encodeStateAsUpdate(par.doc); // what IndexedDB holds in a browser
    par.destroy();
    fac.destroy();

    // The reset: the demo on a fresh data directory is the same id and keys, a new record and document.
    await waitFor(() => !server.sync.rooms.peek(ws.id), 'the room to unload');
    await server.store.deleteWorkshop(ws.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await server.workshops.create({ id: ws.id, title: 'Reset', keys: ws.keys });

    const doc = new Y.Doc();
    Y.applyUpdate(doc, keptDoc);
    const stale = dev.page(doc, false);
    expect(stale.pendingCount).toBe(1);
    const seen: string[] = [];
    stale.on('stale', (epoch) => seen.push(epoch));
    stale.connect();
    await waitFor(() => seen.length === 1, 'the stale copy to be noticed');
    expect(seen[0]).not.toBe(oldEpoch);
    expect(stale.stale).toBe(true);
    expect(stale.pendingCount).toBe(0);
    expect(dev.kept()).toEqual({ epoch: null, identity: null, entries: [] });
    await waitFor(() => stale.status === 'offline', 'the stale page to let go');
    // Nothing of the old history reached the new workshop.
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(labels(replica)).toEqual({});
    stale.destroy();

    // The page starts again with a fresh document and keeps the new epoch.
    const fresh = dev.page();
    await fresh.whenSynced();
    expect(labels(fresh.doc)).toEqual({});
    expect(dev.kept().epoch).toBe(seen[0]);
  });
});
