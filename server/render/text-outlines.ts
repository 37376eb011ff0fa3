import { BASELINE, type TextOutliner } from '../../lib/export/svg';
import type { SceneText } from '../../lib/export/scene/types';
import { parsedFont } from './fonts';

// Text as glyph outlines of the bundled font, for the PNG: resvg lays out each <text> chunk slowly
// (~170 ms a label with a 10 MB CJK font, docs/report.md), while outlines it draws at once. Each glyph is
// defined once and placed with <use>; fontkit shapes the lines, kerning included.

const r2 = (v: number) => Math.round(v * 100) / 100;

export function glyphOutliner(): TextOutliner {
  const glyphs = new Map<string, string>();
  return {
    text(t: SceneText) {
      const weight = t.fontWeight >= 600 ? 'bold' : 'regular';
      const font = parsedFont(weight);
      const scale = t.fontSize / font.unitsPerEm;
      const uses: string[] = [];
      t.lines.forEach((line, i) => {
        const run = font.layout(line);
        const width = run.positions.reduce((s, p) => s + p.xAdvance, 0) * scale;
        let x = t.anchor === 'middle' ? t.x - width / 2 : t.x;
        const baseline = t.y + BASELINE * t.fontSize + i * t.lineHeight;
        run.glyphs.forEach((glyph, k) => {
          const p = run.positions[k];
          const id = `${weight[0]}${glyph.id}`;
          if (!glyphs.has(id)) glyphs.set(id, glyph.path.toSVG());
          uses.push(`<use href="#${id}" transform="translate(${r2(x + p.xOffset * scale)} ${r2(baseline - p.yOffset * scale)}) scale(${r2(scale * 1e4) / 1e4} ${-r2(scale * 1e4) / 1e4})"/>`);
          x += p.xAdvance * scale;
        });
      });
      return `<g fill="${t.color}">${uses.join('')}</g>`;
    },
    defs() {
      return `<defs>${[...glyphs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
    },
  };
}
