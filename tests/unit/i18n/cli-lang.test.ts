import { describe, expect, it } from 'vitest';
import { run as score } from '../../../bin/commands/score';
import { parseExportOptions } from '../../../lib/export/export-options';
import { toMapDocument } from '../../../lib/map/interchange';
import { templateMap } from '../../../lib/map/templates';
import { capture } from '../engine/cli-capture';

// The CLI in two languages (docs/report.md "Languages"): `score --lang zh-CN` words the report's texts in
// Chinese with the keys beside them; `export --lang` is checked by the export options the API shares.

const demo = JSON.stringify(toMapDocument(templateMap('optics-valley')));

describe('clustercanvas score --lang', () => {
  it('prints the report with its texts in Chinese and the actors under their Chinese names', async () => {
    const c = capture(demo);
    expect(await score(['-', '--compact', '--lang', 'zh-CN'], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    expect(report.locale).toBe('zh-CN');
    expect(report.indices.ici.components[0].name).toBe('知识网络可达性');
    expect(report.indices.ici.components[0].i18n.name.key).toBe('indicator.I1.name');
    expect(report.actors.a_hust.label).toBe('华中科技大学');
    expect(report.archetype.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints the engine’s own English without --lang, and refuses a language it does not speak', async () => {
    const c = capture(demo);
    expect(await score(['-', '--compact'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).indices.ici.components[0].name).toBe('Knowledge reach');
    const bad = capture(demo);
    expect(await score(['-', '--lang', 'fr'], bad.io)).toBe(2);
    expect(bad.err()).toContain('unknown language "fr"');
  });
});

describe('the export options’ lang', () => {
  it('takes en and zh-CN (and their variants), leaves it out when not asked, refuses others', () => {
    const lang = (l?: string) => {
      const parsed = parseExportOptions({ format: 'pdf', lang: l });
      return parsed.ok ? (parsed.options.lang ?? 'none') : 'refused';
    };
    expect([lang(), lang('zh-CN'), lang('zh'), lang('en-GB'), lang('fr')]).toEqual(['none', 'zh-CN', 'zh-CN', 'en', 'refused']);
  });
});
