import { runCli } from '../helpers/cli-process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTie, deleteTie, readMap, updateActor, updateTie } from '../../../lib/map/ydoc';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';

// GET /api/workshops/:id/compare (docs/architecture.md "Comparisons") against the whole server, and the
// same comparison offline with `clustercanvas compare` (spawned) on the two exported maps.

const SLOW = { timeout: 90_000 };

let server: Awaited<ReturnType<typeof startAppServer>>;
let work: string;
const clients: WorkshopProvider[] = [];

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-compare-'));
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli(args, { cwd: work });

/** The Optics Valley workshop, a checkpoint of it, then four edits on the live map. */
async function editedWorkshop() {
  const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Compare', template: 'optics-valley' } });
  const fac = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys.facilitator, retryDelayMs: 50 });
  clients.push(fac);
  await fac.whenSynced();
  const { json: cp } = await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Morning' } });
  const ties = readMap(fac.doc).map.ties;
  const [changed, removed] = [ties[0], ties.find((t) => t.kind === 'supply')!];
  addTie(fac.doc, { id: 't_whu_ehtz', source: 'a_whu', target: 'a_ehtz', kind: 'policy', directed: true, strength: 2, tacit: false });
  updateTie(fac.doc, changed.id, { strength: changed.strength === 1 ? 3 : 1 });
  deleteTie(fac.doc, removed.id);
  updateActor(fac.doc, 'a_yofc', { influence: 2, notes: 'Anchor firm' });
  await fac.flushed();
  return { w, cp, changed, removed };
}

describe('GET /api/workshops/:id/compare', () => {
  let setup: Awaited<ReturnType<typeof editedWorkshop>>;
  beforeAll(async () => {
    setup = await editedWorkshop();
  }, 60_000);

  it('checkpoint vs live after edits lists the right ids and fields, and `to` is what /scores says', async () => {
    const { w, cp, changed, removed } = setup;
    const res = await api(server.url, 'GET', `/api/workshops/${w.id}/compare?from=${cp.id}&to=live`, { key: w.keys.observer });
    expect(res.status).toBe(200);
    const c = res.json;
    expect(c.ties).toEqual({ added: ['t_whu_ehtz'], removed: [removed.id], changed: [{ id: changed.id, fields: ['strength'] }] });
    expect(c.actors).toEqual({ added: [], removed: [], changed: [{ id: 'a_yofc', fields: ['influence', 'notes'] }] });
    expect(c.sources).toEqual({ from: { kind: 'checkpoint', name: 'Morning', at: cp.createdAt }, to: { kind: 'live' } });

    const { json: scores } = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.participant });
    expect(c.indices.ici.to).toBe(scores.indices.ici.value);
    expect(c.indices.gi.to).toBe(scores.indices.gi.value);
    for (const k of [...scores.indices.ici.components, ...scores.indices.gi.components]) {
      expect(c.indices.components[k.id].to, k.id).toBe(k.value);
      expect(c.indices.components[k.id].delta).toBe(k.value - c.indices.components[k.id].from);
    }
    // Wuhan University's new tie to the zone's committee explains the triple-helix change, in words.
    const i3 = c.indices.components.I3;
    expect(i3.elements).toContain('t_whu_ehtz');
    expect(i3.explanation).toMatch(/^I3 triple-helix linkage [+−][\d.]+: .*Wuhan University now has a tie to East Lake High-tech Zone Administrative Committee/);
  });

  it('words the sentences in Chinese with lang=zh-CN', async () => {
    const { w, cp } = setup;
    const { json } = await api(server.url, 'GET', `/api/workshops/${w.id}/compare?from=${cp.id}&to=live&lang=zh-CN`, { key: w.keys.observer });
    expect(json.locale).toBe('zh-CN');
    expect(json.indices.components.I3.explanation).toMatch(/^I3 三螺旋联系 [+−][\d.]+：.*武汉大学现在与/);
    expect(json.indices.components.I1.explanation).toMatch(/^I1 知识网络可达性/);
  });

  it('equals `clustercanvas compare` on the two exported maps', SLOW, async () => {
    const { w, cp } = setup;
    const before = await api(server.url, 'GET', `/api/workshops/${w.id}/checkpoints/${cp.id}/map`, { key: w.keys.observer });
    const after = await api(server.url, 'GET', `/api/workshops/${w.id}/export?format=json`, { key: w.keys.observer });
    fs.writeFileSync(path.join(work, 'before.json'), JSON.stringify(before.json));
    fs.writeFileSync(path.join(work, 'after.json'), JSON.stringify(after.json));
    const [http, zh] = await Promise.all([
      api(server.url, 'GET', `/api/workshops/${w.id}/compare?from=${cp.id}&to=live`, { key: w.keys.observer }),
      api(server.url, 'GET', `/api/workshops/${w.id}/compare?from=${cp.id}&to=live&lang=zh-CN`, { key: w.keys.observer }),
    ]);
    const [offline, offlineZh] = await Promise.all([cli(['compare', 'before.json', 'after.json']), cli(['compare', 'before.json', 'after.json', '--lang', 'zh-CN'])]);
    expect(offline.code, offline.stderr).toBe(0);
    expect(offlineZh.code, offlineZh.stderr).toBe(0);
    const shape = (x: Record<string, unknown>) => ({ actors: x.actors, ties: x.ties, indices: x.indices });
    expect(shape(JSON.parse(offline.stdout))).toEqual(shape(http.json));
    expect(shape(JSON.parse(offlineZh.stdout))).toEqual(shape(zh.json));
  });

  it('a source compared with itself changes nothing', async () => {
    const { w } = setup;
    const { json } = await api(server.url, 'GET', `/api/workshops/${w.id}/compare?from=live&to=live`, { key: w.keys.observer });
    expect([json.actors.added, json.ties.added, json.ties.changed, json.indices.ici.delta]).toEqual([[], [], [], 0]);
    expect(json.indices.ici.explanation).toBe('ICI innovation capability: unchanged.');
  });

  it('bad sources get a clear 400 or 404 naming the parameter', async () => {
    const { w, cp } = setup;
    const ask = (q: string, key = w.keys.observer) => api(server.url, 'GET', `/api/workshops/${w.id}/compare?${q}`, { key });
    const missing = await ask(`from=${cp.id}`);
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatch(/^to missing: give a checkpoint id, live or scenario:<id>/);
    expect(missing.json.details).toEqual([{ param: 'to', message: expect.any(String) }]);
    const malformed = await ask('from=live&to=scenario:');
    expect([malformed.status, malformed.json.details[0].param]).toEqual([400, 'to']);
    const noCheckpoint = await ask('from=k_nothere&to=live');
    expect(noCheckpoint.status).toBe(404);
    expect(noCheckpoint.json.error).toMatch(/no checkpoint "k_nothere".*\(from\)/);
    const noScenario = await ask('from=live&to=scenario:s_nothere');
    expect(noScenario.status).toBe(404);
    expect(noScenario.json.error).toMatch(/no scenario "s_nothere".*\(to\)/);
    expect((await ask('from=live&to=live&lang=fr')).status).toBe(400);
    expect((await ask('from=live&to=live', 'not-a-key')).status).toBe(401);
  });
});

describe('clustercanvas compare', () => {
  it('refuses one map, two standard inputs and an unknown language', SLOW, async () => {
    fs.writeFileSync(path.join(work, 'one.json'), JSON.stringify({ format: 'clustercanvas.map', version: 1, actors: [], ties: [], stages: [], meta: { title: 'x' } }));
    const results = await Promise.all([cli(['compare', 'one.json']), cli(['compare', '-', '-']), cli(['compare', 'one.json', 'one.json', '--lang', 'fr'])]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(results[0].stderr).toMatch(/exactly two map files/);
    expect(results[1].stderr).toMatch(/only one of the two maps/);
    expect(results[2].stderr).toMatch(/unknown language "fr"/);
  });
});
