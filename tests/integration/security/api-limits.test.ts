import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHolder } from '../../../server/store/data-dir-lock';
import { api, startAppServer } from '../helpers/app-server';

// The HTTP API's limits against the whole server (docs/operations.md §4 "Limits", docs/protocol.md P9): calls
// per key, new workshops per client address, and the operator routes only from this machine. The server
// listens on every interface, so a request to this machine's own non-loopback address comes from that
// address: a second client address without a second machine.

type Server = Awaited<ReturnType<typeof startAppServer>>;
let server: Server;
let port: number;

/** This machine's first non-loopback IPv4 address, if it has one. */
const outside = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false, hostname: '0.0.0.0', apiCallBurst: 5, apiCallsPerSecond: 0.05, workshopCreateBurst: 3, workshopCreateRefillMs: 60_000 });
  port = server.port;
});
afterAll(async () => {
  await server.close();
});

const local = () => `http://127.0.0.1:${port}`;
const rateLimited = (res: { status: number; json: Record<string, any>; headers: Headers }) => {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(res.json).toMatchObject({ error: expect.stringMatching(/try again in \d+ s/), details: { code: 'rate_limited', retryAfterSeconds: retryAfter } });
  return retryAfter;
};

describe('limits of the HTTP API', () => {
  let workshop: { id: string; keys: Record<string, string> };

  it('attack: workshop creation flood from one address', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await api(local(), 'POST', '/api/workshops', { body: { title: `Flood ${i}` } }));
    expect(made.map((r) => r.status)).toEqual([201, 201, 201]);
    workshop = made[0].json as typeof workshop;
    // The burst is spent: the next is refused, saying how long to wait (one creation per 60 s).
    const refused = await api(local(), 'POST', '/api/workshops', { body: { title: 'One too many' } });
    expect(rateLimited(refused)).toBeGreaterThan(50);
    expect(refused.json.error).toMatch(/^Too many new workshops from this network; try again in \d+ s\.$/);
    // A body that would create nothing is answered as before, and spends nothing.
    expect((await api(local(), 'POST', '/api/workshops', { body: { title: '' } })).status).toBe(400);
    // Another address has its own bucket.
    if (outside) expect((await api(`http://${outside}:${port}`, 'POST', '/api/workshops', { body: { title: 'Elsewhere' } })).status).toBe(201);
  });

  it('attack: API flood from one key gets 429 with Retry-After', async () => {
    const participant = workshop.keys.participant;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await api(local(), 'GET', `/api/workshops/${workshop.id}/activity`, { key: participant })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    // Every route that takes a key spends from the same bucket: the sixth call is refused whichever it is,
    // before the key is looked up, and nothing of it runs.
    for (const path of ['scores', 'checkpoints', 'map', 'export?format=json', 'access']) {
      rateLimited(await api(local(), 'GET', `/api/workshops/${workshop.id}/${path}`, { key: participant }));
    }
    // Other keys (the same workshop's other roles) are untouched, and so is a call that takes no key.
    expect((await api(local(), 'GET', `/api/workshops/${workshop.id}/activity`, { key: workshop.keys.observer })).status).toBe(200);
    expect((await api(local(), 'GET', '/api/health')).status).toBe(200);
    // One more every 20 s: no refill within this test on any machine (tests/unit/api/rate-limiter.test.ts
    // covers the refill).
  });

  it('attack: a loop of picture exports spends a picture\'s cost per call (renderCallCost)', async () => {
    const facilitator = workshop.keys.facilitator;
    // 50 tokens, capped at this server's burst of 5: one PNG empties the bucket a data file would take 5 calls to.
    const png = await fetch(`${local()}/api/workshops/${workshop.id}/export?format=png`, { headers: { authorization: `Bearer ${facilitator}` } });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    rateLimited(await api(local(), 'GET', `/api/workshops/${workshop.id}/export?format=json`, { key: facilitator }));
  }, 60_000);

  it('attack: operator route from a non-loopback address', async () => {
    const token = readHolder(server.dataDir)?.operatorToken;
    expect(token).toBeTruthy();
    const asOperator = (base: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/operator/workshops`, { headers: { authorization: `Bearer ${token}`, ...headers } }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, any> }));
    // From this machine, with the token: answered.
    const ok = await asOperator(local());
    expect(ok.status).toBe(200);
    expect(ok.json.workshops.length).toBeGreaterThan(0);
    // Through a proxy on this machine (which connects from loopback for anyone): refused.
    expect(await asOperator(local(), { 'x-forwarded-for': '198.51.100.9' })).toMatchObject({ status: 403, json: { details: { code: 'not_loopback' } } });
    expect(await asOperator(local(), { forwarded: 'for=198.51.100.9' })).toMatchObject({ status: 403, json: { details: { code: 'not_loopback' } } });
    // From another address, even with the right token: refused, and nothing is listed.
    if (!outside) return console.warn('no non-loopback interface on this machine: the remote case is covered by tests/unit/api/rate-limiter.test.ts');
    const remote = await asOperator(`http://${outside}:${port}`);
    expect(remote).toMatchObject({ status: 403, json: { details: { code: 'not_loopback' } } });
    expect(remote.json.workshops).toBeUndefined();
  });
});
