import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreRemoved } from '../../../lib/activity/restore';
import type { ActivityEntry } from '../../../lib/activity/types';
import { castVote, postComment, readDiscussion } from '../../../lib/map/discussion';
import type { Actor, ClusterMap, Tie } from '../../../lib/map/types';
import { addActor, addTie, deleteActor, moveActors, readMap, updateActor } from '../../../lib/map/ydoc';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';
import { waitFor } from '../helpers/sync-server';
import { connect, feed, newWorkshop, type Person } from './helpers';

// The activity feed against the whole server as `npm start` boots it (docs/architecture.md "Activity",
// docs/protocol.md P15): recorded by the server from each accepted update, stored, served over HTTP to any
// key and pushed to every socket of the room; deletions kept in full and restorable through the write check.

let server: Awaited<ReturnType<typeof startAppServer>>;
const providers: WorkshopProvider[] = [];

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

const actor = (id: string, label: string, createdBy: string): Actor => ({ id, label, type: 'firm', scope: 'external', stages: [], createdBy, x: 10, y: 20 });
const tie = (id: string, source: string, target: string, createdBy: string): Tie => ({ id, source, target, kind: 'supply', directed: true, strength: 2, tacit: false, createdBy });

/** Ana maps Huawei with five suppliers tied to it; one vote and one comment on Huawei. */
async function huaweiMap(ana: Person) {
  const doc = ana.provider.doc;
  addActor(doc, actor('a_hw', 'Huawei 华为', ana.id));
  for (let n = 1; n <= 5; n++) {
    addActor(doc, actor(`a_${n}`, `Supplier ${n}`, ana.id));
    addTie(doc, tie(`t_${n}`, `a_${n}`, 'a_hw', ana.id));
  }
  castVote(doc, 'a_hw', ana.id, 'agree');
  postComment(doc, 'a_hw', ana.id, 'Their biggest buyer', { id: 'c_hw', at: 1 });
  await ana.provider.flushed();
}

const lastOf = (p: Person) => p.pushed[p.pushed.length - 1];

describe('activity: recording, the push and the API', () => {
  it('P15: a delete is one entry, with the deleted actor and its ties in full, pushed to everyone in the room and served to any key', async () => {
    const w = await newWorkshop(server.url, 'Deletes nobody regrets');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers);
    const li = await connect(server.url, w, 'participant', 'Li Wei', providers);
    const projector = await connect(server.url, w, 'observer', 'Projector', providers);
    await huaweiMap(ana);
    await waitFor(() => readMap(li.provider.doc).map.ties.length === 5, 'Li to see the map');
    const addsSeen = ana.pushed.length;
    expect(addsSeen).toBe(11);

    deleteActor(li.provider.doc, 'a_hw');
    await li.provider.flushed();
    // Acknowledged means stored: the entry is in the feed by now, and on its way to every socket.
    const { status, json } = await feed(server.url, w, w.keys.observer, '?limit=1');
    expect(status).toBe(200);
    expect(json.more).toBe(true);
    const entry = json.entries[0] as ActivityEntry;
    expect(entry).toMatchObject({ seq: 12, by: li.id, byName: 'Li Wei' });
    expect(Math.abs(entry.at - Date.now())).toBeLessThan(10_000);
    expect(entry.items).toEqual([
      { op: 'deleted', kind: 'actor', id: 'a_hw', label: 'Huawei 华为' },
      ...[1, 2, 3, 4, 5].map((n) => ({ op: 'deleted', kind: 'tie', id: `t_${n}`, label: `Supplier ${n} → Huawei 华为` })),
    ]);
    expect(entry.removed).toEqual({ actors: [actor('a_hw', 'Huawei 华为', ana.id)], ties: [1, 2, 3, 4, 5].map((n) => tie(`t_${n}`, `a_${n}`, 'a_hw', ana.id)) });
    for (const person of [ana, li, projector]) await waitFor(() => lastOf(person)?.seq === 12, `${person.id} to be told`);
    for (const person of [ana, li, projector]) expect(lastOf(person)).toEqual(entry);
  });

  it('P15: moves, votes and comments are not activity; changes name their fields', async () => {
    const w = await newWorkshop(server.url, 'Quiet changes');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers);
    addActor(ana.provider.doc, actor('a_1', 'HUST', ana.id));
    await ana.provider.flushed();
    moveActors(ana.provider.doc, { a_1: { x: 300, y: 400 } });
    castVote(ana.provider.doc, 'a_1', ana.id, 'unsure');
    postComment(ana.provider.doc, 'a_1', ana.id, 'Which campus?', { id: 'c_1', at: 2 });
    updateActor(ana.provider.doc, 'a_1', { label: 'HUST 华中科技大学', scope: 'local', x: 1 });
    await ana.provider.flushed();
    const { json } = await feed(server.url, w, w.keys.participant);
    expect(json.entries.map((e: ActivityEntry) => e.items)).toEqual([
      [{ op: 'changed', kind: 'actor', id: 'a_1', label: 'HUST 华中科技大学', fields: ['label', 'scope'] }],
      [{ op: 'added', kind: 'actor', id: 'a_1', label: 'HUST' }],
    ]);
    expect(json.more).toBe(false);
  });

  it('P15: the feed over HTTP pages backwards; refuses bad queries, wrong keys and unknown workshops', async () => {
    const w = await newWorkshop(server.url, 'Paging');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers);
    for (let n = 1; n <= 5; n++) addActor(ana.provider.doc, actor(`a_${n}`, `A${n}`, ana.id));
    await ana.provider.flushed();
    const seqs = async (query: string) => ((await feed(server.url, w, w.keys.facilitator, query)).json.entries as ActivityEntry[]).map((e) => e.seq);
    expect(await seqs('?limit=2')).toEqual([5, 4]);
    expect(await seqs('?before=4&limit=2')).toEqual([3, 2]);
    expect(await seqs('?before=2')).toEqual([1]);
    expect((await feed(server.url, w, w.keys.facilitator, '?limit=0')).status).toBe(400);
    expect((await feed(server.url, w, w.keys.facilitator, '?before=x')).status).toBe(400);
    expect((await feed(server.url, w, 'not-a-key')).status).toBe(401);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/activity`)).status).toBe(401);
    expect((await api(server.url, 'GET', '/api/workshops/w_nope/activity', { key: w.keys.facilitator })).status).toBe(401); // as a wrong key (docs/architecture.md "What an error tells")
  });

  it('P14, P15: someone else restores the deletion from its entry: same ids and authors, votes and comments back, one "restored" entry', async () => {
    const w = await newWorkshop(server.url, 'Bringing it back');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers);
    const li = await connect(server.url, w, 'participant', 'Li Wei', providers);
    const chen = await connect(server.url, w, 'participant', 'Chen', providers);
    await huaweiMap(ana);
    const before = readMap(ana.provider.doc).map;
    await waitFor(() => readMap(li.provider.doc).map.ties.length === 5, 'Li to see the map');
    deleteActor(li.provider.doc, 'a_hw');
    await li.provider.flushed();
    await waitFor(() => lastOf(chen)?.items[0]?.op === 'deleted', 'Chen to be told of the delete');
    const deletion = lastOf(chen);
    await waitFor(() => readMap(chen.provider.doc).map.actors.length === 5, 'Chen to see the delete');

    const errors: unknown[] = [];
    chen.provider.on('error', (e) => errors.push(e));
    restoreRemoved(chen.provider.doc, deletion.removed!);
    await chen.provider.flushed();
    expect(errors).toEqual([]);
    await waitFor(() => readMap(ana.provider.doc).map.ties.length === 5, 'Ana to see it back');
    expect(readMap(ana.provider.doc).map).toEqual(before);
    expect(readDiscussion(ana.provider.doc).votes.a_hw).toEqual({ [ana.id]: 'agree' });
    expect(readDiscussion(ana.provider.doc).comments.map((c) => c.id)).toEqual(['c_hw']);
    await waitFor(() => lastOf(ana)?.items[0]?.op === 'restored', 'Ana to be told of the restore');
    expect(lastOf(ana)).toMatchObject({ by: chen.id, byName: 'Chen', items: [{ op: 'restored', kind: 'actor', id: 'a_hw', label: 'Huawei 华为' }, ...[1, 2, 3, 4, 5].map((n) => ({ op: 'restored', kind: 'tie', id: `t_${n}` }))] });
    const stored = await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.observer });
    expect(stored.json.actors.find((a: Actor) => a.id === 'a_hw')).toMatchObject({ label: 'Huawei 华为', createdBy: ana.id });
  });

  it('P15: a checkpoint restore and an import are one entry each, under the facilitator who asked', async () => {
    const w = await newWorkshop(server.url, 'Whole-map changes');
    const fac = await connect(server.url, w, 'facilitator', 'Mei', providers);
    addActor(fac.provider.doc, actor('a_1', 'HUST', fac.id));
    await fac.provider.flushed();
    const cp = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Morning' } });
    for (let n = 2; n <= 4; n++) addActor(fac.provider.doc, actor(`a_${n}`, `A${n}`, fac.id));
    await fac.provider.flushed();
    expect((await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints/${cp.json.id}/restore`, { key: w.keys.facilitator })).status).toBe(200);
    const map: ClusterMap = { meta: { title: 'Imported' }, stages: [], actors: [{ id: 'a_x', label: 'X', type: 'firm', scope: 'local', stages: [] }], ties: [] };
    expect((await api(server.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, body: { format: 'clustercanvas.map', version: 1, ...map } })).status).toBe(200);
    await waitFor(() => fac.pushed.length === 6, 'both entries to be pushed');
    const { json } = await feed(server.url, w, w.keys.participant, '?limit=2');
    expect(json.entries).toMatchObject([
      // The import also takes away the map's value-chain stages (the file has none).
      { by: 'api:facilitator', byName: 'The facilitator', items: [{ op: 'imported', kind: 'map' }], counts: { added: 1, changed: 0 } },
      { by: 'api:facilitator', items: [{ op: 'restored', kind: 'map', id: cp.json.id, label: 'Morning' }], counts: { added: 0, deleted: 3, changed: 0 } },
    ]);
    expect(json.entries.map((e: ActivityEntry) => e.removed?.actors.map((a) => a.id))).toEqual([['a_1'], ['a_2', 'a_3', 'a_4']]);
  });
});
