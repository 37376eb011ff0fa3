import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, postComment, readDiscussion } from '../../../lib/map/discussion';
import type { Actor, MapMeta } from '../../../lib/map/types';
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

describe('sync: the facilitator steers the workshop (P13, P14)', () => {
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

  /** Replica, store and the other clients all hold `check`. */
  async function everywhere(ws: TestWorkshop, others: Y.Doc[], check: (doc: Y.Doc) => void) {
    const replica = await server.sync.getRoomDoc(ws.id);
    const stored = await docFromStore(server.store, ws.id);
    for (const doc of [replica, stored, ...others]) check(doc);
    stored.destroy();
  }

  /** One change by a fresh participant client; resolves with the errors it got (a refused replica is thrown away). */
  async function attempt(ws: TestWorkshop, change: (doc: Y.Doc) => void, role: 'participant' | 'facilitator' = 'participant') {
    const p = server.client(ws, role);
    await p.whenSynced();
    const errors = errorsOf(p);
    change(p.doc);
    await p.flushed();
    p.destroy();
    return errors;
  }

  async function setEditing(fac: WorkshopProvider, par: WorkshopProvider, editing: MapMeta['editing']) {
    updateMeta(fac.doc, { editing });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.editing === editing, `the participant to see editing ${editing}`);
  }

  it("P13: the facilitator's phase, timer, editing mode and title reach everyone and are stored", async () => {
    const { ws, fac, par } = await room('Steered');
    const errors = errorsOf(fac);
    updateMeta(fac.doc, { phase: 'map_ties', timer: { endsAt: 1_900_000_000_000 }, title: 'Steered, day 2', quorum: 4 });
    await setEditing(fac, par, 'paused');
    await everywhere(ws, [par.doc], (doc) =>
      expect(readMap(doc).map.meta).toMatchObject({ phase: 'map_ties', timer: { endsAt: 1_900_000_000_000 }, title: 'Steered, day 2', editing: 'paused', quorum: 4 }),
    );
    // The facilitator may still edit the map while it is paused.
    addActor(fac.doc, actor('a_fac'));
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.actors.length === 1, 'the participant to see the actor');
    expect(errors).toEqual([]);
  });

  it('P14: while the map is frozen a participant may vote and comment, but not change the map', async () => {
    const { ws, fac, par } = await room('Frozen');
    addActor(par.doc, actor('a_before'));
    await par.flushed();
    await setEditing(fac, par, 'frozen');

    const voting = errorsOf(par);
    const me = par.identity!.id;
    castVote(par.doc, 'a_before', me, 'disagree');
    postComment(par.doc, 'a_before', me, 'Not a local firm', { id: 'c_frozen', at: 1 });
    await par.flushed();
    expect(voting).toEqual([]);

    const moved = await attempt(ws, (d) => updateActor(d, 'a_before', { x: 100, y: 100 }));
    const added = await attempt(ws, (d) => addActor(d, actor('a_during')));
    const detail = await attempt(ws, (d) => updateMeta(d, { cluster: 'Renamed' }));
    for (const errors of [moved, added, detail]) expect(errors.map((e) => [e.code, e.reason])).toEqual([['forbidden', 'frozen']]);
    expect(moved[0].error).toBe('The facilitator has frozen the map: votes and comments are open, the map is not; this change was not saved');

    // The facilitator edits the frozen map.
    expect(await attempt(ws, (d) => updateActor(d, 'a_before', { label: 'Renamed by the facilitator' }), 'facilitator')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await everywhere(ws, [fac.doc], (doc) => {
      expect(readMap(doc).map.actors.map((a) => [a.id, a.label, a.x])).toEqual([['a_before', 'Renamed by the facilitator', undefined]]);
      expect(readDiscussion(doc).votes.a_before).toEqual({ [me]: 'disagree' });
      expect(readDiscussion(doc).comments.map((c) => c.text)).toEqual(['Not a local firm']);
    });
  });

  it('P14: while everything is paused a participant may not even vote; the room is unchanged', async () => {
    const { ws, fac, par } = await room('Paused');
    addActor(par.doc, actor('a_before'));
    await par.flushed();
    await setEditing(fac, par, 'paused');
    const vote = await attempt(ws, (d) => castVote(d, 'a_before', 'p_anyone', 'agree'));
    expect(vote.map((e) => e.code)).toEqual(['forbidden']);
    const own = server.client(ws, 'participant');
    await own.whenSynced();
    const errors = errorsOf(own);
    castVote(own.doc, 'a_before', own.identity!.id, 'agree');
    await own.flushed();
    expect(errors.map((e) => [e.code, e.reason])).toEqual([['forbidden', 'paused']]);
    expect(errors[0].error).toBe('The facilitator has paused the workshop; this change was not saved');
    own.destroy();
    await everywhere(ws, [fac.doc], (doc) => expect(readDiscussion(doc).votes).toEqual({}));

    // Reopened, a participant writes again, from a fresh replica (a refused one is out of step, P14).
    await setEditing(fac, par, 'open');
    expect(await attempt(ws, (d) => addActor(d, actor('a_after')))).toEqual([]);
    await waitFor(() => readMap(fac.doc).map.actors.length === 2, 'the facilitator to see the new actor');
  });

  it('P13: a participant may not set, overwrite or delete phase, timer, editing, weights, title or agreement rules', async () => {
    const { ws, fac, par } = await room('Guarded');
    updateMeta(fac.doc, { phase: 'map_actors', timer: { remainingMs: 60_000 } });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.phase === 'map_actors', 'the participant to see the phase');

    const tries: Array<[(d: Y.Doc) => void, RegExp]> = [
      [(d) => updateMeta(d, { phase: 'agree' }), /workshop's phase;/],
      [(d) => updateMeta(d, { editing: 'open' }), /workshop's editing switch;/],
      [(d) => metaOf(d).set('locked', false), /workshop's editing switch;/],
      [(d) => updateMeta(d, { weights: { I1: 3 } }), /workshop's scoring weights;/],
      [(d) => updateMeta(d, { title: 'Mine now' }), /workshop's title;/],
      [(d) => updateMeta(d, { quorum: 1, threshold: 0.1 }), /workshop's quorum, agreement threshold;/],
      [(d) => updateMeta(d, { timer: undefined }), /workshop's timer;/],
    ];
    for (const [change, message] of tries) {
      const errors = await attempt(ws, change);
      expect(errors.map((e) => [e.code, e.reason])).toEqual([['forbidden', 'facilitator_only']]);
      expect(errors[0].error).toMatch(message);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await everywhere(ws, [fac.doc], (doc) => expect(readMap(doc).map.meta).toEqual({ title: 'Guarded', phase: 'map_actors', timer: { remainingMs: 60_000 } }));
  });

  it('P13: a participant may still change the map details and the map itself while editing is open', async () => {
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
    expect(await raw.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)))).toMatchObject({ ok: false, code: 'forbidden', reason: 'facilitator_only' });
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors).toEqual([]);
    expect(readMap(replica).map.meta.phase).toBeUndefined();
    raw.close();
    doc.destroy();
  });
});
