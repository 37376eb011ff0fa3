import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agreementOf } from '../../../lib/map/agreement';
import { readDiscussion } from '../../../lib/map/discussion';
import { openRound, readRounds } from '../../../lib/map/rounds';
import type { Actor } from '../../../lib/map/types';
import { addActor, addTie, readMap, updateMeta } from '../../../lib/map/ydoc';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { encodeBallot } from '../../../lib/sync/round-codec';
import { docFromStore, rawSocket, startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

// Secret rounds (docs/protocol.md P18) against a real sync server and SQLite store, with real socket
// clients (the reference provider): ballots never reach any document or the stored update log before the
// round closes; the tallies do after; a changed ballot counts once; refusals for observers, paused
// workshops, elements outside the round; closing twice changes nothing.

const actor = (id: string): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [] });

let server: TestSyncServer;
let ws: TestWorkshop;
let facilitator: WorkshopProvider;

beforeEach(async () => {
  server = await startSyncServer();
  ws = await server.createWorkshop();
  facilitator = server.client(ws, 'facilitator', { participant: { name: 'Fan' } });
  await facilitator.whenSynced();
  addActor(facilitator.doc, actor('a_hust'));
  addActor(facilitator.doc, actor('a_yofc'));
  addActor(facilitator.doc, actor('a_outside'));
  addTie(facilitator.doc, { id: 't_lab', source: 'a_hust', target: 'a_yofc', kind: 'knowledge', directed: false, strength: 3, tacit: true });
  updateMeta(facilitator.doc, { quorum: 2 });
  await facilitator.flushed();
}, 30_000);

afterEach(async () => {
  await server.close();
}, 30_000);

async function joined(role: 'participant' | 'observer', name: string): Promise<WorkshopProvider> {
  const p = server.client(ws, role, { participant: { name } });
  await p.whenSynced();
  return p;
}

async function opened(elements = ['a_hust', 'a_yofc', 't_lab']): Promise<string> {
  const ack = await facilitator.rounds.open(elements);
  expect(ack).toMatchObject({ ok: true });
  return (ack as { round: string }).round;
}

/**
 * The voters a document names anywhere but the people directory (where the server lists everyone who
 * joined), and whether it holds a ballot's value anywhere at all.
 */
function leaks(doc: Y.Doc, participantIds: string[]): string[] {
  const { people: _people, ...rest } = doc.toJSON() as Record<string, unknown>;
  const json = JSON.stringify(rest);
  const named = participantIds.filter((id) => json.includes(id));
  const bytes = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');
  return bytes.includes('disagree') || bytes.includes('unsure') ? [...named, 'a ballot value'] : named;
}

describe('secret rounds (P18)', () => {
  it('P18: ballots never appear in any client’s document or the stored log before the round closes; the tallies do after', async () => {
    const li = await joined('participant', 'Li');
    const bo = await joined('participant', 'Bo');
    const watcher = await joined('observer', 'Screen');
    const round = await opened();
    await waitFor(() => openRound(readRounds(li.doc))?.id === round, 'the round to reach Li');

    expect(await li.rounds.cast(round, 'a_hust', 'agree')).toEqual({ ok: true });
    expect(await bo.rounds.cast(round, 'a_hust', 'disagree')).toEqual({ ok: true });
    expect(await bo.rounds.cast(round, 't_lab', 'unsure')).toEqual({ ok: true });

    // Everyone sees how many people voted, never what.
    for (const p of [facilitator, li, bo, watcher]) await waitFor(() => p.rounds.counts(round).a_hust === 2 && p.rounds.counts(round).t_lab === 1, 'the counts');
    // Each person sees only their own ballots.
    expect(li.rounds.mine(round)).toEqual({ a_hust: 'agree' });
    expect(bo.rounds.mine(round)).toEqual({ a_hust: 'disagree', t_lab: 'unsure' });
    expect(facilitator.rounds.mine(round)).toEqual({});
    expect(watcher.rounds.mine(round)).toEqual({});

    const voters = [li.identity!.id, bo.identity!.id];
    for (const p of [facilitator, li, bo, watcher]) {
      expect(p.doc.getMap('votes').size).toBe(0);
      expect(leaks(p.doc, voters)).toEqual([]);
      expect(readDiscussion(p.doc).tallies).toBeUndefined();
    }
    const stored = await server.store.loadDocument(ws.id);
    for (const entry of [...stored.updates, ...(stored.snapshot ? [stored.snapshot] : [])]) {
      const text = Buffer.from(entry).toString('latin1');
      expect(text.includes('disagree') || text.includes('unsure')).toBe(false);
    }
    expect(leaks(await docFromStore(server.store, ws.id), voters)).toEqual([]);
    expect(await server.store.rounds.listBallots(ws.id, round)).toHaveLength(3);

    expect(await facilitator.rounds.close(round)).toEqual({ ok: true });
    for (const p of [facilitator, li, bo, watcher]) await waitFor(() => readRounds(p.doc).find((r) => r.id === round)?.closedAt !== undefined, 'the close');
    for (const p of [li, watcher]) {
      expect(readRounds(p.doc)[0].tallies).toEqual({
        a_hust: { agree: 1, disagree: 1, unsure: 0 },
        a_yofc: { agree: 0, disagree: 0, unsure: 0 },
        t_lab: { agree: 0, disagree: 0, unsure: 1 },
      });
      // Still no names, now or ever.
      const { people: _people, ...rest } = p.doc.toJSON() as Record<string, unknown>;
      for (const id of voters) expect(JSON.stringify(rest).includes(id)).toBe(false);
    }
    const fromLog = await docFromStore(server.store, ws.id);
    expect(readRounds(fromLog)[0].tallies?.a_hust).toEqual({ agree: 1, disagree: 1, unsure: 0 });
    expect(await server.store.rounds.listBallots(ws.id)).toEqual([]);
  }, 60_000);

  it('P18: a changed ballot counts once, and the tallies replace open votes in the agreement', async () => {
    const li = await joined('participant', 'Li');
    const bo = await joined('participant', 'Bo');
    // Open, named votes from before the round: three agree with a_hust.
    for (const p of [facilitator, li, bo]) p.doc.getMap('votes').set(`a_hust:${p.identity!.id}`, 'agree');
    await Promise.all([facilitator.flushed(), li.flushed(), bo.flushed()]);
    const round = await opened(['a_hust']);
    await li.rounds.cast(round, 'a_hust', 'agree');
    await li.rounds.cast(round, 'a_hust', 'disagree');
    await li.rounds.cast(round, 'a_hust', 'disagree');
    await bo.rounds.cast(round, 'a_hust', 'disagree');
    await waitFor(() => facilitator.rounds.counts(round).a_hust === 2, 'two people');
    expect(li.rounds.mine(round)).toEqual({ a_hust: 'disagree' });
    expect(await server.store.rounds.listBallots(ws.id, round)).toHaveLength(2);
    await facilitator.rounds.close(round);
    await waitFor(() => readDiscussion(li.doc).tallies !== undefined, 'the tallies');
    const discussion = readDiscussion(li.doc);
    expect(discussion.tallies).toEqual({ a_hust: { agree: 0, disagree: 2, unsure: 0 } });
    const hust = agreementOf(readMap(li.doc).map, discussion).elements.find((e) => e.id === 'a_hust')!;
    expect(hust).toMatchObject({ status: 'contested', secret: true, tally: { agree: 0, disagree: 2, unsure: 0, total: 2 } });
  }, 60_000);

  it('P18: an observer’s ballot is refused, and so is a participant’s while the workshop is paused', async () => {
    const watcher = await joined('observer', 'Screen');
    const li = await joined('participant', 'Li');
    const round = await opened();
    expect(await watcher.rounds.cast(round, 'a_hust', 'agree')).toMatchObject({ ok: false, code: 'forbidden', reason: 'observer' });
    updateMeta(facilitator.doc, { editing: 'paused' });
    await facilitator.flushed();
    await waitFor(() => li.doc.getMap('meta').get('editing') === 'paused', 'the pause');
    expect(await li.rounds.cast(round, 'a_hust', 'agree')).toMatchObject({ ok: false, code: 'forbidden', reason: 'paused' });
    updateMeta(facilitator.doc, { editing: 'frozen' });
    await facilitator.flushed();
    // Frozen: votes are open, so ballots are too.
    expect(await li.rounds.cast(round, 'a_hust', 'agree')).toEqual({ ok: true });
    expect((await server.store.rounds.listBallots(ws.id, round)).map((b) => b.participantId)).toEqual([li.identity!.id]);
  }, 60_000);

  it('P18: a ballot for an element outside the round, for a closed round, or from a participant opening a round is refused', async () => {
    const li = await joined('participant', 'Li');
    expect(await li.rounds.open([])).toMatchObject({ ok: false, code: 'forbidden', reason: 'facilitator_only' });
    expect(await facilitator.rounds.open(['a_nowhere'])).toMatchObject({ ok: false, code: 'bad_round' });
    const round = await opened(['a_hust', 't_lab']);
    expect(await facilitator.rounds.open([])).toMatchObject({ ok: false, code: 'round_open' });
    expect(await li.rounds.cast(round, 'a_outside', 'agree')).toMatchObject({ ok: false, code: 'bad_round' });
    expect(await li.rounds.cast('r_other', 'a_hust', 'agree')).toMatchObject({ ok: false, code: 'no_round' });
    expect(await li.rounds.close(round)).toMatchObject({ ok: false, code: 'forbidden', reason: 'facilitator_only' });
    expect(await server.store.rounds.listBallots(ws.id)).toEqual([]);
    // The element set was fixed at opening: an actor added since is not in it.
    addActor(facilitator.doc, actor('a_late'));
    await facilitator.flushed();
    expect(await li.rounds.cast(round, 'a_late', 'agree')).toMatchObject({ ok: false, code: 'bad_round' });
    await facilitator.rounds.close(round);
    expect(await li.rounds.cast(round, 'a_hust', 'agree')).toMatchObject({ ok: false, code: 'no_round' });
  }, 60_000);

  it('P18: closing twice is idempotent: the second close succeeds and changes nothing', async () => {
    const li = await joined('participant', 'Li');
    const round = await opened();
    await li.rounds.cast(round, 'a_yofc', 'agree');
    expect(await facilitator.rounds.close(round)).toEqual({ ok: true });
    await waitFor(() => readRounds(li.doc)[0]?.closedAt !== undefined, 'the close');
    const log = (await server.store.loadDocument(ws.id)).lastSeq;
    const before = Y.encodeStateVector(li.doc);
    expect(await facilitator.rounds.close(round)).toEqual({ ok: true });
    expect((await server.store.loadDocument(ws.id)).lastSeq).toBe(log);
    expect(Y.encodeStateVector(li.doc)).toEqual(before);
    expect(readRounds(li.doc)[0].tallies?.a_yofc).toEqual({ agree: 1, disagree: 0, unsure: 0 });
    // And a new round may open.
    expect(await facilitator.rounds.open(['a_outside'])).toMatchObject({ ok: true });
  }, 60_000);

  it('P14, P18: while a round is open, an open named vote on one of its elements is refused; outside it and after it, allowed', async () => {
    const li = await joined('participant', 'Li');
    const refusals: string[] = [];
    li.on('refused', (r) => refusals.push(r.error.reason ?? r.error.code));
    const round = await opened(['a_hust']);
    await waitFor(() => openRound(readRounds(li.doc))?.id === round, 'the round to reach Li');
    li.doc.getMap('votes').set(`a_hust:${li.identity!.id}`, 'agree');
    await waitFor(() => refusals.length > 0, 'the refusal');
    expect(refusals[0]).toBe('secret_round');
    expect((await docFromStore(server.store, ws.id)).getMap('votes').size).toBe(0);
    // A fresh replica (as the app starts again after a refusal) votes openly outside the round.
    const again = await joined('participant', 'Li again');
    again.doc.getMap('votes').set(`a_yofc:${again.identity!.id}`, 'agree');
    await again.flushed();
    expect(again.status).toBe('saved');
    await facilitator.rounds.close(round);
    await waitFor(() => readRounds(again.doc)[0]?.closedAt !== undefined, 'the close');
    again.doc.getMap('votes').set(`a_hust:${again.identity!.id}`, 'agree');
    await again.flushed();
    expect((await docFromStore(server.store, ws.id)).getMap('votes').size).toBe(2);
  }, 60_000);

  it('P14, P18: nobody but the server writes the rounds root, not even the facilitator', async () => {
    const errors: string[] = [];
    facilitator.on('error', (e) => errors.push(e.reason ?? e.code));
    facilitator.doc.getMap('rounds').set('r_fake', { id: 'r_fake', elements: ['a_hust'], openedAt: 1, openedBy: 'x', closedAt: 2, tallies: { a_hust: { agree: 9, disagree: 0, unsure: 0 } } });
    await waitFor(() => errors.length > 0, 'the refusal');
    expect(errors[0]).toBe('server_only');
    const fromLog = await docFromStore(server.store, ws.id);
    expect(fromLog.getMap('rounds').size).toBe(0);
  }, 60_000);

  it('P18: a person who joins mid-round gets the counts, and only their own ballots, from the server', async () => {
    const li = await joined('participant', 'Li');
    const round = await opened();
    await li.rounds.cast(round, 'a_hust', 'unsure');
    const secret = 'L'.repeat(43);
    const first = server.client(ws, 'participant', { secret });
    await first.whenSynced();
    await first.rounds.cast(round, 't_lab', 'agree');
    first.destroy();
    const again = server.client(ws, 'participant', { secret });
    await again.whenSynced();
    await waitFor(() => again.rounds.counts(round).a_hust === 1 && again.rounds.mine(round).t_lab === 'agree', 'the greeting');
    expect(again.rounds.mine(round)).toEqual({ t_lab: 'agree' });
    const state = await server.sync.openRound(ws.id);
    expect(state).toMatchObject({ id: round, counts: { a_hust: 1, t_lab: 1 } });
  }, 60_000);
});

describe('secret rounds: limits (P9, P18)', () => {
  it('P9, P18: ballots spend their own token bucket, and a ballot of an unknown value is malformed', async () => {
    const limited = await startSyncServer({ config: { ballotsPerSecond: 1, ballotBurst: 3 } });
    try {
      const w = await limited.createWorkshop();
      const fac = limited.client(w, 'facilitator');
      await fac.whenSynced();
      addActor(fac.doc, actor('a_one'));
      await fac.flushed();
      const round = ((await fac.rounds.open([])) as { round: string }).round;
      const raw = await rawSocket(limited.url, { workshop: w.id, key: w.keys.participant });
      const bad = encodeBallot(round, 'a_one', 'agree');
      // The value's last byte turned into something that is not agree, disagree or unsure.
      bad[bad.length - 1] = 'x'.charCodeAt(0);
      expect(await raw.send(bad)).toMatchObject({ ok: false, code: 'malformed' });
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await raw.send(encodeBallot(round, 'a_one', i % 2 ? 'agree' : 'unsure')));
      expect(answers.map((a) => a.code ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'rate_limited', 'rate_limited']);
      // Writes kept their own allowance.
      addActor(fac.doc, actor('a_two'));
      await fac.flushed();
      expect(fac.status).toBe('saved');
      raw.close();
    } finally {
      await limited.close();
    }
  }, 60_000);
});
