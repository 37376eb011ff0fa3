import type { ReportColumn, ReportColumns } from '../../lib/export/report/columns';
import { contentWidth, ensureSpace, FONT, INK, newPage, type Doc } from './pdf-layout';

// A simple table for the PDF: a header row repeated on every page, cells wrapped, rows kept whole. The
// columns' titles and cells are the report's (lib/export/report/columns.ts); the PDF adds their widths.

export interface TableColumn<Row> extends ReportColumn<Row> {
  /** Share of the content width. */
  width: number;
}

/** The report's columns with a width for each, by its key, so a new column cannot go without one. */
export function withWidths<Row, C extends ReportColumns<Row>>(columns: C, widths: Record<keyof C, number>): TableColumn<Row>[] {
  return Object.entries(columns).map(([key, column]) => ({ ...column, width: widths[key as keyof C] }));
}

const SIZE = 8;
const PAD = 3;

export function table<Row>(doc: Doc, columns: TableColumn<Row>[], rows: readonly Row[], layout: 'portrait' | 'landscape') {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const left = doc.page.margins.left;

  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i] - 2 * PAD }))) + 2 * PAD;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      newPage(doc, layout);
      if (!bold) drawRow(columns.map((c) => c.title), true);
      doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      doc.fillColor(bold ? INK.muted : INK.text).text(text, x + PAD, top + PAD, { width: widths[i] - 2 * PAD, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
    doc.moveTo(left, top + height).lineTo(left + contentWidth(doc), top + height).lineWidth(0.5).strokeColor(INK.rule).stroke();
    doc.y = top + height;
    doc.x = left;
  };

  ensureSpace(doc, 40, layout);
  drawRow(columns.map((c) => c.title), true);
  for (const row of rows) drawRow(columns.map((c) => c.cell(row)), false);
  doc.font(FONT.regular).fontSize(10).fillColor(INK.text);
  doc.moveDown(0.5);
}
