import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRounds } from '../../../lib/map/rounds';
import { addActor, updateMeta } from '../../../lib/map/ydoc';
import type { Role } from '../../../lib/map/types';
import { api, clientPool, createWorkshop, startAppServer, type CreatedWorkshop } from '../helpers/app-server';
import { waitFor } from '../helpers/sync-server';

// GET /api/workshops/:id/rounds and the agreement over HTTP with a secret round (docs/protocol.md P18),
// against the whole server as `npm start` boots it: counts while open, never who voted what; the tallies in
// the agreement once closed.

let server: Awaited<ReturnType<typeof startAppServer>>;
const pool = clientPool();

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
});
afterAll(async () => {
  pool.destroyAll();
  await server.close();
});

const client = (w: CreatedWorkshop, role: Role) => pool.connect(server.url, w, role);

describe('secret rounds over HTTP (P18)', () => {
  it('P18: GET /rounds gives counts while open and tallies once closed, never a voter; /agreement reads the tallies', async () => {
    const w = await createWorkshop(server.url, { title: 'Rounds API' });
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
