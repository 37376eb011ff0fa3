import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { buildReportModel, type ReportInput } from '../../../lib/export/report-model';
import { templateMap } from '../../../lib/map/templates';
import { renderReportPdf } from '../../../server/render/pdf';
import { reportWords, sectionTitles, untouchedInput, workshopInput } from '../../unit/export/report-headings';
import { pdfText, tempFile } from './helpers';

// The PDF says what the report model says, in the same words as the report page
// (tests/unit/export/report-page.test.ts checks the page against the same titles and words): its
// headings are exactly the model's section titles, and it is not padded for an untouched workshop.

const squeeze = (s: string) => s.replace(/\s+/g, '');
const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The bold text drawn at `minSize` points or more, in the order it is drawn (pdftohtml's font sizes). */
function largeBoldText(file: string, minSize: number): string {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-zoom', '1', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)]
    .filter((m) => (sizes.get(m[1]) ?? 0) >= minSize && m[2].includes('<b>'))
    .map((m) => decode(m[2]))
    .join('');
}

const demo = templateMap('optics-valley');
const inputs: Record<string, ReportInput> = {
  demo: { map: demo, report: computeReport(demo), participants: ['Li Wei', '王芳'], generatedAt: '2026-03-04T05:06:07Z', source: { kind: 'live' } },
  workshop: workshopInput(),
  untouched: untouchedInput(),
  bare: { ...untouchedInput(), agreement: undefined, discussion: undefined },
};
const made: Record<string, { file: string; text: string }> = {};

beforeAll(async () => {
  for (const [name, input] of Object.entries(inputs)) {
    const file = tempFile(`${name}.pdf`, await renderReportPdf(input, { maps: false }));
    made[name] = { file, text: pdfText(file) };
  }
}, 60_000);

describe('the PDF report’s words', () => {
  it('has exactly the model’s section titles as its headings, in order', () => {
    for (const [name, input] of Object.entries(inputs)) {
      // Headings are 16 pt and up (pdf-layout.ts heading(), the cover's title); body text is at most 14 pt.
      const model = buildReportModel(input);
      // Made without the map pages (pdf.test.ts draws them), so without their titles.
      const titles = sectionTitles(model).filter((t) => !model.maps.some((m) => m.title === t));
      expect(squeeze(largeBoldText(made[name].file, 16)), name).toBe(squeeze(titles.join('')));
    }
  });

  it('says every word of REPORT_WORDS when the report has every section', () => {
    const text = squeeze(made.workshop.text);
    // The map pages are left out here (their own test draws them): their titles and captions too.
    const maps = buildReportModel(inputs.workshop).maps.flatMap((m) => [m.title, m.caption]);
    for (const word of reportWords().filter((w) => !maps.includes(w))) expect(text, word).toContain(squeeze(word));
  });

  it('names the elements of each sub-indicator, and each decision in words', () => {
    const model = buildReportModel(inputs.workshop);
    // Without the page furniture: a long list of names may run on over a page's foot.
    const text = squeeze(made.workshop.text).replace(new RegExp(`${squeeze(model.cover.title)}Page\\d+of\\d+`, 'g'), '');
    for (const c of model.indices.flatMap((i) => i.components)) if (c.elementsText) expect(text, c.id).toContain(squeeze(`Elements: ${c.elementsText}`));
    expect(text).toContain(squeeze('Parked — ask the organisers'));
    expect(text).toContain(squeeze(model.agreement!.tooFew));
    expect(text).not.toContain('parked:');
  });

  it('is not padded for an untouched workshop: one sentence for the agreement, no discussion', () => {
    const model = buildReportModel(inputs.untouched);
    const text = squeeze(made.untouched.text);
    expect(text).toContain(squeeze(model.agreement!.summary));
    expect(text).not.toContain('Toofewvotes');
    expect(text).not.toContain('Whatwassaid');
    // The workshop's part is one page, the agreement's sentence on it.
    const pages = (name: string) => Number(/Page 1 of (\d+)/.exec(made[name].text)![1]);
    expect(pages('untouched')).toBe(pages('bare') + 1);
  });
});
