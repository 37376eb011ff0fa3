// The printed page (docs/report.md "The report page"): A4 or US letter, portrait, with landscape pages for
// the maps and the actor table (`page: cc-wide`), margins, and the PDF's footer: the title and "Page n of N".

export type Paper = 'a4' | 'letter';

/** A CSS string literal: quotes and backslashes escaped, and no "<" that could end the style element. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3C ').replace(/[\r\n]+/g, ' ')}"`;

/** "Page {page} of {pages}" as CSS content: the words as strings, the placeholders as counters. */
const pageCounter = (pageOf: string) =>
  pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');

/** `pageOf` is the footer's words around the numbers, "Page {page} of {pages}" in the reader's language. */
export function PaperSize({ paper, title, pageOf }: { paper: Paper; title: string; pageOf: string }) {
  const size = paper === 'letter' ? 'letter' : 'A4';
  const footer = 'font-family: "Noto Sans SC", sans-serif; font-size: 8pt; color: #94a3b8;';
  const css = [
    `@page { size: ${size}; margin: 16mm 15mm 18mm;`,
    `  @bottom-left { content: ${cssString(title)}; ${footer} }`,
    `  @bottom-right { content: ${pageCounter(pageOf)}; ${footer} } }`,
    `@page cc-wide { size: ${size} landscape; }`,
  ].join('\n');
  return <style data-testid="report-page-style" data-paper={paper}>{css}</style>;
}
