import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../../server/store/sqlite-store';
import { DEMO_KEYS_FILE } from '../../../server/workshops/demo';
import { api, startAppServer } from '../helpers/app-server';

// Joining (docs/architecture.md "Joining"): join codes, the facilitator's invite and the access check,
// against the whole server on a real SQLite file.

type Server = Awaited<ReturnType<typeof startAppServer>>;
let server: Server;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const keyOf = (link: string) => decodeURIComponent(new URL(link).hash.split('key=')[1]);
const create = async (s: Server, title: string) => (await api(s.url, 'POST', '/api/workshops', { body: { title } })).json;
const join = (s: Server, code: string) => api(s.url, 'POST', '/api/join', { body: { code } });

/** POST /api/join from another loopback address: a different client to the guess limiter. */
function joinFrom(s: Server, localAddress: string, code: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ code });
    const req = http.request(
      `${s.url.replace('localhost', '127.0.0.1')}/api/join`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('join codes', () => {
  it('a join code is made at creation and resolves, typed any way, to the participant link', async () => {
    const w = await create(server, 'Wuhan Optics Valley');
    expect(w.code).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
    for (const typed of [w.code, w.code.toLowerCase(), w.code.replace('-', ''), ` ${w.code.replace('-', ' ')} `]) {
      const res = await join(server, typed);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ id: w.id, title: 'Wuhan Optics Valley', link: w.links.participant });
    }
    const access = await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: keyOf(w.links.participant) });
    expect(access.json).toEqual({ id: w.id, title: 'Wuhan Optics Valley', role: 'participant' });
  });

  it('an unknown code is 404 and a malformed one 400, in words', async () => {
    const unknown = await join(server, 'ZZZ-ZZZ');
    expect([404, 200]).toContain(unknown.status); // 200 only if some workshop drew ZZZZZZ
    if (unknown.status === 404) expect(unknown.json.error).toBe('No workshop has this join code.');
    const bad = await join(server, 'K0P-4QX');
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain('six letters and digits');
  });

  it('the demo has a join code too', async () => {
    const demo = (await api(server.url, 'GET', '/api/demo')).json;
    // The facilitator key is the operator's (docs/operations.md §8), not in what /api/demo hands out.
    const { keys } = JSON.parse(fs.readFileSync(path.join(server.dataDir, DEMO_KEYS_FILE), 'utf8')) as { keys: { facilitator: string } };
    const invite = await api(server.url, 'GET', `/api/workshops/${demo.id}/invite`, { key: keys.facilitator });
    expect(invite.status).toBe(200);
    expect((await join(server, invite.json.code)).json.link).toBe(demo.links.participant);
  });
});

describe('the guessing attack', () => {
  it('a client guessing join codes is slowed down and then refused, while other clients still join', async () => {
    const strict = await startAppServer({ joinCodeGuessBurst: 3, joinCodeRefillMs: 60_000, seedDemo: false });
    try {
      const w = await create(strict, 'Guarded');
      const wrong = w.code.startsWith('2') ? '3' + w.code.slice(1) : '2' + w.code.slice(1);
      for (let i = 0; i < 3; i++) expect((await join(strict, wrong)).status).toBe(404);
      const refused = await join(strict, wrong);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(19);
      expect(refused.json.error).toMatch(/Too many wrong join codes from this network; try again in \d+ s\./);
      // Refused before any lookup: not even the right code gets through from this address now…
      expect((await join(strict, w.code)).status).toBe(429);
      // …but someone else at another address joins as usual.
      expect(await joinFrom(strict, '127.0.0.2', w.code)).toBe(200);
      // A right code spends nothing: the other address can keep joining.
      for (let i = 0; i < 4; i++) expect(await joinFrom(strict, '127.0.0.2', w.code)).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('the facilitator-only invite', () => {
  it('gives any facilitator the links and the code at any time', async () => {
    const w = await create(server, 'Co-facilitated');
    const res = await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links.facilitator) });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: w.id, title: 'Co-facilitated', code: w.code, links: w.links });
    expect(res.json.joinAt).toBe(`${new URL(w.links.facilitator).origin}/`);
  });

  it('refuses participant and observer keys (403), a missing key (401) and an unknown workshop (401, as a wrong key)', async () => {
    const w = await create(server, 'Locked invite');
    for (const role of ['participant', 'observer']) {
      const res = await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links[role]) });
      expect(res.status).toBe(403);
      for (const other of ['participant', 'observer']) expect(JSON.stringify(res.json)).not.toContain(keyOf(w.links[other]));
      expect((await api(server.url, 'POST', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links[role]) })).status).toBe(403);
    }
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/invite`)).status).toBe(401);
    expect((await api(server.url, 'GET', '/api/workshops/w_nothing/invite', { key: keyOf(w.links.facilitator) })).status).toBe(401);
  });

  it('new links withdraw the old participant and observer links and the old code', async () => {
    const w = await create(server, 'Renewed');
    const res = await api(server.url, 'POST', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links.facilitator) });
    expect(res.status).toBe(200);
    expect(res.json.links.facilitator).toBe(w.links.facilitator);
    expect(res.json.links.participant).not.toBe(w.links.participant);
    for (const old of [w.links.participant, w.links.observer]) {
      const access = await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: keyOf(old) });
      expect(access.status).toBe(401);
      expect(access.json.details).toEqual({ code: 'bad_key' });
    }
    expect((await join(server, res.json.code)).json.link).toBe(res.json.links.participant);
    if (res.json.code !== w.code) expect((await join(server, w.code)).status).toBe(404);
  });

  it('a workshop from before join codes gets its first code when a facilitator asks for new links', async () => {
    const w = await create(server, 'Older');
    const db = new Database(path.join(server.dataDir, SQLITE_FILE_NAME));
    db.prepare('DELETE FROM invites WHERE workshop_id = ?').run(w.id);
    db.close();
    const before = await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links.facilitator) });
    expect(before.json).toEqual({ id: w.id, title: 'Older', code: null, links: { facilitator: w.links.facilitator } });
    const made = await api(server.url, 'POST', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links.facilitator) });
    expect(made.json.code).toMatch(/^\w{3}-\w{3}$/);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: keyOf(w.links.facilitator) })).json.code).toBe(made.json.code);
  });
});

describe('GET /api/workshops/:id/access', () => {
  it('200 with the title and the role each key opens', async () => {
    const w = await create(server, 'Checked');
    for (const role of ['facilitator', 'participant', 'observer']) {
      const res = await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: keyOf(w.links[role]) });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ id: w.id, title: 'Checked', role });
    }
  });

  it('401 in words for a wrong key or none; 404 for an unknown workshop without a key, the wrong key’s 401 with one', async () => {
    const w = await create(server, 'Refusing');
    const wrong = await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: 'p-not-the-key' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ error: 'This key does not open a workshop at this address.', details: { code: 'bad_key' } });
    const none = await api(server.url, 'GET', `/api/workshops/${w.id}/access`);
    expect(none.status).toBe(401);
    expect(none.json.details).toEqual({ code: 'no_key' });
    const missing = await api(server.url, 'GET', '/api/workshops/does-not-exist/access');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: 'No workshop with id "does-not-exist".', details: { code: 'not_found' } });
    const keyed = await api(server.url, 'GET', '/api/workshops/does-not-exist/access', { key: keyOf(w.links.facilitator) });
    expect([keyed.status, keyed.json]).toEqual([wrong.status, wrong.json]);
  });
});
