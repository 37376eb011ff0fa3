import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { wordEngine } from '../../../lib/i18n/engine-words';
import { reportWords } from '../../../lib/export/report/report-words';
import { templateMap } from '../../../lib/map/templates';
import { RenderService } from '../../../server/render/render-service';
import { inkIn, pdfPage, pdfText, pdfWords, tempFile } from './helpers';

// The report in Chinese (docs/report.md "Languages"): the demo's PDF made with locale zh-CN, read back
// with pdftotext (poppler-utils), says its sub-indicators, recommendations and headings in Chinese and
// names every actor by its Chinese name, all in the bundled Noto Sans SC.

const map = templateMap('optics-valley');
const report = computeReport(map);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const service = new RenderService();
let text: string;
let file: string;

beforeAll(async () => {
  const input = { map, report, participants: ['王芳', 'Li Wei'], generatedAt: '2026-03-04T05:06:07Z', source: { kind: 'live' as const }, locale: 'zh-CN' as const };
  const result = await service.render({ kind: 'pdf', input });
  if (!('bytes' in result)) throw new Error('no PDF');
  file = tempFile('report-zh.pdf', result.bytes);
  text = squeeze(pdfText(file));
}, 60_000);
afterAll(() => service.close());

describe('the PDF report in Chinese', () => {
  it('names every sub-indicator in Chinese', () => {
    for (const c of [...report.indices.ici.components, ...report.indices.gi.components]) {
      const name = wordEngine(c.i18n.name, 'zh-CN');
      expect(name).toMatch(/[\u4e00-\u9fff]/);
      expect(text, c.id).toContain(squeeze(name));
    }
    expect(text).toContain('创新能力指数');
    expect(text).toContain('治理指数');
  });

  it('names every actor by its Chinese name', () => {
    for (const actor of map.actors) expect(text, actor.id).toContain(squeeze(actor.labels?.['zh-CN'] ?? actor.label));
  });

  it('says its recommendations, headings and page numbers in Chinese', () => {
    for (const r of report.recommendations) expect(text, r.id).toContain(squeeze(wordEngine(r.i18n.title, 'zh-CN')));
    const words = reportWords('zh-CN');
    for (const heading of [words.recommendations, words.actors, words.governance, words.maps.network.title, words.maps['value-chain'].title]) expect(text).toContain(squeeze(heading));
    expect(text).toMatch(/第1页，共\d+页/);
    for (const english of ['Recommendations', 'Knowledge reach', 'Page 1 of', 'Actors and their positions']) expect(text).not.toContain(squeeze(english));
  });

  it('has ink where a Chinese name is drawn (text that extracts could still draw blank)', () => {
    const words = pdfWords(file).filter((w) => /[\u4e00-\u9fff]{4}/.test(w.text));
    expect(words.length).toBeGreaterThan(map.actors.length);
    for (const word of [words[0], words.find((w) => w.page > 1 && w.page <= 3)!]) {
      const page = pdfPage(file, word.page);
      const ink = inkIn(page, { x1: word.x1, y1: word.y1, x2: word.x2, y2: word.y2 });
      expect(ink, `ink under "${word.text}" on page ${word.page}`).toBeGreaterThan(((word.x2 - word.x1) * (word.y2 - word.y1)) / 20);
    }
  });
});
