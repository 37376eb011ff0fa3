import { describe, expect, it } from 'vitest';
import { computeMetrics, computeReport } from '../../../lib/engine';
import { actor, mapOf, tie, ties } from './build';

describe('network measures on edge cases', () => {
  it('an empty map gives zeros and no nodes', () => {
    const m = computeMetrics(mapOf([]));
    expect(m.graph).toEqual({
      n: 0,
      m: 0,
      density: 0,
      transitivity: 0,
      averageClustering: 0,
      components: 0,
      degreeCentralization: 0,
      betweennessCentralization: 0,
      closenessCentralization: 0,
    });
    expect(m.nodes).toEqual({});
    const r = computeReport(mapOf([]));
    expect(r.indices.ici.value).toBeGreaterThanOrEqual(0);
    expect(r.actors).toEqual({});
  });

  it('one actor: NetworkX conventions (degree centrality 1, eigenvector 1, Burt measures null)', () => {
    const m = computeMetrics(mapOf([actor('a')]));
    expect(m.graph.n).toBe(1);
    expect(m.graph.components).toBe(1);
    expect(m.nodes.a).toEqual({
      degree: 0,
      degreeCentrality: 1,
      betweenness: 0,
      betweennessRaw: 0,
      closeness: 0,
      eigenvector: 1,
      clustering: 0,
      constraint: null,
      effectiveSize: null,
      coreNumber: 0,
    });
  });

  it('isolates have closeness 0, null Burt measures and near-zero eigenvector', () => {
    const m = computeMetrics(mapOf([actor('a'), actor('b'), actor('c'), actor('z')], ties('social', 'a-b', 'b-c', 'a-c')));
    expect(m.nodes.z.closeness).toBe(0);
    expect(m.nodes.z.constraint).toBeNull();
    expect(m.nodes.z.effectiveSize).toBeNull();
    expect(m.nodes.z.coreNumber).toBe(0);
    expect(m.nodes.z.eigenvector).toBeLessThan(1e-6);
    expect(m.nodes.a.coreNumber).toBe(2);
    expect(m.graph.components).toBe(2);
    expect(m.graph.transitivity).toBe(1);
    // Wasserman–Faust: 2 of 3 others reachable, each at distance 1.
    expect(m.nodes.a.closeness).toBeCloseTo((2 / 3) * (2 / 2), 12);
  });

  it('a path a–b–c: betweenness, closeness, constraint by hand', () => {
    const m = computeMetrics(mapOf([actor('a'), actor('b'), actor('c')], ties('social', 'a-b', 'b-c')));
    expect(m.nodes.b.betweennessRaw).toBe(1);
    expect(m.nodes.b.betweenness).toBe(1);
    expect(m.nodes.a.closeness).toBeCloseTo(2 / 3, 12);
    expect(m.nodes.b.constraint).toBeCloseTo(0.5, 12);
    expect(m.nodes.a.constraint).toBe(1);
    expect(m.graph.degreeCentralization).toBeCloseTo(1, 12);
    expect(m.graph.betweennessCentralization).toBeCloseTo(1, 12);
    expect(m.graph.closenessCentralization).toBeCloseTo(1, 12);
  });

  it('a disconnected map counts its components and normalises by the whole n', () => {
    const m = computeMetrics(
      mapOf(['a', 'b', 'c', 'd', 'e'].map((id) => actor(id)), ties('social', 'a-b', 'b-c', 'd-e')),
    );
    expect(m.graph.components).toBe(2);
    expect(m.nodes.b.betweennessRaw).toBe(1);
    expect(m.nodes.b.betweenness).toBeCloseTo(2 / (4 * 3), 12);
    expect(m.nodes.d.closeness).toBeCloseTo((1 / 4) * (1 / 1), 12);
  });

  it('self-loops and duplicate ties are ignored by the measures and reported as warnings', () => {
    const base = mapOf([actor('a'), actor('b'), actor('c')], ties('social', 'a-b', 'b-c'));
    const noisy = mapOf(base.actors, [
      ...base.ties,
      tie('a', 'a', 'social', { id: 'loop' }),
      tie('b', 'a', 'social', { id: 'dup' }),
      tie('a', 'b', 'knowledge', { id: 'multiplex' }),
      tie('a', 'ghost', 'social', { id: 'dangling' }),
    ]);
    const clean = computeMetrics(base);
    const got = computeMetrics(noisy);
    expect(got.graph).toEqual(clean.graph);
    expect(got.nodes).toEqual(clean.nodes);
    const codes = got.warnings.map((w) => `${w.code}:${w.elements[0]}`);
    expect(codes).toContain('self_loop:loop');
    // The tie with the lowest id is kept, the other one reported.
    const dup = got.warnings.find((w) => w.code === 'duplicate_tie');
    expect(dup?.elements.sort()).toEqual(['dup', 'social:a-b']);
    expect(codes).toContain('dangling_tie:dangling');
    expect(codes.some((c) => c.endsWith(':multiplex'))).toBe(false);
  });

  it('two directed ties pointing opposite ways are reciprocity, not duplicates', () => {
    const r = computeReport(
      mapOf([actor('a'), actor('b')], [
        tie('a', 'b', 'knowledge', { id: 'ab', directed: true }),
        tie('b', 'a', 'knowledge', { id: 'ba', directed: true }),
      ]),
    );
    expect(r.warnings.filter((w) => w.code === 'duplicate_tie')).toEqual([]);
    expect(r.graph.m).toBe(1);
  });

  it('unknown enum values and missing fields never crash and are reported', () => {
    const weird = {
      meta: { title: 'x', weights: { I1: 0.3, nope: 1, G2: -1 } },
      stages: [{ id: 'rd', label: 'R&D', order: 0 }],
      actors: [
        { id: 'a', type: 'alien', scope: 'moon', stages: ['rd', 'ghost'] },
        { id: 'b' },
        { label: 'no id' },
        'not an object',
      ],
      ties: [
        { id: 't1', source: 'a', target: 'b', kind: 'telepathy' },
        { id: 't2', source: 'a', target: 'b', kind: 'supply', gvc: { complexity: 'medium' } },
        { id: 't3', source: 'a', target: 'b', kind: 'social', gvc: { complexity: 'low', codifiability: 'high', supplierCapability: 'high' } },
        { source: 'a', target: 'b' },
      ],
    };
    const r = computeReport(weird);
    const codes = new Set(r.warnings.map((w) => w.code));
    for (const code of [
      'unknown_actor_type',
      'unknown_scope',
      'unknown_stage',
      'missing_field',
      'unknown_tie_kind',
      'invalid_gvc',
      'gvc_on_non_supply',
      'unknown_setting',
      'invalid_setting',
    ])
      expect(codes, code).toContain(code);
    expect(r.actors.a.type).toBe('other');
    expect(r.actors.a.scope).toBe('local');
    expect(r.actors.a.stages).toEqual(['rd']);
    expect(r.settings.I1).toBe(0.3);
    expect(r.settings.G2).toBe(0.15);
    expect(r.graph.m).toBe(1);
    for (const input of [null, undefined, 42, 'map', [], { actors: 'x', ties: {} }]) {
      const report = computeReport(input);
      expect(report.graph.n).toBe(0);
    }
  });
});
