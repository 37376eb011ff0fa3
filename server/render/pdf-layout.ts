import PDFDocument from 'pdfkit';
import { EMBEDDED_FONT_FAMILY } from '../../lib/export/svg';
import { parsedFont, type FontWeightName } from './fonts';

// The PDF's page furniture: the document with the bundled font registered (pdfkit embeds the subset of
// glyphs used), headings, paragraphs, key–value lines, page breaks and page numbers.

export type Doc = PDFKit.PDFDocument;
export const FONT = { regular: 'cc-regular', bold: 'cc-bold' } as const;
export const INK = { text: '#0f172a', muted: '#475569', faint: '#94a3b8', rule: '#e2e8f0', accent: '#3730a3' };
const MARGIN = 48;

/**
 * The bundled font, parsed once per thread. pdfkit names an embedded subset after the font's PostScript
 * name; a subset is a modified version, so it gets our name, not the original's (docs/report.md, "Fonts").
 */
function pdfFont(weight: FontWeightName) {
  const font = parsedFont(weight);
  const name = `${EMBEDDED_FONT_FAMILY.replace(/\s+/g, '')}-${weight === 'bold' ? 'Bold' : 'Regular'}`;
  if (font.postscriptName !== name) Object.defineProperty(font, 'postscriptName', { value: name });
  return font;
}

export function createDocument(info: { title: string; createdAt: Date; lang?: string }): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: info.title, Creator: 'ClusterCanvas', Producer: 'ClusterCanvas', CreationDate: info.createdAt, ModDate: info.createdAt },
    lang: info.lang ?? 'en',
  });
  // pdfkit takes a parsed fontkit font as well as a file (its type declarations know only files).
  doc.registerFont(FONT.regular, pdfFont('regular') as unknown as Buffer);
  doc.registerFont(FONT.bold, pdfFont('bold') as unknown as Buffer);
  doc.font(FONT.regular);
  return doc;
}

export function newPage(doc: Doc, layout: 'portrait' | 'landscape' = 'portrait') {
  doc.addPage({ size: 'A4', layout, margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN } });
  doc.font(FONT.regular).fontSize(10).fillColor(INK.text);
}

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when less than `height` is left on this one. */
export function ensureSpace(doc: Doc, height: number, layout: 'portrait' | 'landscape' = 'portrait') {
  if (doc.y + height > bottom(doc)) newPage(doc, layout);
}

export function heading(doc: Doc, text: string, size = 16) {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font(FONT.bold).fontSize(size).fillColor(INK.text).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.25).font(FONT.regular).fontSize(10);
}

export function paragraph(doc: Doc, text: string, opts: { size?: number; color?: string; bold?: boolean; indent?: number } = {}) {
  if (!text) return;
  const size = opts.size ?? 10;
  const indent = opts.indent ?? 0;
  doc.font(opts.bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(opts.color ?? INK.text);
  const width = contentWidth(doc) - indent;
  ensureSpace(doc, Math.min(doc.heightOfString(text, { width }), size * 4));
  doc.text(text, doc.page.margins.left + indent, doc.y, { width });
  doc.font(FONT.regular).fillColor(INK.text);
}

/** "Label: value" with the label in bold. */
export function field(doc: Doc, label: string, value: string, indent = 0) {
  if (!value) return;
  const width = contentWidth(doc) - indent;
  ensureSpace(doc, 14);
  doc.font(FONT.bold).fontSize(10).fillColor(INK.muted).text(`${label}: `, doc.page.margins.left + indent, doc.y, { width, continued: true });
  doc.font(FONT.regular).fillColor(INK.text).text(value, { width });
}

/** "Page n of N" at the foot of every page, written once all pages exist. */
/** Title and "Page n of N" (in the report's words, `page`) at the foot of every page. */
export function numberPages(doc: Doc, title: string, page: (n: number, of: number) => string = (n, of) => `Page ${n} of ${of}`) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 10;
    doc.font(FONT.regular).fontSize(8).fillColor(INK.faint);
    doc.text(title, MARGIN, y, { width: doc.page.width / 2, lineBreak: false, height: 10, ellipsis: true });
    doc.text(page(i + 1, count), doc.page.width / 2, y, { width: doc.page.width / 2 - MARGIN, align: 'right', lineBreak: false });
    doc.page.margins.bottom = keep;
  }
}

/** The finished document's bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
