import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { buildReportModel } from '../../../lib/export/report-model';
import { templateMap } from '../../../lib/map/templates';
import { RenderService } from '../../../server/render/render-service';
import { labelFor } from '../../../lib/map/labels';
import { pdfText, tempFile } from './helpers';

const map = templateMap('optics-valley');
const report = computeReport(map);
const input = { map, report, participants: ['Li Wei', '王芳'], generatedAt: '2026-03-04T05:06:07Z', source: { kind: 'live' as const } };
const squeeze = (s: string) => s.replace(/\s+/g, '');
const service = new RenderService();
let file: string;
let text: string;

beforeAll(async () => {
  const result = await service.render({ kind: 'pdf', input });
  if (!('bytes' in result)) throw new Error('no PDF');
  expect(Buffer.from(result.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  file = tempFile('report.pdf', result.bytes);
  text = pdfText(file);
}, 60_000);
afterAll(() => service.close());

describe('the PDF report, made on the render thread', () => {
  it('has selectable text with every actor name of the demo (English names in English; the Chinese PDF: pdf-zh.test.ts)', () => {
    for (const actor of map.actors) expect(squeeze(text)).toContain(squeeze(labelFor(actor, 'en')));
    expect(text).toContain('王芳');
  });

  it('carries every index value as the engine computed it, formatted as the report model formats it', () => {
    const model = buildReportModel(input);
    const engine = [...report.indices.ici.components, ...report.indices.gi.components];
    for (const index of model.indices) {
      expect(text).toContain(`(${index.short}): ${index.value.text}`);
      expect(index.value.value).toBe(report.indices[index.id].value);
      for (const c of index.components) {
        expect(squeeze(text)).toContain(squeeze(`${c.id} ${c.name}: ${c.value.text} (weight ${c.weight.text})`));
        expect(c.value.value).toBe(engine.find((e) => e.id === c.id)!.value);
      }
    }
    expect(Number(model.indices[0].value.text)).toBeCloseTo(report.indices.ici.value, 1);
  });

  it('numbers its pages and draws both maps', () => {
    const pages = [...text.matchAll(/Page (\d+) of (\d+)/g)];
    expect(pages.length).toBe(Number(pages[0][2]));
    expect(text).toContain('The actor network');
    expect(text).toContain('The value chain');
  });

});
