import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Actor } from '../../../lib/map/types';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncUpdate } from '../../../lib/sync/messages';
import type { ErrorMessage } from '../../../lib/sync/protocol';
import { addActor, readMap, updateActor } from '../../../lib/map/ydoc';
import {
  docFromStore,
  rawSocket,
  startSyncServer,
  stateVectorOf,
  waitFor,
  type TestSyncServer,
  type TestWorkshop,
} from '../helpers/sync-server';

const actor = (id: string, label = id): Actor => ({ id, label, type: 'finance', scope: 'external', stages: [] });

/** A small deterministic PRNG (mulberry32) so the random frames are the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sync: malformed input and limits', () => {
  let server: TestSyncServer;
  let ws: TestWorkshop;
  beforeAll(async () => {
    server = await startSyncServer({ config: { maxMessageBytes: 64 * 1024, updatesPerSecond: 5, updateBurst: 5 } });
    ws = await server.createWorkshop('Limits');
    const seed = server.client(ws);
    await seed.whenSynced();
    addActor(seed.doc, actor('a_base', 'Base'));
    await seed.flushed();
    seed.destroy();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The room still holds exactly the base map, and a fresh client still syncs it. */
  async function expectRoomIntact() {
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors.map((a) => a.label)).toEqual(['Base']);
    const stored = await docFromStore(server.store, ws.id);
    expect(stateVectorOf(stored)).toBe(stateVectorOf(replica));
    stored.destroy();
    const probe = server.client(ws, 'observer');
    await probe.whenSynced();
    expect(readMap(probe.doc).map.actors.map((a) => a.label)).toEqual(['Base']);
    probe.destroy();
  }

  it('P3, P9: malformed frames get a malformed error; the room stays intact and the server alive', async () => {
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.facilitator });
    const random = prng(42);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

    const real = new Y.Doc();
    addActor(real, actor('a_truncated'));
    const full = encodeSyncUpdate(Y.encodeStateAsUpdate(real));
    const unknownType = encoding.createEncoder();
    encoding.writeVarUint(unknownType, 7);
    encoding.writeVarUint8Array(unknownType, new Uint8Array([1, 2, 3]));
    const unknownSync = encoding.createEncoder();
    encoding.writeVarUint(unknownSync, 0);
    encoding.writeVarUint(unknownSync, 9);
    encoding.writeVarUint8Array(unknownSync, new Uint8Array([0]));

    const cases: Array<[string, unknown]> = [
      ['truncated sync update', full.slice(0, full.length - 5)],
      ['sync update with a garbage payload', encodeSyncUpdate(Uint8Array.from([200, 1, 7, 7, 7, 7]))],
      ['unknown message type', encoding.toUint8Array(unknownType)],
      ['unknown sync message type', encoding.toUint8Array(unknownSync)],
      ['trailing bytes', Uint8Array.from([...encodeSyncStep1(Y.encodeStateVector(real)), 0])],
      ['bad awareness update', encodeAwarenessMessage(Uint8Array.from([1, 5, 1, 3, 123, 125]))],
      ['empty frame', new Uint8Array(0)],
      ['a string', 'hello'],
      ['an object', { type: 0, payload: [1, 2] }],
      ['a number', 42],
    ];
    for (let i = 0; i < 20; i++) cases.push([`random bytes #${i}`, bytes(1 + Math.floor(random() * 64))]);

    for (const [what, payload] of cases) {
      const ack = await raw.send(payload);
      expect(ack, what).toMatchObject({ ok: false, code: 'malformed' });
    }
    expect(raw.errors.length).toBe(cases.length);
    expect(raw.errors.every((e) => e.code === 'malformed' && e.error.length > 0)).toBe(true);
    // The offending connection itself is still served.
    expect(raw.socket.connected).toBe(true);
    expect(await raw.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))).toEqual({ ok: true });
    raw.close();
    real.destroy();
    await expectRoomIntact();
  });

  it('P9: an oversized message gets too_large and changes nothing', async () => {
    const big = server.client(ws, 'participant', { retryDelayMs: 10 });
    await big.whenSynced();
    const errors: ErrorMessage[] = [];
    big.on('error', (e) => errors.push(e));
    const other = server.client(ws);
    await other.whenSynced();
    const svBefore = stateVectorOf(other.doc);

    updateActor(big.doc, 'a_base', { notes: 'x'.repeat(100 * 1024) });
    await big.flushed();
    expect(errors.map((e) => e.code)).toEqual(['too_large']);
    expect(errors[0].error).toMatch(/over the limit of 65536 bytes/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stateVectorOf(other.doc)).toBe(svBefore);
    big.destroy();
    other.destroy();
    await expectRoomIntact();
  });

  it('P9: updates over the rate limit are refused with rate_limited, and the provider resends them later', async () => {
    const scratchWs = await server.createWorkshop('Rate');
    const fast = server.client(scratchWs, 'participant', { retryDelayMs: 300 });
    await fast.whenSynced();
    const errors: ErrorMessage[] = [];
    fast.on('error', (e) => errors.push(e));
    for (let i = 0; i < 15; i++) addActor(fast.doc, actor(`a_${String(i).padStart(2, '0')}`));
    await waitFor(() => errors.length > 0, 'a rate limit error');
    expect(errors[0].code).toBe('rate_limited');
    expect(errors[0].error).toMatch(/more than 5 updates per second/);
    // Nothing is lost: the refused updates are resent (merged) once the bucket refills.
    await fast.flushed();
    const stored = await docFromStore(server.store, scratchWs.id);
    expect(readMap(stored).map.actors.length).toBe(15);
    stored.destroy();
    fast.destroy();
  });
});
