import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, commentsOf, deleteComment, postComment, readDiscussion, setDecision } from '../../../lib/map/discussion';
import { addActor, metaOf, readMap, updateMeta } from '../../../lib/map/ydoc';
import { decodeMessage, encodeSyncUpdate } from '../../../lib/sync/messages';
import type { ErrorMessage } from '../../../lib/sync/protocol';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { deleteSetUpdate } from '../../unit/sync/update-fixtures';
import { rawSocket, startSyncServer, waitFor, type RawSocket, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

// docs/protocol.md P2 (an identity nobody can borrow) and P14 (one write check that cannot be fooled),
// with real clients and raw protocol clients against a real server.

const secret = (c: string) => c.repeat(43);
const actor = (id: string) => ({ id, label: id, type: 'firm' as const, scope: 'local' as const, stages: [] });

function errorsOf(p: WorkshopProvider): ErrorMessage[] {
  const errors: ErrorMessage[] = [];
  p.on('error', (e: ErrorMessage) => errors.push(e));
  return errors;
}

/** The server's state as a raw socket received it (its opening step 2), in a doc of our own. */
function replicaFrom(raw: RawSocket): Y.Doc {
  const doc = new Y.Doc();
  for (const frame of raw.frames) {
    const message = decodeMessage(frame);
    if (message.type === 'sync' && message.kind !== 'step1') Y.applyUpdate(doc, message.update);
  }
  return doc;
}

/** The update `change` makes on `doc`. */
function edit(doc: Y.Doc, change: (d: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('sync: identities and ownership (P2, P14)', () => {
  let server: TestSyncServer;
  const raws: RawSocket[] = [];
  afterEach(async () => {
    for (const raw of raws.splice(0)) raw.close();
    await server?.close();
  });

  async function start(dataDir?: string) {
    server = await startSyncServer(dataDir ? { dataDir } : {});
    return server;
  }

  async function raw(ws: TestWorkshop, role: 'participant' | 'facilitator' | 'observer', auth: Record<string, unknown> = {}) {
    const socket = await rawSocket(server.url, { workshop: ws.id, key: ws.keys[role], ...auth });
    raws.push(socket);
    await waitFor(() => socket.frames.length >= 2, 'the opening');
    return socket;
  }

  it('P2: a claimed participant id is not granted; the same secret keeps id, name and colour across a restart', async () => {
    await start();
    const ws = await server.createWorkshop('Identity');
    const li = server.client(ws, 'participant', { secret: secret('l'), participant: { name: 'Li Wei', color: '#047857' } });
    await li.whenSynced();
    const liId = li.identity!.id;
    // Mallory sees Li's id in presence and asks for it.
    const mallory = server.client(ws, 'participant', { participant: { id: liId, name: 'Li Wei' } as never });
    await mallory.whenSynced();
    expect(mallory.identity!.id).not.toBe(liId);
    const viaRaw = await raw(ws, 'participant', { participant: { id: liId } });
    expect(viaRaw.socket.connected).toBe(true);
    li.destroy();
    mallory.destroy();

    const dataDir = server.dataDir;
    await server.close();
    await start(dataDir);
    const again = server.client(ws, 'participant', { secret: secret('l') });
    await again.whenSynced();
    expect(again.identity).toEqual({ id: liId, name: 'Li Wei', color: '#047857', role: 'participant' });
    // The server wrote the directory entry; nobody else can.
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readDiscussion(replica).people[liId]).toEqual({ name: 'Li Wei', color: '#047857', role: 'participant' });
    again.destroy();
  });

  it('P14: an item written under another connection’s Yjs client id is refused', async () => {
    await start();
    const ws = await server.createWorkshop('Client ids');
    const ana = server.client(ws, 'participant');
    await ana.whenSynced();
    addActor(ana.doc, actor('a_ana'));
    await ana.flushed();
    const eve = await raw(ws, 'participant');
    const forged = replicaFrom(eve);
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(ana.doc));
    forged.clientID = ana.doc.clientID;
    const update = edit(forged, (d) => addActor(d, actor('a_eve')));
    expect(await eve.send(encodeSyncUpdate(update))).toMatchObject({ ok: false, code: 'forbidden', reason: 'not_yours' });
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors.map((a) => a.id)).toEqual(['a_ana']);
    // Ana carries on under her own client id as before.
    const errors = errorsOf(ana);
    addActor(ana.doc, actor('a_ana2'));
    await ana.flushed();
    expect(errors).toEqual([]);
    ana.destroy();
  });

  it('P14: votes and comments under another person’s id are refused; moderation is the facilitator’s', async () => {
    await start();
    const ws = await server.createWorkshop('Ownership');
    const fac = server.client(ws, 'facilitator');
    const ana = server.client(ws, 'participant');
    await Promise.all([fac.whenSynced(), ana.whenSynced()]);
    addActor(fac.doc, actor('a_1'));
    const anaId = ana.identity!.id;
    await fac.flushed();
    await waitFor(() => readMap(ana.doc).map.actors.length === 1, 'ana to see the actor');
    castVote(ana.doc, 'a_1', anaId, 'agree');
    postComment(ana.doc, 'a_1', anaId, 'I know them well', { id: 'c_ana', at: 1 });
    await ana.flushed();

    const bo = await raw(ws, 'participant');
    const boDoc = replicaFrom(bo);
    Y.applyUpdate(boDoc, Y.encodeStateAsUpdate(ana.doc));
    const attempts: Array<[string, (d: Y.Doc) => void]> = [
      ['a vote under Ana’s id', (d) => castVote(d, 'a_1', anaId, 'disagree')],
      ['withdrawing Ana’s vote', (d) => castVote(d, 'a_1', anaId, null)],
      ['a comment posted as Ana', (d) => postComment(d, 'a_1', anaId, 'I was wrong', { id: 'c_fake', at: 2 })],
      ['editing Ana’s comment', (d) => commentsOf(d).set('c_ana', { id: 'c_ana', element: 'a_1', author: anaId, text: 'I was wrong', at: 1 })],
      ['deleting Ana’s comment', (d) => deleteComment(d, 'c_ana')],
      ['a decision', (d) => setDecision(d, 'a_1', { value: 'rejected', by: 'p_bo', at: 3 })],
      ['a setting', (d) => updateMeta(d, { quorum: 1 })],
      ['the people directory', (d) => d.getMap('people').set(anaId, { name: 'Ana (liar)', color: '#b91c1c', role: 'participant' })],
    ];
    for (const [what, change] of attempts) {
      // Each attempt from a fresh replica in step with the server, so nothing but the change itself is new.
      const attempt = new Y.Doc();
      Y.applyUpdate(attempt, Y.encodeStateAsUpdate(boDoc));
      const ack = await bo.send(encodeSyncUpdate(edit(attempt, change)));
      expect({ what, ack }).toMatchObject({ what, ack: { ok: false, code: 'forbidden' } });
    }
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readDiscussion(replica).votes.a_1).toEqual({ [anaId]: 'agree' });
    expect(readDiscussion(replica).comments.map((c) => [c.id, c.text])).toEqual([['c_ana', 'I know them well']]);
    expect(readDiscussion(replica).decisions).toEqual({});

    // The facilitator may delete Ana's comment (moderation), and decide.
    const facErrors = errorsOf(fac);
    await waitFor(() => readDiscussion(fac.doc).comments.length === 1, 'the facilitator to see the comment');
    deleteComment(fac.doc, 'c_ana');
    setDecision(fac.doc, 'a_1', { value: 'agreed', reason: 'Everyone knows them', by: fac.identity!.id, at: 4 });
    await fac.flushed();
    expect(facErrors).toEqual([]);
    await waitFor(() => readDiscussion(ana.doc).comments.length === 0 && readDiscussion(ana.doc).decisions.a_1?.value === 'agreed', 'ana to see the moderation');
    fac.destroy();
    ana.destroy();
  });

  it('P14: a delete set over the facilitator’s future clocks is refused, and the facilitator’s next lock reaches everyone', async () => {
    await start();
    const ws = await server.createWorkshop('Future clocks');
    const fac = server.client(ws, 'facilitator');
    const par = server.client(ws, 'participant');
    await Promise.all([fac.whenSynced(), par.whenSynced()]);
    updateMeta(fac.doc, { editing: 'open' });
    await fac.flushed();
    const attacker = await raw(ws, 'participant');
    const clock = Y.getState(fac.doc.store, fac.doc.clientID);
    const ack = await attacker.send(encodeSyncUpdate(deleteSetUpdate([[fac.doc.clientID, clock, 1000]])));
    expect(ack).toMatchObject({ ok: false, code: 'incomplete' });

    updateMeta(fac.doc, { editing: 'paused' });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.editing === 'paused', 'the participant to see the pause');
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(metaOf(replica).get('editing')).toBe('paused');
    expect(replica.store.pendingDs).toBeNull();
    fac.destroy();
    par.destroy();
  });

  it('P14: the reference client resends everything unacknowledged after `incomplete` and is saved', async () => {
    await start();
    const ws = await server.createWorkshop('Resend');
    const p = server.client(ws, 'participant');
    await p.whenSynced();
    // Two updates of one client: the second builds on the first. Sent in the wrong order over a raw path,
    // the second is incomplete; the provider's own path merges whatever is unacknowledged.
    const errors = errorsOf(p);
    p.disconnect();
    addActor(p.doc, actor('a_first'));
    addActor(p.doc, actor('a_second'));
    p.connect();
    await p.whenSynced();
    await p.flushed();
    expect(errors).toEqual([]);
    const replica = await server.sync.getRoomDoc(ws.id);
    expect(readMap(replica).map.actors.map((a) => a.id)).toEqual(['a_first', 'a_second']);

    const raw2 = await raw(ws, 'participant');
    const doc = replicaFrom(raw2);
    const first = edit(doc, (d) => addActor(d, actor('a_third')));
    const second = edit(doc, (d) => addActor(d, actor('a_fourth')));
    expect(await raw2.send(encodeSyncUpdate(second))).toMatchObject({ ok: false, code: 'incomplete' });
    expect(await raw2.send(encodeSyncUpdate(Y.mergeUpdates([first, second])))).toEqual({ ok: true });
    p.destroy();
  });
});
