import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHolder } from '../../../server/store/data-dir-lock';
import { api, startAppServer } from '../helpers/app-server';
import { rawSocket, waitFor, type RawSocket } from '../helpers/sync-server';

// Key rotation and revocation of any role (docs/protocol.md P16, docs/operations.md "Keys") and what an
// error tells (docs/architecture.md "What an error tells"), against the whole server on a real SQLite file.

type Server = Awaited<ReturnType<typeof startAppServer>>;
let server: Server;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

const keyOf = (link: string) => decodeURIComponent(new URL(link).hash.split('key=')[1]);
const create = async (title: string) => (await api(server.url, 'POST', '/api/workshops', { body: { title } })).json as { id: string; keys: Record<string, string>; code: string };
const SECRET_A = 'a'.repeat(43);
const SECRET_B = 'b'.repeat(43);
async function connect(id: string, key: string, secret?: string): Promise<RawSocket> {
  const s = await rawSocket(server.url, { workshop: id, key, ...(secret && { secret, participant: { name: secret.slice(0, 1) } }) });
  sockets.push(s);
  return s;
}
const closedWith = async (s: RawSocket, code: string) => {
  await waitFor(() => !s.socket.connected, `the socket to close with ${code}`, 10_000);
  expect(s.errors.map((e) => e.code)).toContain(code);
};
async function rotate(id: string, key: string, roles?: string[], secret?: string) {
  const res = await fetch(`${server.url}/api/workshops/${id}/invite`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(secret && { 'x-participant-secret': secret }) },
    body: roles ? JSON.stringify({ roles }) : undefined,
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

describe('keys: rotation from the Invite dialog (POST /api/workshops/:id/invite)', () => {
  it('attack: a revoked participant key’s live socket is closed, at once and in words, and the key opens nothing', async () => {
    const w = await create('Revoke participant');
    const participant = await connect(w.id, w.keys.participant);
    const observer = await connect(w.id, w.keys.observer);
    const facilitator = await connect(w.id, w.keys.facilitator);
    const res = await rotate(w.id, w.keys.facilitator, ['participant']);
    expect(res.status).toBe(200);
    expect(res.json.rotated).toEqual(['participant']);
    await closedWith(participant, 'key_revoked');
    expect(participant.errors.find((e) => e.code === 'key_revoked')!.error).toMatch(/no longer opens the workshop/);
    expect(observer.socket.connected && facilitator.socket.connected).toBe(true);
    // The observer's link, the facilitator's and a new participant link; a new code (it opens the participant key).
    expect(keyOf(res.json.links.observer)).toBe(w.keys.observer);
    expect(keyOf(res.json.links.facilitator)).toBe(w.keys.facilitator);
    expect(res.json.code).not.toBe(w.code);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: w.keys.participant })).json.details.code).toBe('bad_key');
    await expect(rawSocket(server.url, { workshop: w.id, key: w.keys.participant })).rejects.toMatchObject({ data: { code: 'bad_key' } });
    const fresh = await connect(w.id, keyOf(res.json.links.participant));
    expect(fresh.socket.connected).toBe(true);
    expect((await api(server.url, 'POST', '/api/join', { body: { code: res.json.code } })).json.link).toBe(res.json.links.participant);
  });

  it('attack: a revoked observer key’s live socket is closed (no body: both guest keys, as before)', async () => {
    const w = await create('Revoke guests');
    const observer = await connect(w.id, w.keys.observer);
    const res = await rotate(w.id, w.keys.facilitator);
    expect(res.json.rotated).toEqual(['participant', 'observer']);
    await closedWith(observer, 'key_revoked');
  });

  it('attack: a leaked facilitator key is rotated: other facilitator sockets close, the rotating browser keeps its own and gets the new link', async () => {
    const w = await create('Revoke facilitator');
    const mine = await connect(w.id, w.keys.facilitator, SECRET_A);
    const leaked = await connect(w.id, w.keys.facilitator, SECRET_B);
    const participant = await connect(w.id, w.keys.participant);
    const res = await rotate(w.id, w.keys.facilitator, ['facilitator'], SECRET_A);
    expect(res.status).toBe(200);
    await closedWith(leaked, 'key_revoked');
    expect(mine.socket.connected && participant.socket.connected).toBe(true);
    const fresh = keyOf(res.json.links.facilitator);
    expect(fresh).not.toBe(w.keys.facilitator);
    // The code stays (the participant key did not change) and the invite opens with the new key only.
    expect(res.json.code).toBe(w.code);
    expect(keyOf(res.json.links.participant)).toBe(w.keys.participant);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: fresh })).json.code).toBe(w.code);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: w.keys.facilitator })).status).toBe(401);
    expect((await rotate(w.id, w.keys.facilitator, ['participant'])).status).toBe(401);
  });

  it('attack: a guest key cannot rotate keys, and a request naming no real role changes nothing', async () => {
    const w = await create('Guests rotate');
    for (const role of ['participant', 'observer']) expect((await rotate(w.id, w.keys[role], ['facilitator'])).status).toBe(403);
    const bad = await rotate(w.id, w.keys.facilitator, ['admin']);
    expect(bad.status).toBe(400);
    expect(bad.json.details.code).toBe('bad_roles');
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: w.keys.participant })).status).toBe(200);
  });
});

describe('what an error tells', () => {
  it('attack: a keyed request cannot tell an unknown workshop from a key that does not open it', async () => {
    const w = await create('Oracle');
    for (const path of ['access', 'map', 'invite', 'scores']) {
      const unknown = await api(server.url, 'GET', `/api/workshops/w_nosuchthing/${path}`, { key: w.keys.facilitator });
      const wrong = await api(server.url, 'GET', `/api/workshops/${w.id}/${path}`, { key: 'f-not-the-key-at-all-000000000' });
      expect([unknown.status, unknown.json]).toEqual([wrong.status, wrong.json]);
      expect(wrong.status).toBe(401);
      expect(wrong.json.details.code).toBe('bad_key');
    }
  });

  it('without a key, /access still tells "not found" (the UI’s page for /w/unknown) from "needs a key"', async () => {
    const w = await create('Keyless');
    expect((await api(server.url, 'GET', '/api/workshops/w_nosuchthing/access')).json.details.code).toBe('not_found');
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/access`)).json.details.code).toBe('no_key');
  });
});

describe('keys: the operator route (POST /api/operator/workshops/:id/keys)', () => {
  it('attack: the operator routes refuse a workshop key, a guessed token and no token', async () => {
    const w = await create('Operator');
    for (const key of [w.keys.facilitator, 'x'.repeat(43), undefined]) {
      const res = await api(server.url, 'POST', `/api/operator/workshops/${w.id}/keys`, { key, body: { roles: ['all'] } });
      expect(res.status).toBe(401);
    }
    expect((await api(server.url, 'GET', '/api/operator/workshops', { key: w.keys.facilitator })).status).toBe(401);
  });

  it('rotates any role with the token from DATA_DIR and closes the sockets holding it', async () => {
    const w = await create('Operator rotates');
    const token = readHolder(server.dataDir)!.operatorToken!;
    const observer = await connect(w.id, w.keys.observer);
    const res = await api(server.url, 'POST', `/api/operator/workshops/${w.id}/keys`, { key: token, body: { roles: ['observer'] } });
    expect(res.status).toBe(200);
    expect(res.json.rotated).toEqual(['observer']);
    expect(res.json.closedSockets).toBe(1);
    await closedWith(observer, 'key_revoked');
    // The facilitator's invite shows only links that still open the workshop.
    const invite = await api(server.url, 'GET', `/api/workshops/${w.id}/invite`, { key: w.keys.facilitator });
    expect(invite.json.links.observer).toBeUndefined();
    expect(keyOf(invite.json.links.participant)).toBe(w.keys.participant);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/access`, { key: keyOf(res.json.links.observer) })).json.role).toBe('observer');
  });
});
