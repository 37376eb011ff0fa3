import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { api, startAppServer } from '../helpers/app-server';
import { connectError, rawSocket } from '../helpers/sync-server';

// Origins and content types (docs/operations.md §4 "Origins", docs/protocol.md P2): pages on another site
// cannot open a socket or make a state-changing call; clients that send no Origin (the CLI, bots, these
// tests) are unaffected.

type Server = Awaited<ReturnType<typeof startAppServer>>;
const EVIL = 'http://evil.example';

async function post(url: string, path: string, headers: Record<string, string>, body: string) {
  const res = await fetch(url + path, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, any> | null };
}

async function workshopCount(dataDir: string): Promise<number> {
  const store = new SqliteStore(dataDir);
  try {
    return (await store.listWorkshops()).length;
  } finally {
    await store.close();
  }
}

describe('with no PUBLIC_URL: the Host decides', () => {
  let server: Server;
  let workshop: { id: string; keys: Record<string, string> };
  let host: string;

  beforeAll(async () => {
    server = await startAppServer({ seedDemo: false });
    host = new URL(server.url).host;
    const created = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Origins' } });
    workshop = { id: created.json.id, keys: created.json.keys };
  });
  afterAll(() => server.close());

  const auth = () => ({ workshop: workshop.id, key: workshop.keys.participant });

  it('attack: socket from Origin http://evil.example is refused (P2: bad_origin, nothing else sent)', async () => {
    const err = await connectError(server.url, auth(), { origin: EVIL });
    expect(err.data?.code).toBe('bad_origin');
    expect(err.message).toContain('http://evil.example');
    expect(err.message).toContain('ALLOWED_ORIGINS');
  });

  it('attack: socket from Origin null (a sandboxed frame, a file) is refused', async () => {
    expect((await connectError(server.url, auth(), { origin: 'null' })).data?.code).toBe('bad_origin');
  });

  it('attack: socket from a look-alike origin on another port is refused', async () => {
    const port = Number(new URL(server.url).port);
    expect((await connectError(server.url, auth(), { origin: `http://127.0.0.1:${port + 1}` })).data?.code).toBe('bad_origin');
  });

  it('a page at the Host it connects to, and a client with no Origin, are admitted', async () => {
    const page = await rawSocket(server.url, auth(), { origin: `http://${host}` });
    const cli = await rawSocket(server.url, auth());
    expect(page.socket.connected && cli.socket.connected).toBe(true);
    page.close();
    cli.close();
  });

  it('attack: cross-site text/plain form post does not create a workshop', async () => {
    const before = await workshopCount(server.dataDir);
    // What <form enctype="text/plain" action=".../api/workshops" method="post"> on evil.example sends.
    const forged = await post(server.url, '/api/workshops', { origin: EVIL, 'content-type': 'text/plain' }, '{"title":"pwned","x":"="}');
    expect(forged.status).toBe(403);
    expect(forged.json?.details?.code).toBe('bad_origin');
    // The same body with no Origin (an old browser, a stripped header) is refused for its type.
    const untyped = await post(server.url, '/api/workshops', { 'content-type': 'text/plain' }, '{"title":"pwned"}');
    expect(untyped.status).toBe(415);
    expect(untyped.json?.details?.code).toBe('bad_content_type');
    expect(await workshopCount(server.dataDir)).toBe(before);
  });

  it('attack: cross-site urlencoded and multipart form posts are refused', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await post(server.url, '/api/workshops', { origin: EVIL, 'content-type': type }, 'title=pwned')).status).toBe(403);
      expect((await post(server.url, '/api/workshops', { 'content-type': type }, 'title=pwned')).status).toBe(415);
    }
    expect((await post(server.url, '/api/join', { 'content-type': 'text/plain' }, '{"code":"AAA-AAA"}')).status).toBe(415);
  });

  it('attack: a JSON call with a key from Origin http://evil.example changes nothing', async () => {
    const headers = { origin: EVIL, 'content-type': 'application/json', authorization: `Bearer ${workshop.keys.facilitator}` };
    const res = await fetch(`${server.url}/api/workshops/${workshop.id}/map`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ format: 'clustercanvas.map', version: 1, meta: { title: 'x' }, stages: [], actors: [], ties: [] }),
    });
    expect(res.status).toBe(403);
    const invite = await fetch(`${server.url}/api/workshops/${workshop.id}/invite`, { method: 'POST', headers: { origin: EVIL, authorization: headers.authorization } });
    expect(invite.status).toBe(403);
    // The old participant key still opens the workshop: no renewal happened.
    expect((await api(server.url, 'GET', `/api/workshops/${workshop.id}/access`, { key: workshop.keys.participant })).status).toBe(200);
  });

  it('the landing page’s own call works: same Origin, application/json; bodyless POSTs need no type', async () => {
    const ok = await post(server.url, '/api/workshops', { origin: `http://${host}`, 'content-type': 'application/json; charset=utf-8' }, '{"title":"Mine"}');
    expect(ok.status).toBe(201);
    const renew = await fetch(`${server.url}/api/workshops/${workshop.id}/invite`, {
      method: 'POST',
      headers: { origin: `http://${host}`, authorization: `Bearer ${workshop.keys.facilitator}` },
    });
    expect(renew.status).toBe(200);
  });

  it('reads (GET) are not origin-checked: another site cannot read them anyway without a key', async () => {
    expect((await fetch(`${server.url}/api/health`, { headers: { origin: EVIL } })).status).toBe(200);
  });
});

describe('with PUBLIC_URL and ALLOWED_ORIGINS: only those', () => {
  let server: Server;
  let workshop: { id: string; keys: Record<string, string> };

  beforeAll(async () => {
    server = await startAppServer({ seedDemo: false, publicUrl: 'https://canvas.example.org/', allowedOrigins: ['http://localhost:3000'] });
    const created = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Behind a proxy' } });
    workshop = { id: created.json.id, keys: created.json.keys };
  });
  afterAll(() => server.close());

  const auth = () => ({ workshop: workshop.id, key: workshop.keys.observer });

  it('admits pages at PUBLIC_URL and at ALLOWED_ORIGINS', async () => {
    for (const origin of ['https://canvas.example.org', 'http://localhost:3000']) {
      const socket = await rawSocket(server.url, auth(), { origin });
      expect(socket.socket.connected).toBe(true);
      socket.close();
      expect((await post(server.url, '/api/workshops', { origin, 'content-type': 'application/json' }, '{"title":"ok"}')).status).toBe(201);
    }
  });

  it('attack: a page at the Host itself is refused once the public origin is configured', async () => {
    const origin = server.url;
    expect((await connectError(server.url, auth(), { origin })).data?.code).toBe('bad_origin');
    expect((await post(server.url, '/api/workshops', { origin, 'content-type': 'application/json' }, '{"title":"no"}')).status).toBe(403);
  });

  it('attack: http:// when the public origin is https:// is refused', async () => {
    expect((await connectError(server.url, auth(), { origin: 'http://canvas.example.org' })).data?.code).toBe('bad_origin');
  });
});
