import SVGtoPDF from 'svg-to-pdfkit';
import { buildReportModel, type ReportInput, type ReportModel } from '../../lib/export/report-model';
import { reportPhrases } from '../../lib/export/report/report-words';
import { mapToSvg } from '../../lib/export/svg';
import { localisedMap } from '../../lib/i18n/map-names';
import { contentWidth, createDocument, finish, FONT, heading, INK, newPage, numberPages, paragraph, type Doc } from './pdf-layout';
import { actorTable, advice, collaboration, cover, indices, structure } from './pdf-sections';

// The workshop report as a PDF, made on the server without a browser: pdfkit for the pages, svg-to-pdfkit
// for the two maps (the same SVG as the export, so vector shapes and selectable labels), the bundled font
// embedded as a subset. Runs on the render thread (render-worker.ts). docs/report.md shows a page.

export interface PdfOptions {
  /** Leave the two map pages out (the benchmark's baseline). */
  maps?: boolean;
}

function mapPage(doc: Doc, input: ReportInput, map: ReportModel['maps'][number]) {
  newPage(doc, 'landscape');
  heading(doc, map.title);
  paragraph(doc, map.caption, { size: 9, color: INK.muted });
  // Actors under their names in the report's language, legend and headers in its words.
  const locale = input.locale ?? 'en';
  const svg = mapToSvg(localisedMap(input.map, locale), map.view, { report: input.report, locale });
  const top = doc.y + 8;
  const width = contentWidth(doc);
  const height = doc.page.height - doc.page.margins.bottom - top;
  SVGtoPDF(doc, svg, doc.page.margins.left, top, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family: string, bold: boolean) => (bold ? FONT.bold : FONT.regular),
    warningCallback: () => {},
  });
  doc.y = top + height;
}

export async function renderReportPdf(input: ReportInput, options: PdfOptions = {}): Promise<Buffer> {
  const model = buildReportModel(input);
  const doc = createDocument({ title: model.cover.title, createdAt: new Date(model.cover.generatedAt), lang: model.locale });
  cover(doc, model);
  if (options.maps !== false) for (const map of model.maps) mapPage(doc, input, map);
  indices(doc, model);
  actorTable(doc, model);
  structure(doc, model);
  advice(doc, model);
  collaboration(doc, model);
  numberPages(doc, model.cover.title, reportPhrases(model.locale).say.page);
  return finish(doc);
}
