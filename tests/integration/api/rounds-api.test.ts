import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRounds } from '../../../lib/map/rounds';
import { addActor, updateMeta } from '../../../lib/map/ydoc';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';
import { waitFor } from '../helpers/sync-server';

// GET /api/workshops/:id/rounds and the agreement over HTTP with a secret round (docs/protocol.md P18),
// against the whole server as `npm start` boots it: counts while open, never who voted what; the tallies in
// the agreement once closed.

let server: Awaited<ReturnType<typeof startAppServer>>;
const clients: WorkshopProvider[] = [];

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

async function client(w: { id: string; keys: Record<string, string> }, role: 'facilitator' | 'participant') {
  const p = new WorkshopProvider({ url: server.url, workshop: w.id, key: w.keys[role], retryDelayMs: 50 });
  clients.push(p);
  await p.whenSynced();
  return p;
}

describe('secret rounds over HTTP (P18)', () => {
  it('P18: GET /rounds gives counts while open and tallies once closed, never a voter; /agreement reads the tallies', async () => {
    const { json } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Rounds API' } });
    const w = json as { id: string; keys: Record<'facilitator' | 'participant' | 'observer', string> };
    const fac = await client(w, 'facilitator');
    addActor(fac.doc, { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [] });
    updateMeta(fac.doc, { quorum: 2 });
    await fac.flushed();
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/rounds`, { key: w.keys.observer })).json).toEqual({ open: null, closed: [] });

    const round = ((await fac.rounds.open([])) as { round: string }).round;
    const li = await client(w, 'participant');
    const bo = await client(w, 'participant');
    await li.rounds.cast(round, 'a_hust', 'agree');
    await bo.rounds.cast(round, 'a_hust', 'agree');
    const open = await api(server.url, 'GET', `/api/workshops/${w.id}/rounds`, { key: w.keys.observer });
    expect(open.status).toBe(200);
    expect(open.json.open).toMatchObject({ id: round, elements: ['a_hust'], counts: { a_hust: 2 } });
    for (const id of [li.identity!.id, bo.identity!.id]) expect(JSON.stringify(open.json).includes(id)).toBe(false);
    expect(JSON.stringify(open.json).includes('agree')).toBe(false);
    expect((await api(server.url, 'GET', `/api/workshops/${w.id}/rounds`)).status).toBe(401);

    await fac.rounds.close(round);
    await waitFor(() => readRounds(li.doc)[0]?.closedAt !== undefined, 'the close');
    const closed = await api(server.url, 'GET', `/api/workshops/${w.id}/rounds`, { key: w.keys.participant });
    expect(closed.json.open).toBeNull();
    expect(closed.json.closed).toMatchObject([{ id: round, tallies: { a_hust: { agree: 2, disagree: 0, unsure: 0 } } }]);
    const agreement = await api(server.url, 'GET', `/api/workshops/${w.id}/agreement`, { key: w.keys.observer });
    expect(agreement.json.elements.a_hust).toMatchObject({ status: 'agreed', tally: { agree: 2, total: 2 } });
  }, 60_000);
});
