import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeAwarenessMessage } from '../../../lib/sync/messages';
import type { PresenceState } from '../../../lib/sync/protocol';
import { rawSocket, startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

const userOf = (awareness: Awareness, clientID: number) => (awareness.getStates().get(clientID) as PresenceState | undefined)?.user;

describe('sync: awareness', () => {
  let server: TestSyncServer;
  let ws: TestWorkshop;
  beforeAll(async () => {
    server = await startSyncServer();
    ws = await server.createWorkshop('Presence');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('P8: presence is stamped with the verified identity, whatever a client claims', async () => {
    const alice = server.client(ws, 'facilitator', { participant: { name: 'Alice' } });
    const mallory = server.client(ws, 'observer', { participant: { name: 'Mallory' } });
    await Promise.all([alice.whenSynced(), mallory.whenSynced()]);
    const malloryId = mallory.awareness.clientID;

    // Mallory, an observer, claims to be the facilitator Alice (with a view: an observer's cursor is one of
    // the quiet fields the server removes, P8).
    mallory.awareness.setLocalState({
      user: { id: alice.identity!.id, name: 'Alice', color: '#1d4ed8', role: 'facilitator' },
      view: 'value_chain',
    });
    await waitFor(() => (alice.awareness.getStates().get(malloryId) as PresenceState | undefined)?.view === 'value_chain', 'alice to see mallory’s view');
    expect(userOf(alice.awareness, malloryId)).toEqual(mallory.identity);
    expect(userOf(alice.awareness, malloryId)).toMatchObject({ id: mallory.identity!.id, name: 'Mallory', role: 'observer' });
    expect(mallory.identity!.id).not.toBe(alice.identity!.id);
    // And the server's own view agrees.
    const room = server.sync.rooms.peek(ws.id)!;
    expect((room.awareness.getStates().get(malloryId) as PresenceState).user.role).toBe('observer');

    // Alice is seen as herself, the facilitator.
    await waitFor(() => userOf(mallory.awareness, alice.awareness.clientID)?.id === alice.identity?.id, 'mallory to see alice');
    expect(userOf(mallory.awareness, alice.awareness.clientID)?.role).toBe('facilitator');
    alice.destroy();
    mallory.destroy();
  });

  it('P8: a connection cannot publish or clear presence for another connection’s client id', async () => {
    const alice = server.client(ws, 'participant', { participant: { name: 'Alice' } });
    const watcher = server.client(ws, 'observer');
    await Promise.all([alice.whenSynced(), watcher.whenSynced()]);
    alice.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    const aliceId = alice.awareness.clientID;
    await waitFor(() => userOf(watcher.awareness, aliceId)?.id === alice.identity?.id, 'the watcher to see alice');

    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant, participant: { name: 'Eve' } });
    const fake = new Awareness(new Y.Doc());
    fake.clientID = aliceId;
    fake.setLocalState({ cursor: { x: 999, y: 999 } });
    // A high clock would win everywhere if the server relayed it.
    fake.meta.get(aliceId)!.clock = 1000;
    const ack = await raw.send(encodeAwarenessMessage(encodeAwarenessUpdate(fake, [aliceId])));
    expect(ack).toMatchObject({ ok: false, code: 'forbidden' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((watcher.awareness.getStates().get(aliceId) as PresenceState).cursor).toEqual({ x: 1, y: 1 });
    fake.destroy();
    fake.doc.destroy();
    raw.close();
    alice.destroy();
    watcher.destroy();
  });

  it('P8, P10: when a connection leaves, its presence disappears for the others', async () => {
    const a = server.client(ws);
    const b = server.client(ws);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const aId = a.awareness.clientID;
    await waitFor(() => b.awareness.getStates().has(aId), 'b to see a');
    a.destroy();
    await waitFor(() => !b.awareness.getStates().has(aId), 'a’s presence to go');
    b.destroy();
  });

  it('P8, P12: a reconnecting client publishes its presence again under the same id', async () => {
    const a = server.client(ws, 'participant', { participant: { name: 'Returning' } });
    const b = server.client(ws);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const aId = a.awareness.clientID;
    await waitFor(() => userOf(b.awareness, aId)?.id === a.identity?.id, 'b to see a');
    await waitFor(() => userOf(a.awareness, b.awareness.clientID)?.id === b.identity?.id, 'a to see b');
    a.disconnect();
    expect(a.awareness.getStates().has(b.awareness.clientID)).toBe(false);
    await waitFor(() => !b.awareness.getStates().has(aId), 'a’s presence to go');
    a.connect();
    await waitFor(() => userOf(b.awareness, aId)?.name === 'Returning', 'a’s presence to come back');
    // And a sees b again too (states of others are dropped while offline and resent on connect).
    await waitFor(() => userOf(a.awareness, b.awareness.clientID)?.id === b.identity?.id, 'a to see b again');
    a.destroy();
    b.destroy();
  });
});
