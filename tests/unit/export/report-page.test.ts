import { createElement } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../../messages/en.json';
import { describe, expect, it } from 'vitest';
import { ReportView } from '../../../app/_components/report/ReportView';
import { computeReport } from '../../../lib/engine';
import { buildReportModel, type ReportInput } from '../../../lib/export/report-model';
import { templateMap } from '../../../lib/map/templates';
import { reportWords, sectionTitles, untouchedInput, workshopInput } from './report-headings';

// The report page (app/_components/report) says what the report model says, as the PDF does
// (tests/integration/render/pdf-words.test.ts checks the PDF against the same titles and words).

const demo = templateMap('optics-valley');
const inputs: Record<string, ReportInput> = {
  'the demo': { map: demo, report: computeReport(demo), participants: ['Li Wei'], generatedAt: 0, source: { kind: 'live' } },
  'a workshop with votes, a comment and a comparison': workshopInput(),
};

function page(input: ReportInput) {
  const model = buildReportModel(input);
  // The page's words come from the app's catalogue, as in the browser (docs/architecture.md "Languages").
  const view = createElement(ReportView, { report: { model, svgs: { network: '<svg></svg>', valueChain: '<svg></svg>' }, source: input.source, checkpoints: [] } });
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: 'en', messages: en, timeZone: 'UTC', children: view }));
  const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
  const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => decode(m[1]));
  return { model, html, text: decode(html), headings: tags(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g), subHeadings: tags(/<h3[^>]*>([\s\S]*?)<\/h3>/g) };
}

describe('the report page', () => {
  for (const [name, input] of Object.entries(inputs)) {
    it(`has exactly the model's section titles as headings, in order: ${name}`, () => {
      const { model, headings, subHeadings } = page(input);
      expect(headings).toEqual(sectionTitles(model));
      expect(subHeadings).toEqual([...model.indices.flatMap((i) => i.components.map((c) => c.title)), ...model.recommendations.items.map((r, i) => `${i + 1}. ${r.title}`)]);
    });
  }

  it('says every word of REPORT_WORDS when the report has every section', () => {
    const { text } = page(workshopInput());
    for (const word of reportWords()) expect(text, word).toContain(word);
  });

  it('shows the elements a sub-indicator names, and the decision in words', () => {
    const { model, text } = page(workshopInput());
    for (const c of model.indices.flatMap((i) => i.components)) if (c.elementsText) expect(text).toContain(`Elements: ${c.elementsText}`);
    expect(text).toContain('Parked — ask the organisers');
    expect(text).not.toContain('parked:');
  });

  it('is not padded for an untouched workshop: no rows of elements nobody voted on, no empty discussion', () => {
    const { model, html, text } = page(untouchedInput());
    expect(text).toContain(model.agreement!.summary);
    expect(text).not.toContain('Too few votes');
    expect(html).not.toContain('report-agreement-table');
    expect(html).not.toContain('report-discussion');
  });
});
