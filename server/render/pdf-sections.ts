import { reportColumns } from '../../lib/export/report/columns';
import { reportWords } from '../../lib/export/report/report-words';
import type { Locale } from '../../lib/i18n/locale';
import type { ReportModel } from '../../lib/export/report-model';
import { contentWidth, ensureSpace, field, FONT, heading, INK, newPage, paragraph, type Doc } from './pdf-layout';
import { table, withWidths } from './pdf-table';

// The report's text sections in the PDF, each drawn from the report model (lib/export/report-model.ts):
// every heading, note and column title is the model's or REPORT_WORDS', as on the report page, so the two
// say the same (docs/report.md "The report model"), in the model's language (docs/report.md "Languages").
// What is here is the PDF's layout only.

const labels = (model: ReportModel) => reportWords(model.locale).label;

export function cover(doc: Doc, model: ReportModel) {
  const c = model.cover;
  const LABEL = labels(model);
  newPage(doc);
  doc.moveDown(4).font(FONT.bold).fontSize(26).fillColor(INK.text).text(c.title, { width: contentWidth(doc) });
  doc.moveDown(0.3).font(FONT.regular).fontSize(13).fillColor(INK.muted).text(c.subtitle, { width: contentWidth(doc) });
  doc.moveDown(1.5);
  field(doc, LABEL.cluster, c.cluster ?? '');
  field(doc, LABEL.region, c.region ?? '');
  field(doc, LABEL.sector, c.sector ?? '');
  field(doc, LABEL.date, c.date);
  field(doc, LABEL.source, c.source.text);
  field(doc, LABEL.map, c.mapText);
  doc.moveDown(1);
  for (const index of model.indices) paragraph(doc, index.summary, { size: 14, bold: true });
  doc.moveDown(1);
  paragraph(doc, LABEL.participants, { bold: true, size: 11 });
  paragraph(doc, c.participantsText, { color: c.participants.length ? INK.text : INK.muted });
  doc.moveDown(1);
  paragraph(doc, c.madeText, { size: 8, color: INK.faint });
}

export function indices(doc: Doc, model: ReportModel) {
  const LABEL = labels(model);
  for (const index of model.indices) {
    newPage(doc);
    heading(doc, index.title, 18);
    paragraph(doc, index.note, { color: INK.muted });
    for (const c of index.components) {
      ensureSpace(doc, 100);
      doc.moveDown(0.6);
      paragraph(doc, c.title, { bold: true, size: 11 });
      field(doc, LABEL.formula, c.formula, 10);
      field(doc, LABEL.says, c.explanation, 10);
      field(doc, LABEL.theory, c.theory, 10);
      field(doc, LABEL.elements, c.elementsText, 10);
    }
  }
}

/** Every table of the PDF in `locale`: the report's columns with the PDF's widths. */
function tables(locale: Locale) {
  const columns = reportColumns(locale);
  return {
    actors: withWidths(columns.actors, { actor: 164, type: 68, scope: 44, degree: 38, betweenness: 62, closeness: 50, eigenvector: 56, constraint: 52, role: 72, brokerage: 120 }),
    governance: withWidths(columns.governance, { mode: 3, count: 1, share: 1.4 }),
    comparison: withWidths(columns.comparison, { value: 3, before: 1, after: 1, change: 1 }),
    agreement: withWidths(columns.agreement, { element: 3, status: 1.2, tally: 1.6, decision: 2.5 }),
  };
}

export function actorTable(doc: Doc, model: ReportModel) {
  newPage(doc, 'landscape');
  heading(doc, model.actors.title);
  paragraph(doc, model.actors.note, { color: INK.muted, size: 9 });
  doc.moveDown(0.4);
  table(doc, tables(model.locale).actors, model.actors.rows, 'landscape');
}

export function structure(doc: Doc, model: ReportModel) {
  const { governance, archetype, tripleHelix } = model;
  newPage(doc);
  heading(doc, governance.title);
  paragraph(doc, governance.note, { color: INK.muted, size: 9 });
  table(doc, tables(model.locale).governance, governance.mix, 'portrait');

  heading(doc, archetype.title);
  paragraph(doc, archetype.line, { color: INK.muted });
  paragraph(doc, archetype.explanation);
  field(doc, labels(model).actorsBehind, archetype.elementsText);
  paragraph(doc, archetype.note, { size: 9, color: INK.muted });

  heading(doc, tripleHelix.title);
  paragraph(doc, tripleHelix.explanation);
  paragraph(doc, tripleHelix.note, { size: 9, color: INK.muted });
}

export function advice(doc: Doc, model: ReportModel) {
  const { recommendations, warnings } = model;
  newPage(doc);
  heading(doc, recommendations.title);
  paragraph(doc, recommendations.note, { color: INK.muted });
  recommendations.items.forEach((r, i) => {
    ensureSpace(doc, 80);
    doc.moveDown(0.5);
    paragraph(doc, `${i + 1}. ${r.title}`, { bold: true, size: 11 });
    paragraph(doc, r.message, { indent: 10 });
    field(doc, labels(model).elements, r.elementsText, 10);
    field(doc, labels(model).theory, r.theory, 10);
  });
  if (warnings) {
    heading(doc, warnings.title);
    for (const w of warnings.items) paragraph(doc, `• ${w.message}`, { size: 9 });
  }
}

export function collaboration(doc: Doc, model: ReportModel) {
  const { agreement, discussion, comparison } = model;
  if (!agreement && !discussion && !comparison) return;
  newPage(doc);
  const LABEL = labels(model);
  const TABLES = tables(model.locale);
  if (comparison) {
    heading(doc, comparison.title);
    table(doc, TABLES.comparison, comparison.values, 'portrait');
    field(doc, LABEL.added, comparison.addedText);
    field(doc, LABEL.removed, comparison.removedText);
    if (comparison.explanations.length) {
      paragraph(doc, LABEL.explained, { bold: true, size: 10 });
      for (const e of comparison.explanations) paragraph(doc, `• ${e.text}`, { size: 9 });
    }
  }
  if (agreement) {
    heading(doc, agreement.title);
    paragraph(doc, agreement.summary, { color: INK.muted, size: 9 });
    if (agreement.elements.length) table(doc, TABLES.agreement, agreement.elements, 'portrait');
    paragraph(doc, agreement.tooFew, { color: INK.muted, size: 9 });
  }
  if (discussion) {
    heading(doc, discussion.title);
    for (const thread of discussion.threads) {
      ensureSpace(doc, 40);
      paragraph(doc, thread.elementLabel, { bold: true });
      for (const c of thread.comments) paragraph(doc, c.line, { indent: 10, size: 9 });
    }
  }
}
