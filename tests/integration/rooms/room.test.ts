import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeMessage } from '../../../lib/sync/messages';
import { addActor, readMap } from '../../../lib/map/ydoc';
import { Room, type RoomConnection } from '../../../server/rooms/room';
import { RoomManager } from '../../../server/rooms/room-manager';
import { SyncError } from '../../../server/rooms/sync-error';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

const actorUpdate = (id: string) => {
  const doc = new Y.Doc();
  addActor(doc, { id, label: id, type: 'firm', scope: 'local', stages: [] });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
};

describe('Room', () => {
  let dir: string;
  let store: SqliteStore;
  let workshopId: string;
  let sent: Array<{ frame: Uint8Array; except?: string }>;
  const rooms: Room[] = [];
  const open = async (compactionThreshold = 500) => {
    const room = await Room.load(workshopId, store, { compactionThreshold, broadcast: (frame, except) => sent.push({ frame, except }) });
    rooms.push(room);
    return room;
  };

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-room-'));
    store = new SqliteStore(dir);
    workshopId = (await new WorkshopService(store).create({ title: 'Room test' })).record.id;
    sent = [];
  });
  afterEach(async () => {
    for (const room of rooms.splice(0)) room.destroy();
    await store.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores a write, applies it and relays it to everyone but its sender', async () => {
    const room = await open();
    expect(readMap(room.doc).map.meta.title).toBe('Room test');
    expect(await room.write(actorUpdate('a_1'), { connectionId: 'c1' }, null)).toBe('applied');
    expect(readMap(room.doc).map.actors.map((a) => a.id)).toEqual(['a_1']);
    expect(sent).toHaveLength(1);
    expect(sent[0].except).toBe('c1');
    expect(decodeMessage(sent[0].frame)).toMatchObject({ type: 'sync', kind: 'update' });
    expect((await store.loadDocument(workshopId)).updates).toHaveLength(2);
  });

  it('does not store or relay a write that the replica already contains', async () => {
    const room = await open();
    const update = actorUpdate('a_1');
    await room.write(update, { connectionId: 'c1' }, null);
    sent = [];
    expect(await room.write(update, { connectionId: 'c2' }, null)).toBe('unchanged');
    expect(sent).toHaveLength(0);
    expect((await store.loadDocument(workshopId)).updates).toHaveLength(2);
  });

  it('refuses changing writes without write permission but accepts ones that change nothing', async () => {
    const room = await open();
    const observer = { role: 'observer', participant: 'p_obs' } as const;
    await expect(room.write(actorUpdate('a_x'), { connectionId: 'obs' }, observer)).rejects.toMatchObject({ code: 'forbidden', reason: 'observer' });
    expect(await room.write(Y.encodeStateAsUpdate(room.doc), { connectionId: 'obs' }, observer)).toBe('unchanged');
    expect(readMap(room.doc).map.actors).toEqual([]);
    expect(sent).toHaveLength(0);
  });

  it('answers internal and leaves the replica alone when the store fails', async () => {
    const room = await open();
    await store.close();
    const err = await room.write(actorUpdate('a_lost'), { connectionId: 'c1' }, null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).code).toBe('internal');
    expect(readMap(room.doc).map.actors).toEqual([]);
    expect(sent).toHaveLength(0);
  });

  it('compacts the log into a snapshot at the threshold, and a reload sees the same state', async () => {
    const room = await open(3);
    for (let i = 0; i < 7; i++) await room.write(actorUpdate(`a_${i}`), { connectionId: 'c1' }, null);
    const stored = await store.loadDocument(workshopId);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(3);
    const again = await open();
    expect(readMap(again.doc).map).toEqual(readMap(room.doc).map);
    expect(Y.equalSnapshots(Y.snapshot(again.doc), Y.snapshot(room.doc))).toBe(true);
  });

  it('applies an API change as one stored transaction (transact)', async () => {
    const room = await open();
    await room.transact((doc) => {
      addActor(doc, { id: 'a_1', label: 'one', type: 'firm', scope: 'local', stages: [] });
      addActor(doc, { id: 'a_2', label: 'two', type: 'firm', scope: 'local', stages: [] });
    }, { label: 'api' });
    expect(readMap(room.doc).map.actors.map((a) => a.id)).toEqual(['a_1', 'a_2']);
    expect((await store.loadDocument(workshopId)).updates).toHaveLength(2);
    expect(sent).toHaveLength(1);
    expect(sent[0].except).toBeUndefined();
    await expect(room.transact(() => { throw new Error('bad import'); }, { label: 'api' })).rejects.toThrow('bad import');
    expect((await store.loadDocument(workshopId)).updates).toHaveLength(2);
  });

  it('still stores a change made to the replica directly (a misuse), and relays it', async () => {
    const room = await open();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      addActor(room.doc, { id: 'a_direct', label: 'direct', type: 'firm', scope: 'local', stages: [] });
      await room.idle();
    } finally {
      console.warn = warn;
    }
    expect(sent).toHaveLength(1);
    const again = await open();
    expect(readMap(again.doc).map.actors.map((a) => a.id)).toEqual(['a_direct']);
  });

  it('stamps presence with the verified identity and keeps client ids to their owner', async () => {
    const room = await open();
    const alice: RoomConnection = { id: 's1', identity: { id: 'alice', name: 'Alice', color: '#1d4ed8', role: 'participant' }, awarenessClients: new Set() };
    const eve: RoomConnection = { id: 's2', identity: { id: 'eve', name: 'Eve', color: '#b91c1c', role: 'observer' }, awarenessClients: new Set() };
    room.addConnection(alice);
    room.addConnection(eve);
    expect(room.applyAwareness(alice, [{ clientID: 11, clock: 1, state: { user: { name: 'Boss', role: 'facilitator' }, cursor: null } }])).toEqual([]);
    expect(room.awareness.getStates().get(11)).toEqual({ user: alice.identity, cursor: null });
    expect(room.applyAwareness(eve, [{ clientID: 11, clock: 5, state: { cursor: { x: 0, y: 0 } } }])).toEqual([11]);
    expect(room.awareness.getStates().get(11)).toEqual({ user: alice.identity, cursor: null });
    room.removeConnection(alice);
    expect(room.awareness.getStates().has(11)).toBe(false);
  });
});

describe('RoomManager', () => {
  let dir: string;
  let store: SqliteStore;
  let workshopId: string;
  let manager: RoomManager;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-rooms-'));
    store = new SqliteStore(dir);
    workshopId = (await new WorkshopService(store).create({ title: 'Manager' })).record.id;
    manager = new RoomManager(store, { compactionThreshold: 500, roomIdleUnloadMs: 20, maxConnectionsPerWorkshop: 2, broadcastFor: () => () => undefined });
  });
  afterEach(async () => {
    await manager.closeAll();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shares one load between concurrent joins and enforces the connection limit', async () => {
    const [a, b] = await Promise.all([manager.joinConnection(workshopId), manager.joinConnection(workshopId)]);
    expect(a).toBe(b);
    await expect(manager.joinConnection(workshopId)).rejects.toMatchObject({ code: 'room_full' });
    manager.leaveConnection(workshopId);
    expect(await manager.joinConnection(workshopId)).toBe(a);
  });

  it('unloads an idle room after the delay (destroying it) and loads a fresh one on the next join', async () => {
    const room = await manager.joinConnection(workshopId);
    await room.write(actorUpdate('a_kept'), {}, null);
    manager.leaveConnection(workshopId);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(manager.peek(workshopId)).toBeNull();
    expect(room.isDestroyed).toBe(true);
    const next = await manager.joinConnection(workshopId);
    expect(next).not.toBe(room);
    expect(readMap(next.doc).map.actors.map((a) => a.id)).toEqual(['a_kept']);
  });

  it('keeps a room while an API call holds it', async () => {
    const seen = await manager.withRoom(workshopId, async (room) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return room.isDestroyed;
    });
    expect(seen).toBe(false);
  });
});
