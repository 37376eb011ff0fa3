import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../lib/map/types';
import { encodeSyncUpdate } from '../../../lib/sync/messages';
import type { ErrorMessage } from '../../../lib/sync/protocol';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { addActor, metaOf, readMap, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { docFromStore, rawSocket, startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

const actor = (id: string): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [] });

/** Collects the error events a provider receives from now on. */
function errorsOf(p: WorkshopProvider): ErrorMessage[] {
  const errors: ErrorMessage[] = [];
  p.on('error', (e: ErrorMessage) => errors.push(e));
  return errors;
}

describe('sync: the facilitator steers the workshop (P13)', () => {
  let server: TestSyncServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  async function room(title: string) {
    const ws: TestWorkshop = await server.createWorkshop(title);
    const fac = server.client(ws, 'facilitator');
    const par = server.client(ws, 'participant');
    await Promise.all([fac.whenSynced(), par.whenSynced()]);
    return { ws, fac, par };
  }

  /** Replica, store and the other client all hold `check`. */
  async function everywhere(ws: TestWorkshop, others: Y.Doc[], check: (doc: Y.Doc) => void) {
    const replica = await server.sync.getRoomDoc(ws.id);
    const stored = await docFromStore(server.store, ws.id);
    for (const doc of [replica, stored, ...others]) check(doc);
    stored.destroy();
  }

  it("P13: the facilitator's phase, timer, lock and title reach everyone and are stored", async () => {
    const { ws, fac, par } = await room('Steered');
    const errors = errorsOf(fac);
    updateMeta(fac.doc, { phase: 'map_ties', timer: { endsAt: 1_900_000_000_000 }, title: 'Steered, day 2' });
    updateMeta(fac.doc, { locked: true });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.locked === true, 'the participant to see the lock');
    await everywhere(ws, [par.doc], (doc) =>
      expect(readMap(doc).map.meta).toMatchObject({ phase: 'map_ties', timer: { endsAt: 1_900_000_000_000 }, title: 'Steered, day 2', locked: true }),
    );
    // The facilitator may still edit the map while it is locked.
    addActor(fac.doc, actor('a_fac'));
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.actors.length === 1, 'the participant to see the actor');
    expect(errors).toEqual([]);
  });

  it('P13: while the map is locked a participant write is refused with forbidden and the room is unchanged', async () => {
    const { ws, fac, par } = await room('Locked');
    addActor(par.doc, actor('a_before'));
    await par.flushed();
    updateMeta(fac.doc, { locked: true });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.locked === true, 'the participant to see the lock');

    const errors = errorsOf(par);
    addActor(par.doc, actor('a_during'));
    updateActor(par.doc, 'a_before', { label: 'renamed while locked' });
    await par.flushed();
    expect(errors.map((e) => e.code)).toEqual(['forbidden', 'forbidden']);
    expect(errors[0].error).toBe('The facilitator has paused editing; this change was not saved');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await everywhere(ws, [fac.doc], (doc) => {
      expect(readMap(doc).map.actors.map((a) => [a.id, a.label])).toEqual([['a_before', 'a_before']]);
    });

    // Unlocked, the participant writes again from a fresh replica: the refused changes sit in its old
    // replica's clock sequence, so that replica's later updates would wait for them forever (P13).
    updateMeta(fac.doc, { locked: undefined });
    await fac.flushed();
    par.destroy();
    const again = server.client(ws, 'participant');
    await again.whenSynced();
    expect(readMap(again.doc).map.meta.locked).toBeUndefined();
    const later = errorsOf(again);
    addActor(again.doc, actor('a_after'));
    await again.flushed();
    expect(later).toEqual([]);
    await waitFor(() => readMap(fac.doc).map.actors.length === 2, 'the facilitator to see the new actor');
    await everywhere(ws, [fac.doc], (doc) => expect(readMap(doc).map.actors.map((a) => a.id)).toEqual(['a_after', 'a_before']));
  });

  it('P13: a participant may not set, overwrite or delete phase, timer, lock, weights or title', async () => {
    const { ws, fac, par } = await room('Guarded');
    updateMeta(fac.doc, { phase: 'map_actors', timer: { remainingMs: 60_000 } });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.phase === 'map_actors', 'the participant to see the phase');

    const errors = errorsOf(par);
    updateMeta(par.doc, { phase: 'agree' }); // overwrite
    updateMeta(par.doc, { locked: true }); // new key
    updateMeta(par.doc, { weights: { alpha: 3 } });
    updateMeta(par.doc, { title: 'Mine now' });
    updateMeta(par.doc, { timer: undefined }); // deletion
    await par.flushed();
    expect(errors.map((e) => e.code)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden']);
    expect(errors[0].error).toBe("Only the facilitator may change the workshop's phase; this change was not saved");
    expect(errors[1].error).toMatch(/workshop's lock;/);
    expect(errors[2].error).toMatch(/workshop's scoring weights;/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await everywhere(ws, [fac.doc], (doc) => {
      const meta = readMap(doc).map.meta;
      expect(meta).toEqual({ title: 'Guarded', phase: 'map_actors', timer: { remainingMs: 60_000 } });
    });
  });

  it('P13: a participant may still change the free meta keys and the map itself', async () => {
    const { ws, fac, par } = await room('Free');
    const errors = errorsOf(par);
    updateMeta(par.doc, { cluster: 'Optics Valley', region: 'Hubei' });
    addActor(par.doc, actor('a_par'));
    await par.flushed();
    expect(errors).toEqual([]);
    await waitFor(() => readMap(fac.doc).map.actors.length === 1, 'the facilitator to see the actor');
    await everywhere(ws, [fac.doc], (doc) => expect(readMap(doc).map.meta).toMatchObject({ cluster: 'Optics Valley', region: 'Hubei' }));
  });

  it('P13: a raw participant update mixing an actor with a phase change is refused whole', async () => {
    const ws = await server.createWorkshop('Raw');
    const raw = await rawSocket(server.url, { workshop: ws.id, key: ws.keys.participant });
    const doc = new Y.Doc();
    doc.transact(() => {
      addActor(doc, actor('a_smuggled'));
      metaOf(doc).set('phase', 'agree');
    });
    expect(await raw.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)))).toMatchObject({ ok: false, code: 'forbidden' });
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors).toEqual([]);
    expect(readMap(replica).map.meta.phase).toBeUndefined();
    raw.close();
    doc.destroy();
  });
});
