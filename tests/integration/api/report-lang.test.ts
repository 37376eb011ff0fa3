import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordEngine } from '../../../lib/i18n/engine-words';
import { templateMap } from '../../../lib/map/templates';
import { pdfText, tempFile } from '../render/helpers';
import { api, startAppServer } from '../helpers/app-server';

// The report in both languages over HTTP (docs/report.md "Languages"): GET …/report and the PDF export
// take lang=zh-CN|en (default en); the demo carries each actor's Chinese name through the Y.Doc.

const DEMO = templateMap('optics-valley');
let server: Awaited<ReturnType<typeof startAppServer>>;
let demo: { id: string; key: string };
beforeAll(async () => {
  server = await startAppServer({ seedDemo: true });
  const { json } = await api(server.url, 'GET', '/api/demo');
  demo = { id: json.id, key: decodeURIComponent(new URL(json.links.observer).hash.replace(/^#key=/, '')) };
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => fetch(`${server.url}/api/workshops/${demo.id}${path}`, { headers: { authorization: `Bearer ${demo.key}` } });

describe('the report in Chinese and in English', () => {
  it('keeps both names of every demo actor in the live document', async () => {
    const map = (await api(server.url, 'GET', `/api/workshops/${demo.id}/map`, { key: demo.key })).json as typeof DEMO;
    for (const actor of DEMO.actors) expect(map.actors.find((a) => a.id === actor.id)?.labels, actor.id).toEqual(actor.labels);
  });

  it('words the report model in Chinese with lang=zh-CN, names and SVGs included', async () => {
    const body = await (await get('/report?live=1&lang=zh-CN')).json();
    expect(body.model.locale).toBe('zh-CN');
    expect(body.model.indices[0].title).toMatch(/^创新能力指数（ICI）：/);
    expect(body.model.indices[0].components[0].name).toBe(wordEngine({ key: 'indicator.I1.name' }, 'zh-CN'));
    expect(body.model.actors.rows.map((r: { label: string }) => r.label)).toContain('华中科技大学');
    expect(body.svgs.network).toContain('华中科技大学');
    expect(body.svgs.network).toContain('行动者');
  });

  it('stays English by default and refuses a language it does not speak', async () => {
    const body = await (await get('/report?live=1')).json();
    expect(body.model.locale).toBe('en');
    expect(body.model.actors.rows.map((r: { label: string }) => r.label)).toContain('Huazhong University of Science and Technology');
    expect((await get('/report?live=1&lang=fr')).status).toBe(400);
    expect((await get('/export?format=pdf&lang=fr')).status).toBe(400);
  });

  it('makes the PDF in Chinese with lang=zh-CN', async () => {
    const res = await get('/export?format=pdf&live=1&lang=zh-CN');
    expect(res.status).toBe(200);
    const text = pdfText(tempFile('api-zh.pdf', new Uint8Array(await res.arrayBuffer()))).replace(/\s+/g, '');
    expect(text).toContain('知识网络可达性');
    expect(text).toContain('华中科技大学');
    expect(text).not.toContain('Recommendations');
  }, 60_000);
});
