import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket as ServerSocket } from 'socket.io';
import { encodeAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Actor } from '../../../lib/map/types';
import { actorsOf, addActor, readMap } from '../../../lib/map/ydoc';
import { decodeMessage, encodeAwarenessMessage, encodeSyncStep1, encodeSyncUpdate } from '../../../lib/sync/messages';
import { docFromStore, rawSocket, startSyncServer, waitFor, type RawSocket, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

// docs/protocol.md P9 (limits and quotas), P8 (presence validated before it is relayed), P14 (the model's
// limits and the document's shape on the wire) and P5 (an update Yjs cannot apply is refused, never acked).

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, label: id, type: 'finance', scope: 'external', stages: [], ...extra });

/** The server's state as a raw socket's opening gave it (P4). */
async function replicaOf(raw: RawSocket): Promise<Y.Doc> {
  await waitFor(() => raw.frames.length >= 2, 'the opening', 15_000);
  const doc = new Y.Doc();
  for (const frame of raw.frames) {
    const m = decodeMessage(frame);
    if (m.type === 'sync' && m.kind !== 'step1') Y.applyUpdate(doc, m.update);
  }
  return doc;
}

/** The update `change` makes on `doc` (applied to it, so the next one builds on it). */
function updateOf(doc: Y.Doc, change: (d: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

function presenceFrame(clientID: number, state: Record<string, unknown>): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const awareness = new Awareness(doc);
  awareness.setLocalState(state);
  const frame = encodeAwarenessMessage(encodeAwarenessUpdate(awareness, [clientID]));
  awareness.destroy();
  doc.destroy();
  return frame;
}

describe('sync: hostile clients against the limits', () => {
  let server: TestSyncServer;
  let ws: TestWorkshop;
  const sockets = new Set<ServerSocket>();
  beforeAll(async () => {
    server = await startSyncServer({
      config: {
        updatesPerSecond: 20,
        updateBurst: 40,
        syncStep1PerSecond: 1,
        syncStep1Burst: 3,
        awarenessPerSecond: 5,
        awarenessBurst: 10,
        maxAwarenessBytes: 8 * 1024,
        maxSocketOutputBytes: 512 * 1024,
        // Long heartbeats: the socket that never reads must be cut off by the output bound, not by a ping timeout.
        pingIntervalMs: 60_000,
        pingTimeoutMs: 60_000,
      },
    });
    server.sync.io.on('connection', (socket) => sockets.add(socket));
    ws = await server.createWorkshop('Hostile');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('attack: awareness flood does not starve document writes (P9)', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant });
    const doc = await replicaOf(raw);
    const flood = await Promise.all(Array.from({ length: 60 }, (_, i) => raw.send(presenceFrame(doc.clientID + 1, { cursor: { x: i, y: i } }))));
    expect(flood.filter((a) => a.ok).length).toBeLessThanOrEqual(12);
    expect(flood.find((a) => !a.ok)).toMatchObject({ ok: false, code: 'rate_limited' });
    // Writes have their own bucket: every one of a burst goes through right after the flood.
    const writes = await Promise.all(Array.from({ length: 20 }, (_, i) => raw.send(encodeSyncUpdate(updateOf(doc, (d) => addActor(d, actor(`a_flood_${i}`)))))));
    expect(writes.every((a) => a.ok)).toBe(true);
    raw.close();
  }, 60_000);

  it('attack: sync step 1 flood (answered with the whole state) is rate limited, writes still go through (P9)', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant });
    const doc = await replicaOf(raw);
    const asked = await Promise.all(Array.from({ length: 20 }, () => raw.send(encodeSyncStep1(new Uint8Array([0])))));
    expect(asked.filter((a) => a.ok).length).toBeLessThanOrEqual(4);
    expect(asked.find((a) => !a.ok)).toMatchObject({ code: 'rate_limited' });
    expect(await raw.send(encodeSyncUpdate(updateOf(doc, (d) => addActor(d, actor('a_after_step1')))))).toEqual({ ok: true });
    raw.close();
  }, 60_000);

  it('attack: an awareness message over its own, smaller size cap is refused and not relayed (P9)', async () => {
    const watcher = server.client(ws, 'participant');
    await watcher.whenSynced();
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant });
    const ack = await raw.send(presenceFrame(424242, { selection: Array.from({ length: 1000 }, (_, i) => `a_${i}_padding`) }));
    expect(ack).toMatchObject({ ok: false, code: 'too_large' });
    await new Promise((r) => setTimeout(r, 200));
    expect(watcher.awareness.getStates().has(424242)).toBe(false);
    raw.close();
    watcher.destroy();
  }, 60_000);

  it('attack: malformed presence {selection: 1} is not relayed; an observer’s quiet fields are removed (P8)', async () => {
    const watcher = server.client(ws, 'participant');
    await watcher.whenSynced();
    const observer = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.observer });
    const participant = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant });
    expect(await observer.send(presenceFrame(515151, { selection: 1, view: 'network', cursor: { x: 1, y: 2 }, evil: 'x'.repeat(100) }))).toEqual({ ok: true });
    expect(
      await participant.send(presenceFrame(616161, { selection: 1, dragging: { a1: { x: 'far' } }, cursor: { x: 3, y: 4 }, viewport: { x: 1 }, view: 'sideways' })),
    ).toEqual({ ok: true });
    await waitFor(() => watcher.awareness.getStates().has(515151) && watcher.awareness.getStates().has(616161), 'both presences', 15_000);
    const fromObserver = watcher.awareness.getStates().get(515151)!;
    expect(Object.keys(fromObserver).sort()).toEqual(['user', 'view']);
    expect(fromObserver.user.role).toBe('observer');
    const fromParticipant = watcher.awareness.getStates().get(616161)!;
    expect(Object.keys(fromParticipant).sort()).toEqual(['cursor', 'user']);
    expect(fromParticipant.cursor).toEqual({ x: 3, y: 4 });
    observer.close();
    participant.close();
    watcher.destroy();
  }, 60_000);

  it('attack: a 100 kB label on the wire is refused, and notes over their limit (P14)', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.facilitator });
    const doc = await replicaOf(raw);
    const label = await raw.send(encodeSyncUpdate(updateOf(doc, (d) => addActor(d, actor('a_long', { label: 'x'.repeat(100_000) })))));
    expect(label).toMatchObject({ ok: false, code: 'forbidden', reason: 'too_long' });
    raw.close();
    const again = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant });
    const fresh = await replicaOf(again);
    const notes = await again.send(encodeSyncUpdate(updateOf(fresh, (d) => addActor(d, actor('a_notes', { notes: 'n'.repeat(5001) })))));
    expect(notes).toMatchObject({ ok: false, code: 'forbidden', reason: 'too_long' });
    again.close();
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(actorsOf(replica).has('a_long') || actorsOf(replica).has('a_notes')).toBe(false);
  }, 60_000);

  it('attack: unknown top-level type, and a Y.Text where a label belongs, are refused (P14)', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.facilitator });
    const cases: Array<[string, (d: Y.Doc) => void, string]> = [
      ['a new root map', (d) => d.getMap('evil').set('x', 'y'), 'unknown_part'],
      ['a new root text', (d) => d.getText('notes').insert(0, 'hello'), 'unknown_part'],
      [
        'a Y.Text label',
        (d) => {
          const el = new Y.Map<unknown>();
          el.set('label', new Y.Text('typed'));
          actorsOf(d).set('a_text', el);
        },
        'bad_entry',
      ],
      ['a list inserted into the actors map', (d) => d.getArray('actors').push(['x']), 'bad_entry'],
    ];
    for (const [what, change, reason] of cases) {
      const doc = await replicaOf(raw);
      const ack = await raw.send(encodeSyncUpdate(updateOf(doc, change)));
      expect({ what, ack }).toMatchObject({ what, ack: { ok: false, code: 'forbidden', reason } });
      doc.destroy();
    }
    raw.close();
  }, 60_000);

  it('attack: update that fails to apply is not acked, and nothing of it is stored (P5)', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.facilitator });
    const doc = await replicaOf(raw);
    // A map key whose bytes are not UTF-8: the check can read around it, Yjs cannot decode it.
    const update = updateOf(doc, (d) => addActor(d, actor('a_\u00e9\u00e9')));
    const at = Buffer.from(update).indexOf(Buffer.from('a_\u00e9\u00e9', 'utf8'));
    expect(at).toBeGreaterThan(0);
    update[at + 2] = 0xff;
    update[at + 3] = 0xfe;
    const storedBefore = (await server.store.loadDocument(ws.id)).lastSeq;
    const ack = await raw.send(encodeSyncUpdate(update));
    expect(ack).toMatchObject({ ok: false, code: 'malformed' });
    expect((await server.store.loadDocument(ws.id)).lastSeq).toBe(storedBefore);
    raw.close();
  }, 60_000);

  it('attack: a socket that never reads is cut off; the writer and the room carry on (P9)', async () => {
    const reader = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.observer });
    await replicaOf(reader);
    const stalled = [...sockets].find((s) => s.id === reader.socket.id)!;
    expect(stalled).toBeDefined();
    // Stop reading at the TCP level: the kernel buffers fill, then the server's queue for this socket grows.
    const engine = reader.socket.io.engine as unknown as { transport: { ws: { _socket: { pause(): void } } } };
    engine.transport.ws._socket.pause();
    const writer = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.facilitator });
    const doc = await replicaOf(writer);
    for (let round = 0; round < 60 && stalled.connected; round++) {
      const update = updateOf(doc, (d) =>
        d.transact(() => {
          for (let i = 0; i < 60; i++) addActor(d, actor(`a_big_${round}_${i}`, { notes: 'z'.repeat(4_900) }));
        }),
      );
      expect(await writer.send(encodeSyncUpdate(update))).toEqual({ ok: true });
    }
    await waitFor(() => !stalled.connected, 'the stalled socket to be cut off', 20_000);
    expect(stalled.data.cutOff).toBe('output_buffer_full');
    // The writer is still served.
    expect(await writer.send(encodeSyncUpdate(updateOf(doc, (d) => addActor(d, actor('a_after_cut')))))).toEqual({ ok: true });
    writer.close();
    reader.close();
  }, 120_000);
});

describe('sync: the workshop byte quota', () => {
  let server: TestSyncServer;
  beforeAll(async () => {
    server = await startSyncServer({ config: { maxWorkshopBytes: 120 * 1024, updatesPerSecond: 100, updateBurst: 100 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('attack: workshop byte quota — writes past it are refused with over_quota, nothing acked is lost (P9)', async () => {
    const ws = await server.createWorkshop('Quota');
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.facilitator });
    const doc = await replicaOf(raw);
    const acked: string[] = [];
    let refusal: { ok: boolean; code?: string } | null = null;
    for (let i = 0; i < 60 && !refusal; i++) {
      const id = `a_q_${i}`;
      const ack = await raw.send(encodeSyncUpdate(updateOf(doc, (d) => addActor(d, actor(id, { notes: 'q'.repeat(4_000) })))));
      if (ack.ok) acked.push(id);
      else refusal = ack;
    }
    expect(refusal).toMatchObject({ ok: false, code: 'over_quota' });
    expect(acked.length).toBeGreaterThan(10);
    const stored = await server.store.loadDocument(ws.id);
    const bytes = (stored.snapshot?.length ?? 0) + stored.updates.reduce((n, u) => n + u.length, 0);
    expect(bytes).toBeLessThanOrEqual(120 * 1024);
    const fromStore = await docFromStore(server.store, ws.id);
    expect(readMap(fromStore).map.actors.map((a) => a.id).sort()).toEqual([...acked].sort());
    fromStore.destroy();
    raw.close();
  }, 60_000);
});
