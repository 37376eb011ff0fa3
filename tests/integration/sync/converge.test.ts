import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../lib/map/types';
import { addActor, addTie, readMap, updateActor } from '../../../lib/map/ydoc';
import { docFromStore, startSyncServer, stateVectorOf, waitFor, type TestSyncServer } from '../helpers/sync-server';

const actor = (id: string, label = id): Actor => ({ id, label, type: 'firm', scope: 'local', stages: [] });
const labels = (doc: Y.Doc) => readMap(doc).map.actors.map((a) => a.label);

describe('sync: convergence', () => {
  let server: TestSyncServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('P4, P5, P7: the server opens with its state and two clients converge on each other’s edits', async () => {
    const ws = await server.createWorkshop('Two clients');
    const a = server.client(ws);
    const b = server.client(ws);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    // The workshop's starting map (meta title) arrived in the opening step 2.
    expect(readMap(a.doc).map.meta.title).toBe('Two clients');
    expect(a.status).toBe('saved');

    addActor(a.doc, actor('a_one', 'Fiberhome'));
    addActor(b.doc, actor('a_two', 'YOFC'));
    addTie(a.doc, { id: 't_1', source: 'a_one', target: 'a_one', kind: 'supply', directed: true, strength: 2, tacit: false });
    expect(a.status).toBe('saving');
    await Promise.all([a.flushed(), b.flushed()]);
    expect(a.status).toBe('saved');
    await waitFor(() => stateVectorOf(a.doc) === stateVectorOf(b.doc) && labels(b.doc).length === 2, 'both clients to converge');
    expect(readMap(b.doc).map).toEqual(readMap(a.doc).map);
    expect(labels(a.doc)).toEqual(['Fiberhome', 'YOFC']);

    // Two people editing different fields of one actor both win.
    updateActor(a.doc, 'a_one', { label: 'FiberHome Telecom' });
    updateActor(b.doc, 'a_one', { influence: 7 });
    await Promise.all([a.flushed(), b.flushed()]);
    await waitFor(() => stateVectorOf(a.doc) === stateVectorOf(b.doc), 'the concurrent field edits to meet');
    const one = readMap(b.doc).map.actors.find((x) => x.id === 'a_one');
    expect(one).toMatchObject({ label: 'FiberHome Telecom', influence: 7 });
    expect(readMap(a.doc).map).toEqual(readMap(b.doc).map);

    // The replica and the store hold what was acknowledged.
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map).toEqual(readMap(a.doc).map);
    const stored = await docFromStore(server.store, ws.id);
    expect(readMap(stored).map).toEqual(readMap(a.doc).map);
    stored.destroy();
    a.destroy();
    b.destroy();
  });

  it('P4: a client that joins late gets everything', async () => {
    const ws = await server.createWorkshop('Late joiner');
    const a = server.client(ws);
    await a.whenSynced();
    for (let i = 0; i < 20; i++) addActor(a.doc, actor(`a_${i}`));
    updateActor(a.doc, 'a_3', { label: 'renamed' });
    await a.flushed();
    const late = server.client(ws, 'observer');
    await late.whenSynced();
    expect(readMap(late.doc).map).toEqual(readMap(a.doc).map);
    expect(labels(late.doc)).toContain('renamed');
    a.destroy();
    late.destroy();
  });

  it('P12: edits made offline merge on reconnect, in both directions', async () => {
    const ws = await server.createWorkshop('Offline');
    const a = server.client(ws);
    const b = server.client(ws);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    addActor(a.doc, actor('a_shared'));
    await a.flushed();
    await waitFor(() => labels(b.doc).includes('a_shared'), 'b to see the shared actor');

    a.disconnect();
    await waitFor(() => a.status === 'offline', 'a to go offline');
    addActor(a.doc, actor('a_offline', 'made offline'));
    updateActor(a.doc, 'a_shared', { notes: 'offline note' });
    addActor(b.doc, actor('a_online', 'made online'));
    await b.flushed();
    expect(a.status).toBe('offline');
    expect(a.pendingCount).toBe(2);

    a.connect();
    await a.flushed();
    await waitFor(() => stateVectorOf(a.doc) === stateVectorOf(b.doc), 'offline edits to merge');
    expect(labels(b.doc)).toEqual(['made offline', 'made online', 'a_shared']);
    expect(readMap(b.doc).map.actors.find((x) => x.id === 'a_shared')?.notes).toBe('offline note');
    expect(a.status).toBe('saved');
    a.destroy();
    b.destroy();
  });

  it('P10: a room unloads once idle and reloads from the store with everything', async () => {
    const ws = await server.createWorkshop('Unload');
    const a = server.client(ws);
    await a.whenSynced();
    addActor(a.doc, actor('a_kept'));
    await a.flushed();
    expect(server.sync.rooms.peek(ws.id)).not.toBeNull();
    a.destroy();
    await waitFor(() => server.sync.rooms.peek(ws.id) === null, 'the idle room to unload');
    const b = server.client(ws);
    await b.whenSynced();
    expect(labels(b.doc)).toEqual(['a_kept']);
    b.destroy();
  });

  it('P5: the HTTP API path (applyToRoom) stores first, then every connected client sees the change', async () => {
    const ws = await server.createWorkshop('Import');
    const a = server.client(ws, 'observer');
    await a.whenSynced();
    await server.sync.applyToRoom(ws.id, (doc) => addActor(doc, actor('a_imported', 'Imported')));
    // Durable before applyToRoom resolved.
    const stored = await docFromStore(server.store, ws.id);
    expect(labels(stored)).toEqual(['Imported']);
    stored.destroy();
    await waitFor(() => labels(a.doc).includes('Imported'), 'the client to see the import');
    await expect(server.sync.applyToRoom('w_nope', () => undefined)).rejects.toThrow(/No workshop/);
    a.destroy();
  });
});

describe('sync: restart', () => {
  it('P11: closing the server and starting a new one on the same data dir keeps the state', async () => {
    const first = await startSyncServer({ config: { compactionThreshold: 5 } });
    const ws = await first.createWorkshop('Restart');
    const a = first.client(ws);
    await a.whenSynced();
    // More updates than the compaction threshold: the state comes back from snapshot + log.
    for (let i = 0; i < 12; i++) addActor(a.doc, actor(`a_${String(i).padStart(2, '0')}`));
    await a.flushed();
    const before = readMap(a.doc).map;
    const stored = await first.store.loadDocument(ws.id);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(5);
    await first.close();

    const second = await startSyncServer({ dataDir: first.dataDir });
    try {
      const b = second.client(ws);
      await b.whenSynced();
      expect(readMap(b.doc).map).toEqual(before);
    } finally {
      await second.close();
    }
  });

  it('P10, P12: a connected client rides out a server restart: it reconnects and its offline edits merge', async () => {
    const first = await startSyncServer();
    const ws = await first.createWorkshop('Ride out');
    const a = first.client(ws);
    const b = first.client(ws);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    addActor(a.doc, actor('a_before', 'before'));
    await a.flushed();
    const statuses: string[] = [];
    a.on('status', (s) => statuses.push(s));
    // Stop the sync server and the store only; the providers are left running and keep retrying.
    const { sync, store, port, dataDir } = first;
    await sync.close();
    await waitFor(() => a.status === 'offline' && b.status === 'offline', 'both clients to notice');
    (sync.io.httpServer as import('node:http').Server).closeAllConnections();
    await new Promise<void>((resolve) => (sync.io.httpServer as import('node:http').Server).close(() => resolve()));
    await store.close();

    addActor(a.doc, actor('a_during', 'made while the server was down'));
    expect(a.status).toBe('offline');
    const second = await startSyncServer({ dataDir, port });
    try {
      await Promise.all([a.whenSynced(), b.whenSynced()]);
      await a.flushed();
      await waitFor(() => labels(b.doc).length === 2, 'b to get the edit made while the server was down');
      expect(labels(b.doc)).toEqual(['before', 'made while the server was down']);
      expect(statuses).toContain('offline');
      expect(a.status).toBe('saved');
      const stored = await docFromStore(second.store, ws.id);
      expect(readMap(stored).map).toEqual(readMap(a.doc).map);
      stored.destroy();
    } finally {
      a.destroy();
      b.destroy();
      await second.close();
    }
  });
});
