import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { TEMPLATES } from '../../../lib/map/templates';
import type { ClusterMap } from '../../../lib/map/types';
import { appendPoint, HISTORY_CAP, type ScorePoint } from '../../../app/_components/scores/history';
import { toggleHighlight } from '../../../app/_components/scores/highlight';
import { elementsFor, toCanvasIds } from '../../../app/_components/scores/resolve';
import { EngineWorkerClient, type EngineResult } from '../../../app/_workers/engine-client';

const demo = TEMPLATES['optics-valley'].map;

describe('score history', () => {
  it('appends only when a displayed value changes and keeps the newest points', () => {
    let h: ScorePoint[] = [];
    h = appendPoint(h, { t: 1, ici: 50.01, gi: 40 });
    const same = appendPoint(h, { t: 2, ici: 50.04, gi: 40.02 });
    expect(same).toBe(h);
    h = appendPoint(h, { t: 3, ici: 50.2, gi: 40 });
    expect(h.map((p) => p.ici)).toEqual([50, 50.2]);
    for (let i = 0; i < HISTORY_CAP + 10; i++) h = appendPoint(h, { t: 10 + i, ici: i, gi: 0 });
    expect(h).toHaveLength(HISTORY_CAP);
    expect(h[h.length - 1].ici).toBe(HISTORY_CAP + 9);
  });
});

describe('highlight', () => {
  it('toggles off when the same control is clicked again and replaces otherwise', () => {
    const a = toggleHighlight(null, 'component:I1', ['x']);
    expect(a).toEqual({ source: 'component:I1', elements: ['x'] });
    expect(toggleHighlight(a, 'component:I1', ['x'])).toBeNull();
    expect(toggleHighlight(a, 'recommendation:r', ['y'])).toEqual({ source: 'recommendation:r', elements: ['y'] });
  });

  it('re-reads the elements of a source from a new report, and drops sources that vanished', () => {
    const report = computeReport(demo);
    const i1 = report.indices.ici.components.find((c) => c.id === 'I1')!;
    expect(elementsFor(report, 'component:I1')).toEqual(i1.elements);
    const rec = report.recommendations[0];
    expect(elementsFor(report, `recommendation:${rec.id}`)).toEqual(rec.elements);
    expect(elementsFor(report, 'recommendation:no_such_rule')).toBeNull();
    const withWarnings = computeReport({ ...demo, ties: [...demo.ties, { ...demo.ties[0], id: 'zz_dup' }] });
    const w = withWarnings.warnings.findIndex((x) => x.elements.includes('zz_dup'));
    expect(w).toBeGreaterThanOrEqual(0);
    expect(elementsFor(withWarnings, `warning:${w}:${withWarnings.warnings[w].code}`)).toEqual(withWarnings.warnings[w].elements);
    expect(elementsFor(withWarnings, `warning:${w}:some_other_code`)).toBeNull();
    const captive = elementsFor(report, 'governance:captive')!;
    expect(captive.length).toBe(report.governance.modeMix.captive);
  });
});

describe('canvas ids', () => {
  it('turns the stages I7 names into the local actors performing them, and passes actors and ties through', () => {
    const report = computeReport(demo);
    const i7 = report.indices.ici.components.find((c) => c.id === 'I7')!;
    const ids = toCanvasIds(report, i7.elements);
    const expected = demo.actors.filter((a) => a.scope === 'local' && a.stages.some((s) => i7.elements.includes(s))).map((a) => a.id);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(ids.length).toBeGreaterThan(0);
    const mixed = [demo.actors[0].id, demo.ties[0].id, demo.actors[0].id];
    expect(toCanvasIds(report, mixed)).toEqual([demo.actors[0].id, demo.ties[0].id]);
  });
});

describe('engine worker client (main-thread fallback where Worker is missing)', () => {
  const grow = (map: ClusterMap, n: number): ClusterMap => ({
    ...map,
    actors: [
      ...map.actors,
      ...Array.from({ length: n }, (_, i) => ({ id: `zz_${i}`, label: `New ${i}`, type: 'firm' as const, scope: 'local' as const, stages: [] })),
    ],
  });

  it('delivers the report of the newest map after a burst, computing at most the first and the last', async () => {
    const results: { result: EngineResult; newer: boolean }[] = [];
    let done: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const client = new EngineWorkerClient((result, newer) => {
      results.push({ result, newer });
      if (!newer) done();
    });
    const maps = [1, 2, 3, 4, 5].map((n) => grow(demo, n));
    const seqs = maps.map((m) => client.request(m));
    await finished;
    client.dispose();
    expect(results).toHaveLength(2);
    expect(results[0].result.seq).toBe(seqs[0]);
    expect(results[0].newer).toBe(true);
    const last = results[1].result;
    expect(last.seq).toBe(seqs[4]);
    expect(last.ok && Object.keys(last.report.actors).length).toBe(demo.actors.length + 5);
  });

  it('drops a reply that arrives after cancel', async () => {
    const results: EngineResult[] = [];
    const client = new EngineWorkerClient((r) => results.push(r));
    client.request(demo);
    client.cancel();
    await new Promise((r) => setTimeout(r, 200));
    client.dispose();
    expect(results).toEqual([]);
  });
});
