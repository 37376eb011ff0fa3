import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { EMBEDDED_FONT_FAMILY, type EmbeddedFontFace } from '../../lib/export/svg';
import { renameFont } from './font-names';
import { fontBytes, type FontWeightName } from './fonts';

// Subsets of the bundled font for an SVG that carries its own font (export `embed=1`): only the glyphs
// the picture sets, cut by HarfBuzz (subset-font), renamed to EMBEDDED_FONT_FAMILY and packed as WOFF2.

const STYLE: Record<FontWeightName, string> = { regular: 'Regular', bold: 'Bold' };

async function face(weight: FontWeightName, text: string): Promise<EmbeddedFontFace> {
  const subset = await subsetFont(fontBytes(weight), text, { targetFormat: 'truetype', preserveNameIds: [13, 14] });
  const renamed = renameFont(subset, EMBEDDED_FONT_FAMILY, STYLE[weight]);
  const woff2 = await fontverter.convert(renamed, 'woff2');
  return { weight, format: 'woff2', base64: woff2.toString('base64') };
}

/** One face per weight that sets any text, each holding just the glyphs of its text. */
export async function embeddedFontFaces(text: { regular: string; bold: string }): Promise<EmbeddedFontFace[]> {
  const weights = (['regular', 'bold'] as const).filter((w) => text[w].length > 0);
  return Promise.all(weights.map((w) => face(w, text[w])));
}
