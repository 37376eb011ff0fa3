import { afterAll, describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/engine/generate';
import { computeReport } from '../../../lib/engine';
import { computeReportParallel } from '../../../lib/engine/parallel';
import { SweepPool } from '../../../server/scores/sweep-pool';

const json = (x: unknown) => JSON.stringify(x);
const pools: SweepPool[] = [];
const pool = (size: number) => {
  const p = new SweepPool(size);
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

describe('the full report with its sweeps on worker threads', () => {
  it('is bit for bit computeReport with one or two threads', async () => {
    const two = pool(2);
    for (const map of [generateMap(1100, 9), generateMap(200, 4)]) {
      const want = json(computeReport(map));
      expect(json(await computeReportParallel(map, two.runners))).toBe(want);
      expect(json(await computeReportParallel(map, two.runners.slice(0, 1)))).toBe(want);
    }
  });

  it('serves several reports at once from one pool', async () => {
    const shared = pool(2);
    const maps = [generateMap(600, 1), generateMap(600, 2), generateMap(90, 3)];
    const reports = await Promise.all(maps.map((m) => computeReportParallel(m, shared.runners)));
    reports.forEach((r, i) => expect(json(r)).toBe(json(computeReport(maps[i]))));
  });

  it('fails with a clear error once the pool is closed, and a new pool works', async () => {
    const closed = pool(1);
    await closed.close();
    await expect(computeReportParallel(generateMap(600, 1), closed.runners)).rejects.toThrow(/sweep pool is closed/);
    const fresh = pool(1);
    expect(json(await computeReportParallel(generateMap(600, 1), fresh.runners))).toBe(json(computeReport(generateMap(600, 1))));
  });
});
