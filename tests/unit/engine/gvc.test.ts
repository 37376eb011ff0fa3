import { describe, expect, it } from 'vitest';
import { classifyGovernance, computeReport, ENGINE_DEFAULTS, upgradingProspect } from '../../../lib/engine';
import type { GvcLevel } from '../../../lib/map/types';
import { actor, mapOf, tie } from './build';

const ROWS: [GvcLevel, GvcLevel, GvcLevel, string][] = [
  ['low', 'high', 'high', 'market'],
  ['high', 'high', 'high', 'modular'],
  ['high', 'low', 'high', 'relational'],
  ['high', 'high', 'low', 'captive'],
  ['high', 'low', 'low', 'hierarchy'],
  ['low', 'low', 'high', 'not_expected'],
  ['low', 'low', 'low', 'not_expected'],
  ['low', 'high', 'low', 'exclusion'],
];

describe('GVC governance (Gereffi, Humphrey & Sturgeon 2005)', () => {
  for (const [complexity, codifiability, supplierCapability, mode] of ROWS) {
    it(`complexity ${complexity}, codifiability ${codifiability}, capability ${supplierCapability} → ${mode}`, () => {
      expect(classifyGovernance({ complexity, codifiability, supplierCapability })).toBe(mode);
      // sameGroup overrides every combination.
      expect(classifyGovernance({ complexity, codifiability, supplierCapability, sameGroup: true })).toBe('hierarchy');
    });
  }

  it('covers all 8 combinations', () => {
    expect(new Set(ROWS.map(([a, b, c]) => `${a}${b}${c}`)).size).toBe(8);
  });

  it('upgrading prospects follow Humphrey & Schmitz, and overrides apply', () => {
    expect(upgradingProspect('relational', ENGINE_DEFAULTS)).toBe(1);
    expect(upgradingProspect('modular', ENGINE_DEFAULTS)).toBe(0.8);
    expect(upgradingProspect('market', ENGINE_DEFAULTS)).toBe(0.6);
    expect(upgradingProspect('captive', ENGINE_DEFAULTS)).toBe(0.3);
    expect(upgradingProspect('hierarchy', ENGINE_DEFAULTS)).toBe(0.2);
  });

  it('the report classifies each supply tie, counts the mix and warns about unexpected ones', () => {
    const gvc = (c: GvcLevel, k: GvcLevel, s: GvcLevel, sameGroup = false) => ({
      complexity: c,
      codifiability: k,
      supplierCapability: s,
      ...(sameGroup ? { sameGroup } : {}),
    });
    const map = mapOf(
      [actor('f1'), actor('f2'), actor('f3'), actor('buyer', 'firm', 'external'), actor('buyer2', 'firm', 'external')],
      [
        tie('f1', 'buyer', 'supply', { id: 'rel', gvc: gvc('high', 'low', 'high') }),
        tie('f2', 'buyer', 'supply', { id: 'cap', gvc: gvc('high', 'high', 'low') }),
        tie('f3', 'buyer2', 'supply', { id: 'own', gvc: gvc('low', 'high', 'high', true) }),
        tie('f1', 'f2', 'supply', { id: 'odd', gvc: gvc('low', 'low', 'high') }),
        tie('f2', 'f3', 'supply', { id: 'excl', gvc: gvc('low', 'high', 'low') }),
        tie('f1', 'f3', 'supply', { id: 'plain' }),
        tie('f1', 'f3', 'knowledge', { id: 'know' }),
      ],
    );
    const r = computeReport(map);
    expect(r.ties.rel).toEqual({ governance: 'relational', upgrading: 1 });
    expect(r.ties.cap).toEqual({ governance: 'captive', upgrading: 0.3 });
    expect(r.ties.own).toEqual({ governance: 'hierarchy', upgrading: 0.2 });
    expect(r.ties.odd).toEqual({ governance: 'not_expected', upgrading: null });
    expect(r.ties.excl).toEqual({ governance: 'exclusion', upgrading: null });
    expect(r.ties.plain.governance).toBeNull();
    expect(r.ties.know.governance).toBeNull();
    expect(r.governance.modeMix).toEqual({
      market: 0,
      modular: 0,
      relational: 1,
      captive: 1,
      hierarchy: 1,
      not_expected: 1,
      exclusion: 1,
    });
    expect(r.governance.supplyTies).toBe(6);
    expect(r.governance.classified).toBe(3);
    expect(r.warnings.find((w) => w.code === 'gvc_not_expected')?.elements).toEqual(['odd']);
    expect(r.warnings.find((w) => w.code === 'gvc_exclusion')?.elements).toEqual(['excl']);
    const g6 = r.indices.gi.components.find((c) => c.id === 'G6')!;
    expect(g6.value).toBeCloseTo((1 + 0.3 + 0.2) / 3, 12);
    // G7: classified ties to external partners: buyer ×2, buyer2 ×1 → HHI 5/9, normalised (5/9 − 1/2)/(1/2).
    const g7 = r.indices.gi.components.find((c) => c.id === 'G7')!;
    expect(g7.value).toBeCloseTo(1 - (5 / 9 - 1 / 2) / (1 / 2), 12);
    expect(g7.elements).toEqual(['buyer', 'buyer2']);
  });

  it('G6 and G7 are neutral without classified ties; G7 is 0 with a single partner', () => {
    const none = computeReport(mapOf([actor('a'), actor('b')], [tie('a', 'b', 'supply')]));
    expect(none.indices.gi.components.find((c) => c.id === 'G6')!.value).toBe(0.5);
    expect(none.indices.gi.components.find((c) => c.id === 'G7')!.value).toBe(0.5);
    const one = computeReport(
      mapOf([actor('a'), actor('x', 'firm', 'external')], [
        tie('a', 'x', 'supply', { gvc: { complexity: 'low', codifiability: 'high', supplierCapability: 'high' } }),
      ]),
    );
    expect(one.indices.gi.components.find((c) => c.id === 'G7')!.value).toBe(0);
    expect(one.indices.gi.components.find((c) => c.id === 'G6')!.value).toBe(0.6);
  });
});
