import { runCli } from '../helpers/cli-process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { DEMO_KEYS_FILE } from '../../../server/workshops/demo';
import { api, startAppServer } from '../helpers/app-server';
import { connectError } from '../helpers/sync-server';

// The public demo (docs/operations.md §8): the API hands out watch-and-try links only, the shared demo
// resets itself once it stands empty, and the operator has the facilitator link from the CLI.

type Server = Awaited<ReturnType<typeof startAppServer>>;
const TEMPLATE_ACTORS = OPTICS_VALLEY_MAP.actors.length;

let server: Server;
let keys: Record<'facilitator' | 'participant' | 'observer', string>;
const providers: WorkshopProvider[] = [];

beforeAll(async () => {
  server = await startAppServer({ demoResetAfterEmptyMs: 300, demoResetCheckMs: 100 });
  keys = JSON.parse(fs.readFileSync(path.join(server.dataDir, DEMO_KEYS_FILE), 'utf8')).keys;
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

const actorCount = async () => ((await api(server.url, 'GET', '/api/workshops/optics-valley/map', { key: keys.observer })).json.actors as unknown[]).length;

function connect(key: string) {
  const provider = new WorkshopProvider({ url: server.url, workshop: 'optics-valley', key, participant: { name: 'Visitor' } });
  providers.push(provider);
  return provider;
}

async function deleteAnActor(provider: WorkshopProvider) {
  await provider.whenSynced();
  const actors = provider.doc.getMap('actors');
  const before = await actorCount();
  actors.delete([...actors.keys()][0]);
  await provider.flushed();
  await expect.poll(actorCount, { timeout: 10_000 }).toBe(before - 1);
}

describe('the shared demo', () => {
  it('attack: GET /api/demo does not hand the facilitator link (or key) to an anonymous visitor', async () => {
    const res = await fetch(`${server.url}/api/demo`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(keys.facilitator);
    const body = JSON.parse(text) as { id: string; links: Record<string, string> };
    expect(Object.keys(body.links).sort()).toEqual(['observer', 'participant']);
    expect(body.links.participant).toContain(keys.participant);
  });

  it('attack: a visitor with the shared links cannot steer the demo (lock it, change its weights, replace its map)', async () => {
    const put = await fetch(`${server.url}/api/workshops/optics-valley/map`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${keys.participant}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'clustercanvas.map', version: 1, meta: { title: 'x' }, stages: [], actors: [], ties: [] }),
    });
    expect(put.status).toBe(403);
    const visitor = connect(keys.participant);
    await visitor.whenSynced();
    const refused = new Promise<string>((resolve) => visitor.on('error', (e) => resolve(`${e.code}:${e.reason}`)));
    visitor.doc.getMap('meta').set('editing', 'paused');
    expect(await refused).toBe('forbidden:facilitator_only');
    visitor.destroy();
  });

  it('resets itself to the template once nobody has been in it for demoResetAfterEmptyMs', async () => {
    const visitor = connect(keys.participant);
    await deleteAnActor(visitor);
    // Still connected: no reset, however long it stays.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await actorCount()).toBe(TEMPLATE_ACTORS - 1);
    visitor.destroy();
    await expect.poll(actorCount, { timeout: 15_000, interval: 200 }).toBe(TEMPLATE_ACTORS);
    // In the feed, as a restore by the server; the visitor's undo history is cleared by meta.restored.
    const feed = await api(server.url, 'GET', '/api/workshops/optics-valley/activity', { key: keys.observer });
    expect(feed.json.entries[0].items[0]).toMatchObject({ op: 'restored', kind: 'map' });
    expect(feed.json.entries[0].by).toBe('server');
  });

  it('a reset of an unchanged demo writes nothing', async () => {
    const before = (await api(server.url, 'GET', '/api/workshops/optics-valley/activity', { key: keys.observer })).json.entries.length;
    await server.demoReset!.reset();
    const after = (await api(server.url, 'GET', '/api/workshops/optics-valley/activity', { key: keys.observer })).json.entries.length;
    expect(after).toBe(before);
  });

  it('attack: a socket to the demo from Origin http://evil.example is refused', async () => {
    expect((await connectError(server.url, { workshop: 'optics-valley', key: keys.participant }, { origin: 'http://evil.example' })).data?.code).toBe('bad_origin');
  });
});

describe('clustercanvas demo-link', () => {
  const cli = (args: string[]) => runCli(args, { env: { PUBLIC_URL: undefined } });

  it('prints the shared demo’s facilitator link to the operator, and it opens the demo as facilitator', async () => {
    const out = await cli(['demo-link', '--data-dir', server.dataDir, '--base-url', 'https://canvas.example.org', '--json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const { links } = JSON.parse(out.stdout) as { links: Record<string, string> };
    expect(links.facilitator).toBe(`https://canvas.example.org/w/optics-valley#key=${keys.facilitator}`);
    const key = decodeURIComponent(links.facilitator.split('#key=')[1]);
    expect((await api(server.url, 'GET', '/api/workshops/optics-valley/access', { key })).json.role).toBe('facilitator');
    const text = await cli(['demo-link', '--data-dir', server.dataDir]);
    expect(text.stdout).toContain(`facilitator  http://localhost:3000/w/optics-valley#key=${keys.facilitator}`);
  }, 60_000);

  it('says why when the data directory has no demo', async () => {
    const out = await cli(['demo-link', '--data-dir', path.join(server.dataDir, 'nothing-here')]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('no demo keys');
  }, 60_000);
});
