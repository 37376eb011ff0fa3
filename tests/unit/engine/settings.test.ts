import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS, resolveSettings, type EngineWarning } from '../../../lib/engine';

describe('engine settings', () => {
  it('defaults are those of docs/engine.md §10: index weights sum to 1 and constants match', () => {
    const ici = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7'] as const;
    const gi = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'] as const;
    expect(ici.reduce((s, k) => s + ENGINE_DEFAULTS[k], 0)).toBeCloseTo(1, 12);
    expect(gi.reduce((s, k) => s + ENGINE_DEFAULTS[k], 0)).toBeCloseTo(1, 12);
    expect(ENGINE_DEFAULTS.buzzDegree).toBe(4);
    expect(ENGINE_DEFAULTS.pipelineShare).toBe(0.25);
    expect(ENGINE_DEFAULTS.firmsWithPipelineShare).toBe(0.5);
    expect(ENGINE_DEFAULTS.institutionalBrokerageShare).toBe(0.3);
    expect(ENGINE_DEFAULTS.gatekeeperCount).toBe(2);
  });

  it('merges valid overrides and reports the rest without throwing', () => {
    const warnings: EngineWarning[] = [];
    const s = resolveSettings({ I1: 0.5, buzzDegree: 0, G3: -0.1, nope: 3, I2: 'x', lowTrust: Infinity }, warnings);
    expect(s.I1).toBe(0.5);
    expect(s.buzzDegree).toBe(4);
    expect(s.G3).toBe(ENGINE_DEFAULTS.G3);
    expect(s.I2).toBe(ENGINE_DEFAULTS.I2);
    expect(warnings.map((w) => w.code).sort()).toEqual(['invalid_setting', 'invalid_setting', 'invalid_setting', 'unknown_setting', 'unknown_setting']);
    expect(resolveSettings('weights?', warnings)).toEqual({ ...ENGINE_DEFAULTS });
    expect(ENGINE_DEFAULTS.I1).toBe(0.15);
  });
});
