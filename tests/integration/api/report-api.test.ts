import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castVote, postComment, setDecision } from '../../../lib/map/discussion';
import { addActor, addTie, readMap, updateMeta } from '../../../lib/map/ydoc';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';
import { pdfText, tempFile } from '../render/helpers';

// Which map a report or an export is about (docs/report.md "Sources"): the live map, a checkpoint, the
// agreed map only; by default the report is the agreed map of the latest "Finish agreement". Against the
// whole server, with the discussion made by real clients.

let server: Awaited<ReturnType<typeof startAppServer>>;
const clients: WorkshopProvider[] = [];
let w: { id: string; keys: Record<'facilitator' | 'participant' | 'observer', string> };
let before: string;
let finished: string;

const actor = (id: string, label: string) => ({ id, label, type: 'firm' as const, scope: 'local' as const, stages: [] });
const get = (path: string, key = w.keys.observer) => api(server.url, 'GET', `/api/workshops/${w.id}${path}`, { key });
async function download(query: string) {
  const res = await fetch(`${server.url}/api/workshops/${w.id}/export?${query}`, { headers: { authorization: `Bearer ${w.keys.observer}` } });
  return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
  w = (await api(server.url, 'POST', '/api/workshops', { body: { title: 'Sources' } })).json as typeof w;
  const fac = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys.facilitator, participant: { name: 'Ana Facilitator' }, retryDelayMs: 50 });
  const par = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys.participant, participant: { name: '王芳' }, retryDelayMs: 50 });
  clients.push(fac, par);
  await Promise.all([fac.whenSynced(), par.whenSynced()]);
  updateMeta(fac.doc, { quorum: 1 });
  addActor(fac.doc, actor('a_hust', '华中科技大学'));
  addActor(fac.doc, actor('a_fib', 'Fibre maker'));
  addActor(fac.doc, actor('a_gone', 'Rejected supplier'));
  addTie(fac.doc, { id: 't_1', source: 'a_hust', target: 'a_fib', kind: 'knowledge', directed: true, strength: 3, tacit: true });
  await fac.flushed();
  before = (await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Before the vote' } })).json.id;
  await new Promise<void>((resolve) => {
    const check = () => (readMap(par.doc).map.ties.length === 1 ? resolve() : setTimeout(check, 20));
    check();
  });
  for (const id of ['a_hust', 'a_fib', 't_1']) castVote(par.doc, id, par.identity!.id, 'agree');
  postComment(par.doc, 'a_gone', par.identity!.id, 'They left the cluster in 2023', { id: 'c_1', at: 1000 });
  await par.flushed();
  setDecision(fac.doc, 'a_gone', { value: 'rejected', by: fac.identity!.id, at: 2000, reason: 'moved to Shenzhen' });
  await fac.flushed();
  finished = (await api(server.url, 'POST', `/api/workshops/${w.id}/checkpoints`, { key: w.keys.facilitator, body: { name: 'Agreed map', kind: 'agreed' } })).json.id;
  // After Finish agreement someone adds an actor: the live map moves on, the report stays on the agreement.
  addActor(fac.doc, actor('a_late', 'Added after the agreement'));
  await fac.flushed();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

describe('GET /api/workshops/:id/report', () => {
  it('defaults to the agreed map of the latest Finish agreement, with what was rejected and why', async () => {
    const { status, json } = await get('/report');
    expect(status).toBe(200);
    expect(json.source).toMatchObject({ kind: 'agreed', name: 'Agreed map', checkpointId: finished });
    expect(json.model.cover.source.text).toBe('The agreed map (Agreed map)');
    expect(json.model.cover.counts).toMatchObject({ actors: 2, ties: 1 });
    expect(json.model.cover.participants).toEqual(['Ana Facilitator', '王芳']);
    const rejected = json.model.agreement.elements.find((e: { id: string }) => e.id === 'a_gone');
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'moved to Shenzhen' });
    expect(JSON.stringify(json.model.discussion)).toContain('They left the cluster in 2023');
    expect(json.svgs.network).toMatch(/^<svg[\s\S]*华中科技大学[\s\S]*<\/svg>\s*$/);
    expect(json.svgs.network).not.toContain('Rejected supplier');
    expect(json.svgs.valueChain).toContain('<svg');
    expect(json.checkpoints.map((c: { id: string }) => c.id)).toEqual([before, finished]);
  });

  it('reports the live map with live=1, a checkpoint as it was with checkpoint=, and compares with one', async () => {
    const live = await get('/report?live=1');
    expect(live.json.source).toEqual({ kind: 'live' });
    expect(live.json.model.cover.counts.actors).toBe(4);
    // agreed=1 alone: the live map's agreed elements, as for every data file, not the checkpoint's.
    const liveAgreed = await get('/report?agreed=1');
    expect(liveAgreed.json.source).toEqual({ kind: 'agreed' });
    expect(liveAgreed.json.model.cover.source.text).toBe('The agreed map');
    const cp = await get(`/report?checkpoint=${before}`);
    expect(cp.json.source).toMatchObject({ kind: 'checkpoint', name: 'Before the vote' });
    expect(cp.json.svgs.network).toContain('Rejected supplier');
    const compared = await get(`/report?live=1&compare=${before}`);
    expect(compared.json.model.comparison.added.map((e: { label: string }) => e.label)).toEqual(['Added after the agreement']);
    const ici = compared.json.model.comparison;
    expect(JSON.stringify(ici)).toContain('Before the vote');
  });

  it('answers 404 for an unknown checkpoint, 400 for a bad agreed flag, 401 without a key', async () => {
    expect((await get('/report?checkpoint=k_nope')).status).toBe(404);
    expect((await get('/report?compare=k_nope')).status).toBe(404);
    const bad = await get('/report?agreed=yes');
    expect(bad.status).toBe(400);
    expect(bad.json.details).toEqual([{ param: 'agreed', message: 'agreed is 1 or 0, not "yes"' }]);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/report`)).status).toBe(401);
  });
});

describe('exports by source', () => {
  it('data files are of the live map by default, with each element’s status', async () => {
    const { bytes } = await download('format=csv-actors');
    const csv = text(bytes);
    expect(csv).toContain('Added after the agreement');
    expect(csv.split('\n').find((l) => l.startsWith('a_gone'))).toMatch(/,rejected,rejected,moved to Shenzhen,/);
  });

  it('agreed=1 leaves out what was not agreed; checkpoint= exports the checkpoint', async () => {
    const agreed = JSON.parse(text((await download('format=json&agreed=1')).bytes));
    expect(agreed.actors.map((a: { id: string }) => a.id).sort()).toEqual(['a_fib', 'a_hust']);
    expect(Object.keys(agreed.discussion.statuses).sort()).toEqual(['a_fib', 'a_hust', 't_1']);
    const then = JSON.parse(text((await download(`format=json&checkpoint=${before}`)).bytes));
    expect(then.actors).toHaveLength(3);
    expect(then.discussion.votes).toEqual({});
    const gexf = text((await download(`format=gexf&checkpoint=${finished}&agreed=1`)).bytes);
    expect(gexf).toContain('Fibre maker');
    expect(gexf).not.toContain('Rejected supplier');
  });

  it('the PDF is the agreed map by default and names its source; compare= adds the comparison', async () => {
    const pdf = await download(`format=pdf&compare=${before}`);
    expect(pdf.status).toBe(200);
    const words = pdfText(tempFile('report.pdf', pdf.bytes));
    expect(words).toContain('The agreed map (Agreed map)');
    expect(words).toContain('moved to Shenzhen');
    expect(words).toContain('Before the vote');
    expect(words).not.toContain('Added after the agreement');
  });

  it('refuses an unknown checkpoint with 404 and nothing half-made', async () => {
    const res = await download('format=png&checkpoint=k_nope');
    expect(res.status).toBe(404);
    expect(JSON.parse(text(res.bytes)).error).toMatch(/no checkpoint "k_nope"/);
  });
});
