import { describe, expect, it } from 'vitest';
import { computeReport, RECOMMENDATION_IDS, type RecommendationId } from '../../../lib/engine';
import { defaultStages } from '../../../lib/map/default-stages';
import type { ClusterMap, Tie } from '../../../lib/map/types';
import { actor, mapOf, tie, ties } from './build';

const gvc = (c: 'low' | 'high', k: 'low' | 'high', s: 'low' | 'high') => ({ complexity: c, codifiability: k, supplierCapability: s });

/** A well-rounded cluster on which no rule fires; each case below breaks exactly one thing. */
function healthy(): ClusterMap {
  const k = (a: string, b: string) => tie(a, b, 'knowledge', { id: `k:${a}-${b}`, tacit: true });
  return mapOf(
    [
      actor('f1', 'firm', 'local', ['rd', 'design']),
      actor('f2', 'firm', 'local', ['marketing', 'components', 'manufacturing']),
      actor('f3', 'firm', 'local', ['after_sales', 'distribution']),
      actor('u1', 'university'),
      actor('g1', 'government'),
      actor('b1', 'finance'),
      actor('i1', 'intermediary'),
      actor('X1', 'firm', 'external'),
      actor('X2', 'firm', 'external'),
      actor('Y', 'university', 'external'),
    ],
    [
      k('f1', 'u1'),
      k('f2', 'u1'),
      k('f3', 'u1'),
      k('f1', 'f2'),
      k('f2', 'f3'),
      k('f1', 'f3'),
      k('u1', 'Y'),
      tie('g1', 'u1', 'policy', { id: 'p:g1-u1' }),
      tie('g1', 'f1', 'policy', { id: 'p:g1-f1' }),
      tie('b1', 'f2', 'finance', { id: 'fi:b1-f2' }),
      tie('i1', 'f3', 'service', { id: 'sv:i1-f3' }),
      tie('i1', 'f1', 'service', { id: 'sv:i1-f1' }),
      tie('f1', 'X1', 'supply', { id: 's:f1-X1', gvc: gvc('high', 'low', 'high') }),
      tie('f2', 'X2', 'supply', { id: 's:f2-X2', gvc: gvc('high', 'high', 'high') }),
      tie('f3', 'X1', 'social', { id: 'so:f3-X1' }),
    ],
    defaultStages(),
  );
}

const without = (m: ClusterMap, ...ids: string[]): ClusterMap => ({ ...m, ties: m.ties.filter((t) => !ids.includes(t.id)) });
const patchTie = (m: ClusterMap, id: string, patch: Partial<Tie>): ClusterMap => ({
  ...m,
  ties: m.ties.map((t) => (t.id === id ? { ...t, ...patch } : t)),
});
const fired = (m: ClusterMap) => computeReport(m).recommendations;

const CASES: Record<RecommendationId, { map: () => ClusterMap; elements?: string[] }> = {
  university_industry_gap: { map: () => without(healthy(), 'k:f1-u1', 'k:f2-u1', 'k:f3-u1') },
  triple_helix_incomplete: { map: () => without(healthy(), 'p:g1-u1', 'p:g1-f1'), elements: ['g1'] },
  no_global_pipelines: { map: () => without(healthy(), 'k:u1-Y', 's:f1-X1', 's:f2-X2', 'so:f3-X1') },
  gatekeeper_bottleneck: {
    map: () => {
      const m = without(healthy(), 'k:u1-Y', 's:f2-X2', 'so:f3-X1');
      return { ...m, ties: [...m.ties, tie('f1', 'X2', 'supply', { id: 's:f1-X2' }), tie('f1', 'Y', 'knowledge', { id: 'k:f1-Y' })] };
    },
    elements: ['f1'],
  },
  satellite_platform_risk: {
    map: () => mapOf([actor('f1'), actor('f2'), actor('X', 'firm', 'external'), actor('Z', 'firm', 'external')], ties('supply', 'f1-X', 'f2-X', 'f1-Z', 'f2-Z')),
  },
  fragmented_knowledge_system: {
    map: () => without(healthy(), 'k:f1-f2', 'k:f2-f3', 'k:f1-f3', 'k:f2-u1', 'k:f3-u1'),
  },
  absorptive_capacity_programme: { map: () => without(healthy(), 'k:f3-u1', 'k:f2-f3', 'k:f1-f3'), elements: ['f3'] },
  build_co_development_ties: {
    map: () => ({ ...healthy(), ties: healthy().ties.map((t) => ({ ...t, tacit: false })) }),
  },
  single_point_of_failure: {
    map: () => mapOf([actor('hub', 'intermediary'), actor('a'), actor('b'), actor('c')], ties('service', 'hub-a', 'hub-b', 'hub-c')),
    elements: ['hub'],
  },
  functional_upgrading_constrained: { map: () => patchTie(healthy(), 's:f1-X1', { gvc: gvc('high', 'high', 'low') }), elements: ['s:f1-X1'] },
  buyer_concentration: {
    map: () => {
      const m = without(healthy(), 's:f2-X2');
      return { ...m, ties: [...m.ties, tie('f2', 'X1', 'supply', { id: 's:f2-X1' })] };
    },
  },
  functional_upgrading_gap: {
    map: () => ({ ...healthy(), actors: healthy().actors.map((a) => (a.id === 'f1' ? { ...a, stages: ['rd'] } : a)) }),
    elements: ['design'],
  },
  no_bridging_organisations: { map: () => without(healthy(), 'sv:i1-f3', 'sv:i1-f1'), elements: ['i1'] },
  finance_gap: { map: () => without(healthy(), 'fi:b1-f2'), elements: ['b1'] },
  low_trust: {
    map: () => mapOf(['a', 'b', 'c', 'd', 'e'].map((id) => actor(id)), ties('social', 'a-b', 'b-c', 'c-d', 'd-e', 'a-e')),
  },
  check_gvc_ties: { map: () => patchTie(healthy(), 's:f2-X2', { gvc: gvc('low', 'low', 'low') }), elements: ['s:f2-X2'] },
};

describe('recommendations (docs/engine.md §9)', () => {
  it('none fires on a healthy cluster', () => {
    expect(fired(healthy())).toEqual([]);
  });

  it('every rule has a case', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RECOMMENDATION_IDS].sort());
  });

  for (const id of RECOMMENDATION_IDS) {
    it(`${id} fires when its condition holds`, () => {
      const recs = fired(CASES[id].map());
      const rec = recs.find((r) => r.id === id);
      expect(rec, `${id} in ${recs.map((r) => r.id).join(', ')}`).toBeDefined();
      expect(rec!.title.length).toBeGreaterThan(3);
      expect(rec!.message.length).toBeGreaterThan(20);
      if (CASES[id].elements) expect(rec!.elements).toEqual(CASES[id].elements);
    });
  }

  it('the functional-upgrading gap names the missing stage', () => {
    const rec = fired(CASES.functional_upgrading_gap.map()).find((r) => r.id === 'functional_upgrading_gap')!;
    expect(rec.message).toContain('Design');
  });

  it('not-expected and exclusion GVC ties are also input warnings', () => {
    const r = computeReport(CASES.check_gvc_ties.map());
    expect(r.warnings.map((w) => w.code)).toContain('gvc_not_expected');
  });

  it('rules that need actors stay quiet on an empty map', () => {
    expect(fired(mapOf([]))).toEqual([]);
  });
});
