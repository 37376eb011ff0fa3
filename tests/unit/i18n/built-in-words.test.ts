import { describe, expect, it } from 'vitest';
import { goalLabel, localisedMap, stageLabel, TEMPLATE_GOAL_WORDS } from '../../../lib/i18n/map-names';
import { valueChainDecorLabel } from '../../../lib/i18n/map-words';
import { templateMap } from '../../../lib/map/templates';
import { valueChainLayout } from '../../../lib/map/value-chain-layout';

// The shared map's built-in words are worded for the reader (docs/architecture.md "Languages"): the value
// chain's headers and bands on the canvas, the default stages, the demo's goals; what people typed (a
// renamed stage, a goal of their own) stays as typed.

const DEMO = templateMap('optics-valley');

describe('built-in words of the shared map, for a reader of Chinese', () => {
  it('draws the value chain’s headers and bands in Chinese, each default stage with its weight', () => {
    const map = localisedMap(DEMO, 'zh-CN');
    const labels = valueChainLayout(DEMO).decor.map((d) => valueChainDecorLabel(d, map, 'zh-CN')).filter(Boolean);
    expect(labels.join('\n')).not.toMatch(/[A-Za-z]{3,}/);
    expect(labels).toContain('研发\n附加值 ×1.5');
    expect(labels).toContain('集群内 ↑');
    expect(labels).toContain('集群外 ↓');
    // English readers get the layout's own words.
    expect(valueChainLayout(DEMO).decor.map((d) => valueChainDecorLabel(d, DEMO, 'en'))).toContain('R&D\nvalue ×1.5');
  });

  it('keeps a renamed stage as typed, in both languages', () => {
    const renamed = { ...DEMO, stages: DEMO.stages.map((s) => (s.id === 'rd' ? { ...s, label: 'Labs 实验室' } : s)) };
    expect(stageLabel(renamed.stages.find((s) => s.id === 'rd')!, 'zh-CN')).toBe('Labs 实验室');
    const header = valueChainLayout(renamed).decor.find((d) => d.id === '__head_rd')!;
    expect(valueChainDecorLabel(header, localisedMap(renamed, 'zh-CN'), 'zh-CN')).toBe('Labs 实验室\n附加值 ×1.5');
  });

  it('has every goal of the demo in Chinese, and leaves a typed goal as it is', () => {
    const goals = [...new Set(DEMO.actors.flatMap((a) => a.goals ?? []))];
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.filter((g) => !Object.hasOwn(TEMPLATE_GOAL_WORDS['zh-CN'], g))).toEqual([]);
    for (const g of goals) expect(goalLabel(g, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(goalLabel('expand abroad', 'en')).toBe('expand abroad');
    expect(goalLabel('export to Europe', 'zh-CN')).toBe('export to Europe');
  });
});
