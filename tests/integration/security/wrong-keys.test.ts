import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startAppServer } from '../helpers/app-server';
import { connectError } from '../helpers/sync-server';

// Keys that open nothing, per client address (server/security/wrong-keys.ts, docs/operations.md §4): a client
// that sends a fresh wrong key with every request never meets the same per-key bucket twice, so the API and
// the socket handshake count its failures by address, together, and make it wait before looking up more.

type Server = Awaited<ReturnType<typeof startAppServer>>;
let server: Server;
let workshop: { id: string; keys: Record<string, string> };

const outside = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false, hostname: '0.0.0.0', wrongKeyBurst: 4, wrongKeyRefillMs: 600_000 });
  workshop = (await api(`http://127.0.0.1:${server.port}`, 'POST', '/api/workshops', { body: { title: 'Guessed at' } })).json as typeof workshop;
});
afterAll(async () => {
  await server.close();
});

describe('wrong keys per client address', () => {
  it('attack: a fresh wrong key with every request, over the API and the socket, is slowed per address', async () => {
    const local = `http://127.0.0.1:${server.port}`;
    const guess = (i: number) => `guess-${i}-${Math.random().toString(36).slice(2)}`;
    // A right key costs nothing.
    expect((await api(local, 'GET', `/api/workshops/${workshop.id}/access`, { key: workshop.keys.participant })).status).toBe(200);
    // Two wrong keys on the API, one on the socket, one unknown workshop on the socket: the burst of 4.
    expect((await api(local, 'GET', `/api/workshops/${workshop.id}/scores`, { key: guess(1) })).json).toMatchObject({ details: { code: 'bad_key' } });
    expect((await api(local, 'GET', `/api/workshops/${workshop.id}/access`, { key: guess(2) })).json).toMatchObject({ details: { code: 'bad_key' } });
    expect((await connectError(local, { workshop: workshop.id, key: guess(3) })).data?.code).toBe('bad_key');
    expect((await connectError(local, { workshop: 'w_guessed', key: guess(4) })).data?.code).toBe('bad_workshop');
    // Now the address waits, on both doors, before any key is looked up; the answer says how long.
    const refused = await api(local, 'GET', `/api/workshops/${workshop.id}/map`, { key: guess(5) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(refused.json).toMatchObject({ error: expect.stringMatching(/^Too many keys from this network opened nothing; try again in \d+ s\.$/), details: { code: 'rate_limited' } });
    const socketRefused = await connectError(local, { workshop: workshop.id, key: guess(6) });
    expect(socketRefused.data?.code).toBe('rate_limited');
    // Calls that present no key are not guesses.
    expect((await api(local, 'GET', '/api/health')).status).toBe(200);
    // Another address has its own count.
    if (outside) {
      expect((await api(`http://${outside}:${server.port}`, 'GET', `/api/workshops/${workshop.id}/access`, { key: workshop.keys.observer })).status).toBe(200);
    }
  });
});
