import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { buildScene } from '../../../lib/export/scene/build-scene';
import { computeReport } from '../../../lib/engine';
import { api, startAppServer } from '../helpers/app-server';

let server: Awaited<ReturnType<typeof startAppServer>>;
let demo: { id: string; title: string; key: string };
beforeAll(async () => {
  server = await startAppServer({ seedDemo: true });
  const { json } = await api(server.url, 'GET', '/api/demo');
  demo = { id: json.id, title: json.title, key: decodeURIComponent(new URL(json.links.observer).hash.replace(/^#key=/, '')) };
});
afterAll(async () => {
  await server.close();
});

async function download(query: string) {
  const res = await fetch(`${server.url}/api/workshops/${demo.id}/export?${query}`, { headers: { authorization: `Bearer ${demo.key}` } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

const fileName = (res: Response) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')![1]);
const titled = (name: string) => name.startsWith(demo.title.replace(/\s+/g, '-').replace(/[\\/:*?"<>|]/g, '-').slice(0, 20));

describe('GET /api/workshops/:id/export, pictures and the report', () => {
  it('opens the demo with an observer key', () => {
    expect(demo.key.length).toBeGreaterThan(8);
  });

  const cases = [
    ['format=svg', 'image/svg+xml; charset=utf-8', '-network.svg'],
    ['format=svg&view=value-chain&embed=1', 'image/svg+xml; charset=utf-8', '-value-chain.svg'],
    ['format=png&view=network', 'image/png', '-network.png'],
    ['format=png&view=value-chain&scale=2&transparent=1', 'image/png', '-value-chain@2x.png'],
    ['format=pdf', 'application/pdf', '-report.pdf'],
    ['format=json', 'application/json; charset=utf-8', '.json'],
    ['format=gexf', 'application/gexf+xml; charset=utf-8', '.gexf'],
  ] as const;
  for (const [query, type, suffix] of cases) {
    it(`downloads ${query} as ${type} named after the workshop`, async () => {
      const { res, bytes } = await download(query);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(fileName(res).endsWith(suffix)).toBe(true);
      expect(titled(fileName(res))).toBe(true);
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
      if (type === 'application/pdf') expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      if (query.includes('embed=1')) expect(bytes.toString()).toContain('@font-face{font-family:"ClusterCanvas Sans SC"');
    });
  }

  it('sends a PNG of the size the scene says, at the scale asked', async () => {
    const map = (await api(server.url, 'GET', `/api/workshops/${demo.id}/map`, { key: demo.key })).json as never;
    const { bbox } = buildScene(map, { view: 'network', report: computeReport(map) });
    for (const scale of [1, 2]) {
      const { bytes } = await download(`format=png&scale=${scale}`);
      const png = PNG.sync.read(bytes);
      expect({ w: png.width, h: png.height }).toEqual({ w: bbox.w * scale, h: bbox.h * scale });
    }
  });

  it('refuses bad parameters with 400 {error, details}', async () => {
    for (const [query, param] of [['format=png&view=side', 'view'], ['format=png&scale=3', 'scale'], ['format=pdfx', 'format'], ['format=svg&embed=maybe', 'embed']] as const) {
      const { res, bytes } = await download(query);
      expect(res.status).toBe(400);
      const body = JSON.parse(bytes.toString());
      expect(body.error).toMatch(/^Bad export parameters/);
      expect(body.details.map((d: { param: string }) => d.param)).toContain(param);
    }
  });
});
