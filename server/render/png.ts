import { Resvg } from '@resvg/resvg-js';
import type { PngScale } from '../../lib/export/export-options';
import { FONT_FILES, FONT_FILE_FAMILY } from './fonts';

// SVG to PNG with resvg. The SVG comes with its text as outlines of the bundled font (text-outlines.ts),
// so resvg is given the font files only for any text left, and never the system's fonts: every server
// draws the same pixels. Called on the render thread (render-worker.ts), never on the request thread.


/** Larger pictures are refused: 4 bytes a pixel, and resvg holds the whole canvas in memory. */
export const MAX_PNG_PIXELS = 64_000_000;

export class PictureTooLarge extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`The picture would be ${width} × ${height} pixels, more than ${MAX_PNG_PIXELS.toLocaleString('en')}; choose a smaller scale.`);
  }
}

/** Size of the SVG's canvas (its width and height attributes) at `scale`. */
export function pngSize(svg: string, scale: number): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: Math.ceil(attr('width') * scale), height: Math.ceil(attr('height') * scale) };
}

/** The SVG drawn at `scale` pixels per map unit; transparent where the SVG draws nothing. */
export function renderPng(svg: string, scale: PngScale): Buffer {
  const { width, height } = pngSize(svg, scale);
  if (width * height > MAX_PNG_PIXELS) throw new PictureTooLarge(width, height);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FILE_FAMILY, sansSerifFamily: FONT_FILE_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
