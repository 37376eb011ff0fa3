import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, readMap } from '../../../lib/map/ydoc';
import type { ProviderStatus } from '../../../lib/sync/provider';
import { startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

describe('sync: WorkshopProvider lifecycle', () => {
  let server: TestSyncServer;
  let ws: TestWorkshop;
  beforeAll(async () => {
    server = await startSyncServer();
    ws = await server.createWorkshop('Lifecycle');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('P5: status goes connecting → saved, saving while an ack is pending, offline when disconnected', async () => {
    const p = server.client(ws, 'participant', { autoConnect: false });
    const seen: ProviderStatus[] = [];
    p.on('status', (s) => seen.push(s));
    expect(p.status).toBe('connecting');
    expect(p.socket.connected).toBe(false);
    p.connect();
    await p.whenSynced();
    expect(p.status).toBe('saved');
    addActor(p.doc, { id: 'a_1', label: 'one', type: 'firm', scope: 'local', stages: [] });
    expect(p.status).toBe('saving');
    await p.flushed();
    expect(p.status).toBe('saved');
    p.disconnect();
    await waitFor(() => p.status === 'offline', 'offline');
    expect(seen).toEqual(['saved', 'saving', 'saved', 'offline']);
    p.destroy();
  });

  it('P10: destroy is idempotent, stops awareness and leaves no presence behind (React StrictMode double mount)', async () => {
    const doc = new Y.Doc();
    const watcher = server.client(ws, 'observer');
    await watcher.whenSynced();
    // StrictMode: mount, unmount at once, mount again, all on one document.
    const first = server.client(ws, 'participant', { doc });
    first.destroy();
    first.destroy();
    expect(first.status).toBe('offline');
    // Awareness.destroy() clears its interval and its local state.
    expect(first.awareness.getLocalState()).toBeNull();
    const second = server.client(ws, 'participant', { doc });
    await second.whenSynced();
    expect(readMap(doc).map.actors.map((a) => a.id)).toEqual(['a_1']);
    // The destroyed provider no longer sends this document's updates.
    addActor(doc, { id: 'a_2', label: 'two', type: 'firm', scope: 'local', stages: [] });
    await second.flushed();
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors.map((a) => a.id)).toEqual(['a_1', 'a_2']);
    await waitFor(() => watcher.awareness.getStates().has(second.awareness.clientID), 'the second mount’s presence');
    second.destroy();
    expect(doc.isDestroyed).toBe(false); // a document passed in belongs to the caller
    await waitFor(() => !watcher.awareness.getStates().has(second.awareness.clientID), 'presence to go');
    await waitFor(() => (server.sync.rooms.peek(ws.id)?.connections.size ?? 0) === 1, 'only the watcher to remain');
    watcher.destroy();
    doc.destroy();
  });
});
