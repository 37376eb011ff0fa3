import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { whatIsMissing } from '../../../lib/engine/readiness';
import { templateMap } from '../../../lib/map/templates';
import type { ClusterMap } from '../../../lib/map/types';

// docs/engine.md "When an index means nothing yet": an empty or tie-less map shows what to add, not 0 or 15.

const map = (actors: ClusterMap['actors'], ties: ClusterMap['ties'] = []): ClusterMap => ({ meta: { title: 't' }, stages: [], actors, ties });
const firm = (id: string, scope: 'local' | 'external' = 'local') => ({ id, label: id, type: 'firm' as const, scope, stages: [] });

describe('whatIsMissing', () => {
  it('says both are missing on an empty map, whose GI would otherwise read 15', () => {
    const report = computeReport(map([]));
    expect(report.indices.gi.value).toBeCloseTo(15, 9);
    expect(Object.keys(whatIsMissing(report)).sort()).toEqual(['gi', 'ici']);
    expect(whatIsMissing(report).gi).toMatch(/No ties yet/);
  });

  it('needs a local actor for the ICI and a tie for the GI', () => {
    expect(whatIsMissing(computeReport(map([firm('a'), firm('b')])))).toEqual({ gi: expect.stringMatching(/ties/) });
    expect(whatIsMissing(computeReport(map([firm('x', 'external')])))).toHaveProperty('ici');
    const tied = map([firm('a'), firm('b')], [{ id: 't', source: 'a', target: 'b', kind: 'knowledge', directed: false, strength: 2, tacit: false }]);
    expect(whatIsMissing(computeReport(tied))).toEqual({});
  });

  it('finds nothing missing in the demo', () => {
    expect(whatIsMissing(computeReport(templateMap('optics-valley')))).toEqual({});
  });
});
