import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/engine/generate';
import { computeReport } from '../../../lib/engine';
import { runSweepJob } from '../../../lib/engine/measures/paths';
import { computeReportParallel, type SweepRunner } from '../../../lib/engine/parallel';
import { planReport } from '../../../lib/engine/report';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';

const json = (x: unknown) => JSON.stringify(x);

describe('a report plan (sweep jobs, then complete)', () => {
  it('cuts a large map into slices of G and of G_L, and a workshop map into one job each', () => {
    // 700 actors, ~15% external with ties: G and G_L each need their sweeps, each in 2 slices.
    expect(planReport(generateMap(700, 3)).jobs).toHaveLength(4);
    expect(planReport(generateMap(120, 3)).jobs).toHaveLength(2);
    // With no tied external actor, G_L is G minus isolates and reuses its sweeps.
    const localOnly = generateMap(120, 3);
    localOnly.actors = localOnly.actors.map((a) => ({ ...a, scope: 'local' }));
    expect(planReport(localOnly).jobs).toHaveLength(1);
  });

  it('gives computeReport bit for bit, whatever order the jobs run in', () => {
    for (const map of [generateMap(700, 3), generateMap(300, 11), OPTICS_VALLEY_MAP, { actors: 'nope', ties: [{}] }]) {
      const plan = planReport(map);
      const results = new Array(plan.jobs.length);
      for (let i = plan.jobs.length - 1; i >= 0; i--) results[i] = runSweepJob(plan.jobs[i]);
      expect(json(plan.complete(results))).toBe(json(computeReport(map)));
    }
  });

  it('can be completed twice without one report leaking warnings into the other', () => {
    const plan = planReport({ actors: [{ id: 'a', label: 'A', type: 'spaceship', scope: 'local' }], ties: [] });
    const results = plan.jobs.map(runSweepJob);
    expect(json(plan.complete(results))).toBe(json(plan.complete(results)));
  });

  it('refuses results that do not match its jobs', () => {
    const plan = planReport(generateMap(700, 3));
    expect(() => plan.complete(plan.jobs.slice(1).map(runSweepJob))).toThrow(/expected 4 sweep results, got 3/);
  });

  it('in parallel, is the same report whichever runner answers first, and fails when a runner fails', async () => {
    const map = generateMap(700, 5);
    // Runners that answer after random delays, so the answers come back out of order. Real worker threads
    // are in tests/integration/scores/sweep-pool.test.ts.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 5;
    const delayed = (): SweepRunner => ({
      run: (job) => new Promise((resolve) => setTimeout(() => resolve(runSweepJob(job)), random())),
    });
    expect(json(await computeReportParallel(map, [delayed(), delayed(), delayed()]))).toBe(json(computeReport(map)));
    const failing: SweepRunner = { run: () => Promise.reject(new Error('the sweep worker stopped')) };
    await expect(computeReportParallel(map, [delayed(), failing])).rejects.toThrow(/sweep worker stopped/);
    await expect(computeReportParallel(map, [])).rejects.toThrow(/at least one runner/);
  });

  it('stops dealing jobs once one has failed', async () => {
    const map = generateMap(1100, 5);
    expect(planReport(map).jobs.length).toBe(7);
    let ran = 0;
    const counting: SweepRunner = {
      run: (job) => new Promise((resolve) => setTimeout(() => (ran++, resolve(runSweepJob(job))), 5)),
    };
    const failing: SweepRunner = { run: () => Promise.reject(new Error('the sweep worker stopped')) };
    await expect(computeReportParallel(map, [counting, failing])).rejects.toThrow(/sweep worker stopped/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toBe(2); // the two jobs it held when the other runner failed, and no more
  });
});
