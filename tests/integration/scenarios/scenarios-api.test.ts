import { runCli } from '../helpers/cli-process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXT_EXPORT_FORMAT_NAMES } from '../../../lib/export/formats';
import { readMap, updateMeta } from '../../../lib/map/ydoc';
import type { ClusterMap } from '../../../lib/map/types';
import { adoptScenario, planTie, readScenario } from '../../../lib/scenarios';
import type { Role } from '../../../lib/map/types';
import { api, clientPool, createWorkshop, startAppServer, type CreatedWorkshop } from '../helpers/app-server';
import { waitFor } from '../helpers/sync-server';

// What-if scenarios (docs/architecture.md "What-if scenarios", docs/protocol.md P19) against the whole server
// as `npm start` boots it: the API, live clients over the socket, and the CLI spawned on exported maps.

const SLOW = { timeout: 90_000 };

let server: Awaited<ReturnType<typeof startAppServer>>;
let work: string;
const pool = clientPool();

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-scenarios-'));
});
afterAll(async () => {
  pool.destroyAll();
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const workshop = (title: string) => createWorkshop(server.url, { title, template: 'optics-valley' });

const client = (w: CreatedWorkshop, role: Role) => pool.connect(server.url, w, role);

async function liveMap(w: CreatedWorkshop): Promise<ClusterMap & { format: string }> {
  return (await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.observer })).json as ClusterMap & { format: string };
}

/** Two actors of the map with no tie between them. */
function untied(map: ClusterMap): [string, string] {
  const tied = new Set(map.ties.flatMap((t) => [`${t.source}|${t.target}`, `${t.target}|${t.source}`]));
  for (const a of map.actors) for (const b of map.actors) if (a.id < b.id && !tied.has(`${a.id}|${b.id}`)) return [a.id, b.id];
  throw new Error('every pair is tied');
}

const PLANNED_TIE = 't_planned_joint_lab';
const PLANNED_ACTOR = 'a_planned_buyer';
const PLANNED_LABEL = 'Planned Second Buyer Zq';

async function openScenario(w: CreatedWorkshop, key: string, extra: Record<string, unknown> = {}) {
  const map = await liveMap(w);
  const [a, b] = untied(map);
  const body = {
    name: 'A joint HUST–YOFC lab',
    actors: [{ id: PLANNED_ACTOR, label: PLANNED_LABEL, type: 'firm', scope: 'external', stages: [] }],
    ties: [
      { id: PLANNED_TIE, source: a, target: b, kind: 'knowledge', strength: 3, tacit: true },
      { id: 't_planned_supply', source: a, target: PLANNED_ACTOR, kind: 'supply' },
    ],
    removeTies: [map.ties[0].id],
    changeTies: [{ id: map.ties[1].id, strength: 3, tacit: true }],
    ...extra,
  };
  const res = await api(server.url, 'POST', `/api/workshops/${w.id}/scenarios`, { key, body });
  return { res, map, ends: [a, b] as const };
}

const cli = (args: string[]) => runCli(args, { cwd: work });

describe('P19 — Scenarios over HTTP', () => {
  it('a planned tie never reaches /map, /scores or any export', SLOW, async () => {
    const w = await workshop('Invisible plans');
    const before = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer });
    const { res } = await openScenario(w, w.keys.participant);
    expect(res.status).toBe(201);
    expect(res.json.id).toMatch(/^x_/);

    const map = await liveMap(w);
    expect(map.ties.some((t) => t.id === PLANNED_TIE || t.id === 't_planned_supply')).toBe(false);
    expect(map.actors.some((a) => a.id === PLANNED_ACTOR)).toBe(false);
    expect(JSON.stringify(map)).not.toContain('planned');
    const agreed = await api(server.url, 'GET', `/api/workshops/${w.id}/map?agreed=1`, { key: w.keys.observer });
    expect(JSON.stringify(agreed.json)).not.toContain('planned');
    const after = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer });
    expect(after.json).toEqual(before.json);
    for (const format of [...TEXT_EXPORT_FORMAT_NAMES, 'svg']) {
      const exported = await fetch(`${server.url}/api/workshops/${w.id}/export?format=${format}`, { headers: { authorization: `Bearer ${w.keys.observer}` } });
      expect(exported.status, format).toBe(200);
      const text = await exported.text();
      expect(text, format).not.toContain('planned');
      expect(text, format).not.toContain(PLANNED_LABEL);
    }
    // …while the scenario's own map has them.
    const scenarioMap = await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/${res.json.id}/map`, { key: w.keys.observer });
    expect(scenarioMap.json.ties.map((t: { id: string }) => t.id)).toContain(PLANNED_TIE);
    expect(scenarioMap.json).toMatchObject({ format: 'clustercanvas.map', scenario: { id: res.json.id, name: 'A joint HUST–YOFC lab' }, missing: [] });
  });

  it("a scenario's deltas equal the CLI score difference of the live map and the scenario map", SLOW, async () => {
    const w = await workshop('Deltas');
    const { res } = await openScenario(w, w.keys.facilitator);
    const sid = res.json.id as string;
    const scores = await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/${sid}/scores`, { key: w.keys.observer });
    expect(scores.status).toBe(200);
    const livePath = path.join(work, 'live.json');
    const planPath = path.join(work, 'scenario.json');
    fs.writeFileSync(livePath, JSON.stringify(await liveMap(w)));
    fs.writeFileSync(planPath, JSON.stringify((await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/${sid}/map`, { key: w.keys.observer })).json));
    const [live, plan] = await Promise.all([cli(['score', livePath]), cli(['score', planPath])]);
    expect(live.code, live.stderr).toBe(0);
    expect(plan.code, plan.stderr).toBe(0);
    type Report = { indices: Record<'ici' | 'gi', { value: number; components: Array<{ id: string; value: number }> }> };
    const a = JSON.parse(live.stdout) as Report;
    const b = JSON.parse(plan.stdout) as Report;
    const { indices } = scores.json;
    for (const index of ['ici', 'gi'] as const) {
      expect(indices[index].from).toBeCloseTo(a.indices[index].value, 9);
      expect(indices[index].to).toBeCloseTo(b.indices[index].value, 9);
      expect(indices[index].delta).toBeCloseTo(b.indices[index].value - a.indices[index].value, 9);
      for (const c of b.indices[index].components) {
        const was = a.indices[index].components.find((x) => x.id === c.id)!;
        expect(indices.components[c.id].delta, c.id).toBeCloseTo(c.value - was.value, 9);
      }
    }
    // The plan changes something the engine sees (a strong tacit knowledge tie, a buyer, a removal).
    const moved = Object.values(indices.components as Record<string, { delta: number }>).filter((c) => Math.abs(c.delta) > 1e-9);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('refuses bodies that are not a scenario, with the path of every problem', async () => {
    const w = await workshop('Validation');
    const post = (body: unknown) => api(server.url, 'POST', `/api/workshops/${w.id}/scenarios`, { key: w.keys.participant, body });
    const noName = await post({ name: '  ' });
    expect(noName.status).toBe(400);
    expect(noName.json.details).toEqual([{ path: 'name', message: 'a scenario needs a name' }]);
    const badTie = await post({ name: 'S', ties: [{ id: 't_x', source: 'a_nobody', target: 'a_none', kind: 'telepathy' }] });
    expect(badTie.status).toBe(400);
    expect(badTie.json.details.map((d: { path: string }) => d.path)).toEqual(['ties[0].kind']);
    const dangling = await post({ name: 'S', ties: [{ id: 't_x', source: 'a_nobody', target: 'a_none', kind: 'social' }], removeTies: ['t_gone'], changeTies: [{ id: 't_gone2', strength: 3 }] });
    expect(dangling.status).toBe(400);
    expect(dangling.json.details.map((d: { path: string }) => d.path)).toEqual(['ties[0].source', 'ties[0].target', 'removeTies[0]', 'changeTies[0].id']);
    const badChange = await post({ name: 'S', changeTies: [{ id: 't_1', source: 'a_1' }] });
    expect(badChange.status).toBe(400);
    expect(badChange.json.details[0].path).toBe('changeTies[0]');
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios`, { key: w.keys.observer })).json.scenarios).toEqual([]);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/x_nope/map`, { key: w.keys.observer })).status).toBe(404);
  });

  it('an observer is refused, over HTTP and over the socket; a participant may not adopt', async () => {
    const w = await workshop('Observers');
    const refused = await openScenario(w, w.keys.observer);
    expect(refused.res.status).toBe(403);
    expect(refused.res.json.details).toMatchObject({ role: 'observer', reason: 'observer' });
    const { res } = await openScenario(w, w.keys.participant);
    const sid = res.json.id as string;
    expect((await api(server.url, 'DELETE', `/api/workshops/${w.id}/scenarios/${sid}`, { key: w.keys.observer })).status).toBe(403);
    const adopt = await api(server.url, 'POST', `/api/workshops/${w.id}/scenarios/${sid}/adopt`, { key: w.keys.participant });
    expect(adopt.status).toBe(403);
    expect(adopt.json.error).toMatch(/Only the facilitator may adopt a scenario/);

    const obs = await client(w, 'observer');
    const errors: string[] = [];
    obs.on('error', (e: { code: string; reason?: string }) => errors.push(`${e.code}:${e.reason}`));
    await waitFor(() => readScenario(obs.doc, sid) !== null, 'the scenario to reach the observer');
    const map = readMap(obs.doc).map;
    planTie(obs.doc, sid, { id: 't_obs', source: map.actors[0].id, target: map.actors[1].id, kind: 'social', directed: false, strength: 2, tacit: false });
    await waitFor(() => errors.length > 0, 'the refusal');
    expect(errors[0]).toBe('forbidden:observer');
    const listed = await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/${sid}`, { key: w.keys.observer });
    expect(listed.json.ties.map((t: { id: string }) => t.id)).not.toContain('t_obs');
  });

  it('scenarios stay editable while the map is frozen, over the socket and HTTP; discarding deletes one', async () => {
    const w = await workshop('Frozen');
    const fac = await client(w, 'facilitator');
    const par = await client(w, 'participant');
    updateMeta(fac.doc, { editing: 'frozen' });
    await fac.flushed();
    await waitFor(() => readMap(par.doc).map.meta.editing === 'frozen', 'the freeze to arrive');
    const { res, ends } = await openScenario(w, w.keys.participant);
    expect(res.status).toBe(201);
    const sid = res.json.id as string;
    await waitFor(() => readScenario(par.doc, sid) !== null, 'the scenario to reach the participant');
    const errors: string[] = [];
    par.on('error', (e: { code: string }) => errors.push(e.code));
    planTie(par.doc, sid, { id: 't_frozen_plan', source: ends[0], target: ends[1], kind: 'finance', directed: false, strength: 1, tacit: false, createdBy: par.identity!.id });
    await par.flushed();
    expect(errors).toEqual([]);
    const listed = await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios`, { key: w.keys.observer });
    expect(listed.json.scenarios[0].ties.map((t: { id: string }) => t.id)).toContain('t_frozen_plan');
    expect(listed.json.scenarios[0].ties.find((t: { id: string }) => t.id === 't_frozen_plan').createdBy).toBe(par.identity!.id);
    const discarded = await api(server.url, 'DELETE', `/api/workshops/${w.id}/scenarios/${sid}`, { key: w.keys.participant });
    expect(discarded.status).toBe(200);
    await waitFor(() => readScenario(par.doc, sid) === null, 'the discard to reach the participant');
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios`, { key: w.keys.observer })).json.scenarios).toEqual([]);
  });

  it('adopting is one change that undo reverts', SLOW, async () => {
    const w = await workshop('Adopt');
    const before = await liveMap(w);
    const feed = async () => (await api(server.url, 'GET', `/api/workshops/${w.id}/activity`, { key: w.keys.observer })).json.entries as unknown[];
    const entries = (await feed()).length;
    const { res } = await openScenario(w, w.keys.participant);
    const sid = res.json.id as string;
    // Planning is not activity (P19 rule 5): the feed only hears of the adoption.
    expect(await feed()).toHaveLength(entries);
    const fac = await client(w, 'facilitator');
    await waitFor(() => readScenario(fac.doc, sid) !== null, 'the scenario to reach the facilitator');
    const origin = { undo: 'facilitator' };
    const undo = new Y.UndoManager([fac.doc.getMap('actors'), fac.doc.getMap('ties'), fac.doc.getMap('stages')], { trackedOrigins: new Set([origin]) });
    const adopted = adoptScenario(fac.doc, sid, fac.identity!.id, origin)!;
    expect(adopted).toMatchObject({ actors: 1, ties: 2, removedTies: 1, changedTies: 1, skipped: [] });
    await fac.flushed();
    expect(undo.undoStack).toHaveLength(1);
    const adoptedMap = await liveMap(w);
    expect(adoptedMap.ties.map((t) => t.id)).toEqual(expect.arrayContaining([PLANNED_TIE, 't_planned_supply']));
    expect(adoptedMap.ties.some((t) => t.id === before.ties[0].id)).toBe(false);
    expect(adoptedMap.ties.find((t) => t.id === before.ties[1].id)).toMatchObject({ strength: 3, tacit: true });
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios`, { key: w.keys.observer })).json.scenarios).toEqual([]);
    const activity = await api(server.url, 'GET', `/api/workshops/${w.id}/activity`, { key: w.keys.observer });
    expect(activity.json.entries.filter((e: { by: string }) => e.by === fac.identity!.id)).toHaveLength(1);

    undo.undo();
    await fac.flushed();
    const undone = await liveMap(w);
    expect(undone.actors).toEqual(before.actors);
    expect(undone.ties).toEqual(before.ties);
  });

  it('adopting over HTTP is the facilitator’s, and skips what was deleted meanwhile', async () => {
    const w = await workshop('Adopt over HTTP');
    const { res, map } = await openScenario(w, w.keys.participant);
    const sid = res.json.id as string;
    const fac = await client(w, 'facilitator');
    // The tie the scenario changes is deleted on the live map: the scenario says so and still adopts.
    fac.doc.getMap('ties').delete(map.ties[1].id);
    await fac.flushed();
    const listed = await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/${sid}`, { key: w.keys.observer });
    expect(listed.json.missing).toEqual([map.ties[1].id]);
    const scenarioMap = await api(server.url, 'GET', `/api/workshops/${w.id}/scenarios/${sid}/map`, { key: w.keys.observer });
    expect(scenarioMap.status).toBe(200);
    expect(scenarioMap.json.missing).toEqual([map.ties[1].id]);
    const adopted = await api(server.url, 'POST', `/api/workshops/${w.id}/scenarios/${sid}/adopt`, { key: w.keys.facilitator });
    expect(adopted.status).toBe(200);
    expect(adopted.json.adopted).toMatchObject({ actors: 1, ties: 2, removedTies: 1, changedTies: 0 });
    expect(adopted.json.adopted.skipped).toEqual([{ change: 'changeTie', id: map.ties[1].id, why: 'missing', refersTo: [map.ties[1].id] }]);
    const live = await liveMap(w);
    expect(live.ties.map((t) => t.id)).toContain(PLANNED_TIE);
    expect((await api(server.url, 'POST', `/api/workshops/${w.id}/scenarios/${sid}/adopt`, { key: w.keys.facilitator })).status).toBe(404);
  });
});
