import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castVote, postComment, readDiscussion, setDecision } from '../../../lib/map/discussion';
import { actorsOf, addActor, readMap, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { WorkshopProvider } from '../../../lib/sync/provider';
import type { Role } from '../../../lib/map/types';
import { api, clientPool, createWorkshop, startAppServer, type CreatedWorkshop } from '../helpers/app-server';
import { waitFor } from '../helpers/sync-server';

// Checkpoints and the agreement over HTTP (docs/architecture.md "Checkpoints", "Agreement"), against the
// whole server as `npm start` boots it, with live clients watching.

let server: Awaited<ReturnType<typeof startAppServer>>;
const pool = clientPool();

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
});
afterAll(async () => {
  pool.destroyAll();
  await server.close();
});

const actor = (id: string, label = id) => ({ id, label, type: 'firm' as const, scope: 'local' as const, stages: [] });

const workshop = (title: string) => createWorkshop(server.url, { title });

const client = (w: CreatedWorkshop, role: Role) => pool.connect(server.url, w, role);

describe('checkpoints', () => {
  it('the facilitator saves a named checkpoint; everyone lists and opens it; participants cannot save one', async () => {
    const w = await workshop('Saving');
    const fac = await client(w, 'facilitator');
    addActor(fac.doc, actor('a_1', 'HUST'));
    await fac.flushed();

    const saved = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Before lunch' } });
    expect(saved.status).toBe(201);
    expect(saved.json).toMatchObject({ name: 'Before lunch', kind: 'manual', auto: false });
    expect(saved.json.id).toMatch(/^k_/);
    expect(typeof saved.json.createdAt).toBe('number');

    const refused = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.participant, body: { name: 'Mine' } });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatch(/Only the facilitator may save checkpoints/);
    const unnamed = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: '  ' } });
    expect(unnamed.status).toBe(400);
    expect(unnamed.json.details).toEqual([{ path: 'name', message: 'Give the checkpoint a name.' }]);

    updateActor(fac.doc, 'a_1', { label: 'Renamed later' });
    await fac.flushed();
    const list = await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.observer });
    expect(list.status).toBe(200);
    expect(list.json.checkpoints).toEqual([{ id: saved.json.id, name: 'Before lunch', kind: 'manual', createdAt: saved.json.createdAt, createdBy: 'api:facilitator', auto: false }]);
    const map = await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints/${saved.json.id}/map`, { key: w.keys.participant });
    expect(map.status).toBe(200);
    expect(map.json).toMatchObject({ format: 'clustercanvas.map', version: 1 });
    expect(map.json.actors.map((a: { label: string }) => a.label)).toEqual(['HUST']);
    const missing = await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints/k_nope/map`, { key: w.keys.participant });
    expect(missing.status).toBe(404);
  });

  it('one is saved automatically at every phase change, and "Finish agreement" saves one of kind agreed', async () => {
    const w = await workshop('Phases');
    const fac = await client(w, 'facilitator');
    updateMeta(fac.doc, { phase: 'review' });
    await fac.flushed();
    updateMeta(fac.doc, { phase: 'agree' });
    await fac.flushed();
    const finished = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Agreed map', kind: 'agreed' } });
    expect(finished.status).toBe(201);
    let kinds: string[] = [];
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      kinds = (await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator })).json.checkpoints.map((c: { kind: string; name: string }) => `${c.kind}:${c.name}`);
      if (kinds.length === 3) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(kinds).toEqual(['phase:Phase: Review', 'phase:Phase: Agree', 'agreed:Agreed map']);
    const phase = (await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator })).json.checkpoints[0];
    expect(phase.auto).toBe(true);
    expect(phase.createdBy).toBe(fac.identity!.id);
  });

  it('restore: every connected client sees the checkpoint’s map as one change; unchanged elements keep their identity; history is kept', async () => {
    const w = await workshop('Restore');
    const fac = await client(w, 'facilitator');
    const par = await client(w, 'participant');
    addActor(fac.doc, actor('a_keep', 'Kept as it was'));
    addActor(fac.doc, actor('a_change', 'Original name'));
    updateMeta(fac.doc, { cluster: 'Optics' });
    await fac.flushed();
    const cp = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Morning' } });

    await waitFor(() => readMap(par.doc).map.actors.length === 2, 'the participant to see the actors');
    const parId = par.identity!.id;
    updateActor(par.doc, 'a_change', { label: 'Renamed in the afternoon' });
    addActor(par.doc, actor('a_new', 'Added in the afternoon'));
    castVote(par.doc, 'a_keep', parId, 'agree');
    postComment(par.doc, 'a_keep', parId, 'Looks right', { id: 'c_1', at: 1 });
    await par.flushed();
    setDecision(fac.doc, 'a_change', { value: 'parked', by: fac.identity!.id, at: 2 });
    updateMeta(fac.doc, { phase: 'agree', editing: 'frozen' });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.editing === 'frozen', 'the freeze to arrive');
    const keptBefore = actorsOf(par.doc).get('a_keep');

    const restored = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints/${cp.json.id}/restore`, { key: w.keys.facilitator });
    expect(restored.status).toBe(200);
    expect(restored.json.restored.id).toBe(cp.json.id);
    expect(restored.json.before).toMatchObject({ kind: 'before_restore', auto: true, name: 'Before restoring “Morning”' });

    for (const p of [fac, par]) {
      await waitFor(() => readMap(p.doc).map.actors.length === 2, 'every client to see the restore');
      const { map } = readMap(p.doc);
      expect(map.actors.map((a) => [a.id, a.label])).toEqual([['a_change', 'Original name'], ['a_keep', 'Kept as it was']]);
      // Never phase, editing, people, votes or comments.
      expect(map.meta).toMatchObject({ cluster: 'Optics', phase: 'agree', editing: 'frozen' });
      const d = readDiscussion(p.doc);
      expect(d.votes.a_keep).toEqual({ [parId]: 'agree' });
      expect(d.comments.map((c) => c.text)).toEqual(['Looks right']);
      expect(d.decisions).toEqual({});
    }
    expect(actorsOf(par.doc).get('a_keep')).toBe(keptBefore);

    // The restore can be undone by restoring the automatic checkpoint taken just before it.
    const back = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints/${restored.json.before.id}/restore`, { key: w.keys.facilitator });
    expect(back.status).toBe(200);
    await waitFor(() => readMap(par.doc).map.actors.length === 3, 'the undo of the restore to arrive');
    expect(readMap(par.doc).map.actors.find((a) => a.id === 'a_change')?.label).toBe('Renamed in the afternoon');
    expect(readDiscussion(par.doc).decisions.a_change?.value).toBe('parked');
    const kinds = (await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator })).json.checkpoints.map((c: { kind: string }) => c.kind);
    expect(kinds).toEqual(['manual', 'phase', 'before_restore', 'before_restore']);

    const refused = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints/${cp.json.id}/restore`, { key: w.keys.participant });
    expect(refused.status).toBe(403);
  });

  it('an import over a live map is saved first, and checkpoints survive compaction and a restart', async () => {
    const small = await startAppServer({ seedDemo: false, compactionThreshold: 3 });
    try {
      const { json: w } = await api(small.url, 'POST', '/api/workshops', { body: { title: 'Kept' } });
      const fac = new WorkshopProvider({ url: small.url, workshop: w.id, key: w.keys.facilitator });
      await fac.whenSynced();
      for (let i = 0; i < 6; i++) addActor(fac.doc, actor(`a_${i}`));
      await fac.flushed();
      const map = { format: 'clustercanvas.map', version: 1, meta: { title: 'Imported' }, stages: [], actors: [actor('a_0', 'Only one')], ties: [] };
      const put = await api(small.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, body: map });
      expect(put.status).toBe(200);
      expect(put.json.checkpoint).toMatchObject({ kind: 'before_import', auto: true });
      for (let i = 0; i < 6; i++) addActor(fac.doc, actor(`b_${i}`));
      await fac.flushed();
      fac.destroy();
      await small.close();
      const again = await startAppServer({ seedDemo: false, dataDir: small.dataDir });
      try {
        const opened = await api(again.url, 'GET', `/api/workshops/${w.id}/checkpoints/${put.json.checkpoint.id}`, { key: w.keys.observer });
        expect(opened.status).toBe(200);
        expect(opened.json.map.actors).toHaveLength(6);
        expect(opened.json.checkpoint.kind).toBe('before_import');
      } finally {
        await again.close();
      }
    } finally {
      await small.close();
    }
  });
});

describe('the agreement', () => {
  it('GET /agreement gives the rules in force and each element’s status, decision, reason and tally', async () => {
    const w = await workshop('Agreement');
    const fac = await client(w, 'facilitator');
    const voters = await Promise.all([client(w, 'participant'), client(w, 'participant'), client(w, 'participant')]);
    addActor(fac.doc, actor('a_hust', 'HUST'));
    addActor(fac.doc, actor('a_yofc', 'YOFC'));
    await fac.flushed();
    for (const v of voters) await waitFor(() => readMap(v.doc).map.actors.length === 2, 'voters to see the map');
    for (const v of voters) castVote(v.doc, 'a_hust', v.identity!.id, 'agree');
    castVote(voters[0].doc, 'a_yofc', voters[0].identity!.id, 'disagree');
    await Promise.all(voters.map((v) => v.flushed()));
    setDecision(fac.doc, 'a_yofc', { value: 'parked', reason: 'Ask YOFC', by: fac.identity!.id, at: 1 });
    updateMeta(fac.doc, { quorum: 3 });
    await fac.flushed();

    const res = await api(server.url, 'GET', `/api/workshops/${w.id}/agreement`, { key: w.keys.observer });
    expect(res.status).toBe(200);
    expect(res.json.rules).toEqual({ quorum: 3, threshold: 2 / 3 });
    expect(res.json.elements.a_hust).toEqual({ kind: 'actor', label: 'HUST', status: 'agreed', decision: null, reason: null, tally: { agree: 3, disagree: 0, unsure: 0, total: 3 } });
    expect(res.json.elements.a_yofc).toMatchObject({ status: 'parked', decision: 'parked', reason: 'Ask YOFC', tally: { disagree: 1, total: 1 } });
    expect(res.json).toMatchObject({ settled: 2, total: 2 });
    // The agreed map only: HUST (agreed by votes); YOFC is parked.
    const agreed = await api(server.url, 'GET', `/api/workshops/${w.id}/map?agreed=1`, { key: w.keys.participant });
    expect(agreed.json.actors.map((a: { id: string }) => a.id)).toEqual(['a_hust']);
    const all = await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.participant });
    expect(all.json.actors).toHaveLength(2);
  });
});
