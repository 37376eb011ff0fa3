import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { readMap } from '../../../lib/map/ydoc';
import { applyScenario, createScenario, readScenario } from '../../../lib/scenarios';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';
import { pdfText, tempFile } from '../render/helpers';

// A what-if scenario as one side of a comparison (docs/architecture.md "Comparisons"): the compare
// endpoint scores the live map with the scenario applied, and the report page and the PDF say what the
// scenario would change, in the report's language.

let server: Awaited<ReturnType<typeof startAppServer>>;
let fac: WorkshopProvider;
let w: { id: string; keys: Record<'facilitator' | 'participant' | 'observer', string> };
let sid: string;

const get = (path: string) => api(server.url, 'GET', `/api/workshops/${w.id}${path}`, { key: w.keys.observer });
const squeeze = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
  w = (await api(server.url, 'POST', '/api/workshops', { body: { title: 'What if', template: 'optics-valley' } })).json as typeof w;
  fac = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys.facilitator, participant: { name: 'Ana Facilitator' }, retryDelayMs: 50 });
  await fac.whenSynced();
  sid = createScenario(fac.doc, {
    name: 'Zone ties to WHU',
    createdBy: fac.identity!.id,
    at: Date.now(),
    ties: [{ id: 't_plan', source: 'a_whu', target: 'a_ehtz', kind: 'policy', directed: true, strength: 2, tacit: false }],
  });
  await fac.flushed();
}, 60_000);
afterAll(async () => {
  fac.destroy();
  await server.close();
});

describe('comparing with a scenario', () => {
  it('live → scenario lists the planned tie and scores the live map with the scenario applied', async () => {
    const { status, json } = await get(`/compare?from=live&to=scenario:${sid}`);
    expect(status).toBe(200);
    expect(json.ties).toEqual({ added: ['t_plan'], removed: [], changed: [] });
    expect(json.sources.to).toEqual({ kind: 'scenario', name: 'Zone ties to WHU', missing: [] });
    const expected = computeReport(applyScenario(readMap(fac.doc).map, readScenario(fac.doc, sid)!).map);
    expect(json.indices.ici.to).toBe(expected.indices.ici.value);
    expect(json.indices.components.I3.to).toBe(expected.indices.ici.components.find((c) => c.id === 'I3')!.value);
    expect(json.indices.components.I3.explanation).toMatch(/^I3 triple-helix linkage \+[\d.]+: Wuhan University now has a tie to East Lake High-tech Zone Administrative Committee\.$/);
    // The planned tie never reaches the live map's scores.
    const scores = await get('/scores');
    expect(json.indices.ici.from).toBe(scores.json.indices.ici.value);
  });

  it('the report page says what the scenario would change, worded in its language', async () => {
    const en = await get(`/report?live=1&compare=scenario:${sid}`);
    expect(en.status).toBe(200);
    const c = en.json.model.comparison;
    expect(c.title).toBe('What Scenario “Zone ties to WHU” would change');
    expect(c.added.map((e: { id: string }) => e.id)).toEqual(['t_plan']);
    expect(c.explanations.map((e: { text: string }) => e.text)).toContainEqual(expect.stringMatching(/^I3 triple-helix linkage \+[\d.]+: Wuhan University now has a tie to/));
    expect(en.json.scenarios).toEqual([{ id: sid, name: 'Zone ties to WHU' }]);
    const zh = await get(`/report?live=1&compare=scenario:${sid}&lang=zh-CN`);
    expect(zh.json.model.comparison.title).toBe('情景“Zone ties to WHU”将带来的变化');
    expect(zh.json.model.comparison.explanations.map((e: { text: string }) => e.text)).toContainEqual(expect.stringMatching(/^I3 三螺旋联系 \+[\d.]+：武汉大学现在与东湖高新区管委会有了联系。$/));
  });

  it('the PDF (pdftotext) includes the scenario comparison sentence, in English and in Chinese', async () => {
    const pdf = async (lang: string) => {
      const res = await fetch(`${server.url}/api/workshops/${w.id}/export?format=pdf&live=1&compare=scenario:${sid}&lang=${lang}`, { headers: { authorization: `Bearer ${w.keys.observer}` } });
      expect(res.status).toBe(200);
      return squeeze(pdfText(tempFile(`scenario-${lang}.pdf`, new Uint8Array(await res.arrayBuffer()))));
    };
    const [en, zh] = [await pdf('en'), await pdf('zh-CN')];
    expect(en).toContain(squeeze('What Scenario “Zone ties to WHU” would change'));
    expect(en).toMatch(new RegExp(squeeze('I3 triple-helix linkage \\+[\\d.]+: Wuhan University now has a tie to East Lake High-tech Zone Administrative Committee')));
    expect(zh).toMatch(/I3三螺旋联系\+[\d.]+：武汉大学现在与东湖高新区管委会有了联系/);
  }, 120_000);

  it('an unknown scenario is a 404 in the report too, a malformed source a 400', async () => {
    expect((await get('/report?live=1&compare=scenario:x_nothere')).status).toBe(404);
    expect((await get('/report?live=1&compare=bad/source')).status).toBe(400);
  });
});
