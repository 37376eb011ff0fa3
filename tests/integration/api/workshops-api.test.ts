import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { toMapDocument } from '../../../lib/map/interchange';
import { addActor, readMap } from '../../../lib/map/ydoc';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';

let server: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const importable = {
  format: 'clustercanvas.map',
  version: 1,
  meta: { title: 'Imported cluster' },
  stages: [{ id: 'rd', label: 'R&D', order: 0, weight: 1.5 }],
  actors: [
    { id: 'f1', label: 'Fibre firm', type: 'firm', scope: 'local', stages: ['rd'] },
    { id: 'u1', label: 'University', type: 'university', scope: 'local', stages: [] },
  ],
  ties: [{ id: 't1', source: 'u1', target: 'f1', kind: 'knowledge', directed: true, strength: 3, tacit: true }],
};

describe('HTTP API', () => {
  it('GET /api/health answers', async () => {
    const res = await api(server.url, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true, store: 'sqlite' });
  });

  it('POST /api/workshops creates a workshop with three keys and absolute links that open it by role', async () => {
    const res = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Shenzhen drones', cluster: 'UAV' } });
    expect(res.status).toBe(201);
    const { id, keys, links } = res.json;
    expect(Object.keys(keys).sort()).toEqual(['facilitator', 'observer', 'participant']);
    for (const role of ['facilitator', 'participant', 'observer']) {
      expect(links[role]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/w/${id}#key=`));
      expect(links[role]).toContain(encodeURIComponent(keys[role]));
    }
    const map = await api(server.url, 'GET', `/api/workshops/${id}/map`, { key: keys.observer });
    expect(map.status).toBe(200);
    expect(map.json).toMatchObject({ format: 'clustercanvas.map', version: 1, meta: { title: 'Shenzhen drones' } });
    // New workshops start with the smile-curve stages of docs/engine.md §1.7.
    expect(map.json.stages.map((s: { id: string }) => s.id)).toEqual(['rd', 'design', 'components', 'manufacturing', 'marketing', 'distribution', 'after_sales']);
  });

  it('creates a workshop from the Optics Valley template', async () => {
    const res = await api(server.url, 'POST', '/api/workshops', { body: { title: 'My copy', template: 'optics-valley' } });
    expect(res.status).toBe(201);
    const map = await api(server.url, 'GET', `/api/workshops/${res.json.id}/map`, { key: res.json.keys.participant });
    expect(map.json.actors.length).toBeGreaterThan(20);
    expect(map.json.meta.title).toBe('My copy');
  });

  it('refuses a bad create request with a 4xx JSON error naming the problem, storing nothing', async () => {
    const missing = await api(server.url, 'POST', '/api/workshops', { body: { cluster: 'no title' } });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatch(/could not be created/);
    expect(missing.json.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'title' })]));
    const badTemplate = await api(server.url, 'POST', '/api/workshops', { body: { title: 'x', template: 'mars' } });
    expect(badTemplate.status).toBe(400);
    expect(badTemplate.json.details[0].path).toBe('template');
    const notJson = await api(server.url, 'POST', '/api/workshops', { raw: '{title:' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toMatch(/not valid JSON/);
  });

  it('answers unknown paths and wrong methods with JSON errors', async () => {
    expect((await api(server.url, 'GET', '/api/nothing-here')).status).toBe(404);
    const wrong = await api(server.url, 'DELETE', '/api/workshops');
    expect(wrong.status).toBe(405);
    expect(wrong.json.details.allow).toEqual(['POST']);
  });

  it('GET /map needs a key of that workshop', async () => {
    const { json: a } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'A' } });
    const { json: b } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'B' } });
    expect((await api(server.url, 'GET', `/api/workshops/${a.id}/map`)).status).toBe(401);
    const wrong = await api(server.url, 'GET', `/api/workshops/${a.id}/map`, { key: b.keys.facilitator });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error).toMatch(/does not open/);
    // With a key, an unknown workshop answers as a wrong key does (docs/architecture.md "What an error tells").
    const unknown = await api(server.url, 'GET', '/api/workshops/nope/map', { key: a.keys.facilitator });
    expect(unknown.json).toEqual(wrong.json);
  });

  it('PUT /map imports into the live room: every connected client sees it', async () => {
    const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Live import' } });
    const client = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys.participant });
    try {
      await client.whenSynced();
      const seen = new Promise<void>((resolve) => {
        const check = () => {
          if (readMap(client.doc).map.actors.length === 2) {
            client.doc.off('update', check);
            resolve();
          }
        };
        client.doc.on('update', check);
      });
      const res = await api(server.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, body: importable });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ ok: true, actors: 2, ties: 1 });
      await seen;
      expect(readMap(client.doc).map.ties.map((t) => t.id)).toEqual(['t1']);
      const back = await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.observer });
      expect(back.json).toEqual(toMapDocument(readMap(client.doc).map));
    } finally {
      client.destroy();
    }
  });

  it('PUT /map refuses a participant key, and a bad map with every problem named, changing nothing', async () => {
    const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Guarded' } });
    const participant = await api(server.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.participant, body: importable });
    expect(participant.status).toBe(403);
    expect(participant.json.error).toMatch(/facilitator/);
    const bad = structuredClone(importable) as typeof importable;
    (bad.actors[0] as Record<string, unknown>).type = 'spaceship';
    bad.ties[0].target = 'ghost';
    const res = await api(server.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, body: bad });
    expect(res.status).toBe(422);
    expect(res.json.details.map((d: { path: string }) => d.path)).toContain('actors[0].type');
    const after = await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator });
    expect(after.json.actors).toEqual([]);
  });

  it('PUT /map refuses a body over the import limit with 413', async () => {
    const small = await startAppServer({ maxImportBytes: 1024, seedDemo: false });
    try {
      const { json: w } = await api(small.url, 'POST', '/api/workshops', { body: { title: 'Small' } });
      const res = await api(small.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, raw: JSON.stringify({ ...importable, pad: 'x'.repeat(5000) }) });
      expect(res.status).toBe(413);
      expect(res.json.error).toMatch(/larger than/);
    } finally {
      await small.close();
    }
  });

  it('GET /api/demo offers the Optics Valley demo, and its links survive a restart', async () => {
    const demo = await api(server.url, 'GET', '/api/demo');
    expect(demo.status).toBe(200);
    expect(demo.json.id).toBe('optics-valley');
    const key = decodeURIComponent(String(demo.json.links.participant).split('#key=')[1]);
    const map = await api(server.url, 'GET', `/api/workshops/optics-valley/map`, { key });
    expect(map.json.actors.some((a: { label: string }) => /Huazhong/.test(a.label))).toBe(true);

    const dataDir = server.dataDir;
    await server.close();
    server = await startAppServer({ dataDir });
    const after = await api(server.url, 'GET', '/api/demo');
    expect(after.json.links.participant.split('#key=')[1]).toBe(String(demo.json.links.participant).split('#key=')[1]);
    expect((await api(server.url, 'GET', `/api/workshops/optics-valley/map`, { key })).status).toBe(200);
  });
});

describe('server lifecycle', () => {
  it('keeps an acknowledged edit across a clean restart', async () => {
    const first = await startAppServer({ seedDemo: false });
    const { json: w } = await api(first.url, 'POST', '/api/workshops', { body: { title: 'Restart' } });
    const client = new WorkshopProvider({ url: first.url, workshop: w.id, key: w.keys.participant });
    await client.whenSynced();
    addActor(client.doc, { id: 'a1', label: 'Kept', type: 'firm', scope: 'local', stages: [] });
    await client.flushed();
    client.destroy();
    await first.close();
    const second = await startAppServer({ dataDir: first.dataDir, seedDemo: false });
    try {
      const map = await api(second.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.observer });
      expect(map.json.actors.map((a: { label: string }) => a.label)).toEqual(['Kept']);
    } finally {
      await second.close();
    }
  });
});

describe('GET /api/workshops/:id/scores', () => {
  it('returns the engine report of the live map, identical to the engine run on the client replica', async () => {
    const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Scored', template: 'optics-valley' } });
    const client = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys.participant });
    try {
      await client.whenSynced();
      addActor(client.doc, { id: 'zz-new', label: 'New photonics start-up', type: 'firm', scope: 'local', stages: ['rd'] });
      await client.flushed();
      const res = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer });
      expect(res.status).toBe(200);
      expect(res.json.indices.ici.value).toBeGreaterThanOrEqual(0);
      expect(res.json.indices.ici.value).toBeLessThanOrEqual(100);
      expect(res.json.actors['zz-new']).toBeDefined();
      expect(res.json).toEqual(JSON.parse(JSON.stringify(computeReport(readMap(client.doc).map))));
    } finally {
      client.destroy();
    }
  });

  it('needs a key', async () => {
    expect((await api(server.url, 'GET', '/api/workshops/optics-valley/scores')).status).toBe(401);
  });
});

describe('GET /api/workshops/:id/export', () => {
  it('downloads the live map in every format, named after the workshop, with measures in the graph formats', async () => {
    const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: '光谷 Optics', template: 'optics-valley' } });
    const get = (format: string) =>
      fetch(`${server.url}/api/workshops/${w.id}/export?format=${format}`, { headers: { authorization: `Bearer ${w.keys.observer}` } });
    const json = await get('json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('光谷-Optics.json')}`);
    expect((await json.json()).format).toBe('clustercanvas.map');
    const gexf = await get('gexf');
    expect(gexf.headers.get('content-type')).toMatch(/gexf/);
    expect(await gexf.text()).toContain('<attvalue for="betweenness"');
    const csv = await (await get('csv-actors')).text();
    expect(csv.split('\r\n')[0]).toContain('knowledge_role');
  });

  it('refuses an unknown format with the list of known ones, and needs a key', async () => {
    const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'x' } });
    const bad = await api(server.url, 'GET', `/api/workshops/${w.id}/export?format=pdfx`, { key: w.keys.observer });
    expect(bad.status).toBe(400);
    expect(bad.json.details.find((d: { param: string }) => d.param === 'format').allowed).toEqual(expect.arrayContaining(['graphml', 'pdf']));
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/export`)).status).toBe(401);
  });
});
