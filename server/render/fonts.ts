import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';

// The bundled Chinese-capable font on the server: Noto Sans SC (SIL Open Font License 1.1, public/fonts/OFL.txt)
// as the TrueType (glyf) instances of @expo-google-fonts/noto-sans-sc. TrueType, not the CFF-flavoured
// OpenType of Noto Sans CJK: pdfkit drops glyphs of CFF fonts (docs/report.md, "Fonts").

const require = createRequire(import.meta.url);
const PACKAGE = '@expo-google-fonts/noto-sans-sc';

export type FontWeightName = 'regular' | 'bold';

/** Absolute paths of the font files (resvg reads them itself). */
export const FONT_FILES: Record<FontWeightName, string> = {
  regular: require.resolve(`${PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`),
  bold: require.resolve(`${PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`),
};

/** The family name inside the font files. */
export const FONT_FILE_FAMILY = 'Noto Sans SC';

const bytes = new Map<FontWeightName, Buffer>();

/** A font file's bytes, read once per process (each is about 10 MB). */
export function fontBytes(weight: FontWeightName): Buffer {
  let data = bytes.get(weight);
  if (!data) {
    data = readFileSync(FONT_FILES[weight]);
    bytes.set(weight, data);
  }
  return data;
}

const parsed = new Map<FontWeightName, fontkit.Font>();

/** The font parsed by fontkit, once per thread (fontkit reads tables lazily). */
export function parsedFont(weight: FontWeightName): fontkit.Font {
  let font = parsed.get(weight);
  if (!font) {
    font = fontkit.create(fontBytes(weight)) as fontkit.Font;
    parsed.set(weight, font);
  }
  return font;
}
