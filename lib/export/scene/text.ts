import { FONT_ADVANCES, FONT_METRIC_CHARS } from './font-metrics';

// Text widths in the bundled font (lib/map/style.ts BUNDLED_FONT_FAMILY) without reading a font file, and
// label wrapping done the way Cytoscape wraps `text-wrap: wrap` labels: at white space, never inside a word.

export type FontWeight = 400 | 600 | 700;

const INDEX = new Map([...FONT_METRIC_CHARS].map((c, i) => [c, i]));
/** East Asian wide characters (CJK ideographs, kana, hangul, full-width forms) are one em wide. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Letters this table does not know: about the width of a lower-case "n". */
const OTHER = 0.6;

/** Width in map units of `text` set at `size` in `weight`. */
export function textWidth(text: string, size: number, weight: FontWeight): number {
  const advances = FONT_ADVANCES[weight];
  let em = 0;
  for (const c of text) {
    const i = INDEX.get(c);
    em += i !== undefined ? advances[i] / 1000 : WIDE.test(c) ? 1 : OTHER;
  }
  return em * size;
}

/** The lines Cytoscape draws for a wrapped label: explicit line breaks kept, then words joined up to `maxWidth`. */
export function wrapLabel(text: string, size: number, weight: FontWeight, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}
