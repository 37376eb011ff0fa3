import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/engine/generate';
import { computeReport, scoresInline } from '../../../lib/engine';
import { toMapDocument } from '../../../lib/map/interchange';
import { api, startAppServer } from '../helpers/app-server';

let server: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
});
afterAll(async () => {
  await server.close();
});

async function workshopWith(map: ReturnType<typeof generateMap>) {
  const { json: w } = await api(server.url, 'POST', '/api/workshops', { body: { title: 'Scores' } });
  const put = await api(server.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, body: toMapDocument(map) });
  expect(put.status).toBe(200);
  return w as { id: string; keys: Record<string, string> };
}

describe('GET /api/workshops/:id/scores on large maps', () => {
  it('scores a map past the inline limit in a worker thread, with the same numbers, without stalling the server', async () => {
    const map = generateMap(1000, 7);
    expect(scoresInline(map)).toBe(false);
    const w = await workshopWith(map);
    const order: string[] = [];
    const scores = api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer }).then((r) => (order.push('scores'), r));
    // Issued after the scores request: an engine running on the event loop would hold this answer back.
    const health = api(server.url, 'GET', '/api/health').then((r) => (order.push('health'), r));
    const [scored, healthy] = await Promise.all([scores, health]);
    expect(healthy.status).toBe(200);
    expect(order).toEqual(['health', 'scores']);
    expect(scored.status).toBe(200);
    const served = await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.observer });
    expect(scored.json).toEqual(JSON.parse(JSON.stringify(computeReport(served.json as never))));
  });

  it('answers an unchanged map from its cache, and rescores after any change, a deletion included', async () => {
    const map = generateMap(60, 3);
    const w = await workshopWith(map);
    const first = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer });
    const again = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer });
    expect(again.json).toEqual(first.json);
    const fewer = { ...toMapDocument(map), ties: toMapDocument(map).ties.slice(1) };
    await api(server.url, 'PUT', `/api/workshops/${w.id}/map`, { key: w.keys.facilitator, body: fewer });
    const after = await api(server.url, 'GET', `/api/workshops/${w.id}/scores`, { key: w.keys.observer });
    expect(after.json.graph.m).toBe(first.json.graph.m - 1);
  });
});
