import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../lib/map/types';
import { encodeSyncStep2, encodeSyncUpdate } from '../../../lib/sync/messages';
import { PRESENCE_PALETTE } from '../../../lib/sync/palette';
import type { ErrorMessage, WelcomeMessage } from '../../../lib/sync/protocol';
import { addActor, deleteActor, readMap, updateMeta } from '../../../lib/map/ydoc';
import {
  connectError,
  docFromStore,
  rawSocket,
  startSyncServer,
  stateVectorOf,
  waitFor,
  type TestSyncServer,
  type TestWorkshop,
} from '../helpers/sync-server';

const actor = (id: string): Actor => ({ id, label: id, type: 'university', scope: 'local', stages: [] });

describe('sync: handshake and roles', () => {
  let server: TestSyncServer;
  let ws: TestWorkshop;
  beforeAll(async () => {
    server = await startSyncServer({ config: { maxConnectionsPerWorkshop: 3 } });
    ws = await server.createWorkshop('Access');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('P1: Socket.IO answers on /socket.io over WebSocket only (no long-polling)', async () => {
    const polling = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(polling.status).toBe(400);
    expect(await polling.json()).toMatchObject({ message: 'Transport unknown' });
    const p = server.client(ws, 'observer');
    await p.whenSynced();
    expect(p.socket.io.engine.transport.name).toBe('websocket');
    p.destroy();
  });

  it('P2: a wrong key is refused with a clear connect_error and nothing else', async () => {
    const err = await connectError(server.url, { workshop: ws.id, key: 'not-the-key' });
    expect(err.message).toBe(`This key does not open workshop "${ws.id}"`);
    expect(err.data?.code).toBe('bad_key');
    const missing = await connectError(server.url, { workshop: ws.id });
    expect(missing.data?.code).toBe('bad_key');
  });

  it('P2: an unknown workshop is refused with a clear connect_error', async () => {
    const err = await connectError(server.url, { workshop: 'w_nosuchthing', key: ws.keys.facilitator });
    expect(err.message).toBe('No workshop with id "w_nosuchthing"');
    expect(err.data?.code).toBe('bad_workshop');
    const none = await connectError(server.url, {});
    expect(none.data?.code).toBe('bad_workshop');
  });

  it('P2: the provider reports a refused handshake and stays offline', async () => {
    const p = server.client({ id: ws.id, key: 'nope' });
    const err = await new Promise<{ message: string; code?: string }>((resolve) => p.on('connect_error', resolve));
    expect(err).toEqual({ message: `This key does not open workshop "${ws.id}"`, code: 'bad_key' });
    expect(p.status).toBe('offline');
    p.destroy();
  });

  it('P2, P8: the welcome carries the verified identity: role from the key, sanitised name, palette colour', async () => {
    const p = server.client(ws, 'facilitator', {
      participant: { id: 'person-1', name: '  Ada\u0000   Lovelace  '.padEnd(80, 'x'), color: '#B91C1C' } as never,
    });
    const welcome = await new Promise<WelcomeMessage>((resolve) => p.on('welcome', resolve));
    // P17: the epoch names this history of the workshop's document.
    expect(welcome.workshop).toEqual({ id: ws.id, title: 'Access', epoch: expect.stringMatching(/^e[0-9a-z]+$/) });
    // The id is the server's, never the one asked for.
    expect(welcome.you.id).toMatch(/^p_[a-z0-9]{12}$/);
    expect(welcome.you.role).toBe('facilitator');
    expect(welcome.you.name.startsWith('Ada Lovelace')).toBe(true);
    expect(welcome.you.name.length).toBeLessThanOrEqual(40);
    expect(welcome.you.color).toBe('#b91c1c');
    expect(p.role).toBe('facilitator');

    const q = server.client(ws, 'participant', { participant: { color: 'hotpink' } });
    await q.whenSynced();
    expect(q.identity?.id).toMatch(/^p_[a-z0-9]{12}$/);
    expect(q.identity?.name).toMatch(/^Guest \d+$/);
    expect(PRESENCE_PALETTE).toContain(q.identity?.color);
    p.destroy();
    q.destroy();
  });

  it('P6: observer writes are refused with an error; the server and the others keep their state', async () => {
    const writer = server.client(ws, 'participant');
    const observer = server.client(ws, 'observer');
    await Promise.all([writer.whenSynced(), observer.whenSynced()]);
    addActor(writer.doc, actor('a_real'));
    await writer.flushed();
    await waitFor(() => readMap(observer.doc).map.actors.length === 1, 'the observer to see the actor');
    expect(observer.role).toBe('observer');
    // An observer's opening sync step 2 changed nothing, so it was accepted silently.
    expect(observer.lastError).toBeNull();

    const errors: ErrorMessage[] = [];
    observer.on('error', (e) => errors.push(e));
    addActor(observer.doc, actor('a_sneaky'));
    deleteActor(observer.doc, 'a_real');
    updateMeta(observer.doc, { title: 'Hijacked' });
    await observer.flushed();
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((e) => e.code === 'forbidden')).toBe(true);

    const replica = await server.sync.getRoomDoc(ws.id);
    const stored = await docFromStore(server.store, ws.id);
    for (const doc of [replica, stored, writer.doc]) {
      expect(readMap(doc).map.actors.map((a) => a.id)).toEqual(['a_real']);
      expect(readMap(doc).map.meta.title).toBe('Access');
    }
    stored.destroy();
    // Give a stray broadcast time to arrive before checking the participant once more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readMap(writer.doc).map.actors.map((a) => a.id)).toEqual(['a_real']);
    writer.destroy();
    observer.destroy();
  });

  it('P6: a raw observer sync step 2 or update that changes the document gets forbidden acks', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.observer });
    const doc = new Y.Doc();
    addActor(doc, actor('a_raw'));
    const update = Y.encodeStateAsUpdate(doc);
    expect(await raw.send(encodeSyncUpdate(update))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await raw.send(encodeSyncStep2(update))).toMatchObject({ ok: false, code: 'forbidden' });
    // An empty step 2 changes nothing: accepted.
    expect(await raw.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())))).toEqual({ ok: true });
    expect(raw.errors.map((e) => e.code)).toEqual(['forbidden', 'forbidden']);
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors.map((a) => a.id)).not.toContain('a_raw');
    raw.close();
    doc.destroy();
  });

  it('P9: a workshop at its connection limit refuses the next handshake with room_full', async () => {
    const other = await server.createWorkshop('Full');
    const clients = [server.client(other), server.client(other), server.client(other)];
    await Promise.all(clients.map((c) => c.whenSynced()));
    const err = await connectError(server.url, { workshop: other.id, key: other.keys.participant });
    expect(err.data?.code).toBe('room_full');
    expect(err.message).toMatch(/already has 3 connections/);
    clients[0].destroy();
    await waitFor(() => (server.sync.rooms.peek(other.id)?.connections.size ?? 0) === 2, 'a place to free up');
    const late = server.client(other);
    await late.whenSynced();
    expect(stateVectorOf(late.doc)).toBe(stateVectorOf(clients[1].doc));
    for (const c of [...clients, late]) c.destroy();
  });

  it('P12: a provider refused with room_full tries again by itself and joins once there is room', async () => {
    const other = await server.createWorkshop('Full, then not');
    const clients = [server.client(other), server.client(other), server.client(other)];
    await Promise.all(clients.map((c) => c.whenSynced()));
    const late = server.client(other, 'participant', { retryDelayMs: 100 });
    const refusals: string[] = [];
    late.on('connect_error', (e) => refusals.push(e.code ?? e.message));
    await waitFor(() => refusals.length >= 2, 'two refused handshakes: the first, and one retry');
    expect(new Set(refusals)).toEqual(new Set(['room_full']));
    expect(late.status).toBe('offline');
    clients[0].destroy();
    await late.whenSynced();
    expect(late.status).toBe('saved');
    // A refusal that is final is not retried: a wrong key is asked once.
    const wrong = server.client({ id: other.id, key: 'not-the-key' }, 'participant', { retryDelayMs: 50 });
    const wrongRefusals: string[] = [];
    wrong.on('connect_error', (e) => wrongRefusals.push(e.code ?? e.message));
    await waitFor(() => wrongRefusals.length === 1, 'the wrong key refused');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(wrongRefusals).toEqual(['bad_key']);
    for (const c of [...clients, late, wrong]) c.destroy();
  });
});
