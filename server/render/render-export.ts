import type { EngineReport } from '../../lib/engine/types';
import type { ReportInput } from '../../lib/export/report-model';
import { buildScene } from '../../lib/export/scene/build-scene';
import type { SceneView } from '../../lib/export/scene/types';
import { sceneToSvg, textByWeight } from '../../lib/export/svg';
import type { ClusterMap } from '../../lib/map/types';
import { embeddedFontFaces } from './font-subset';
import { renderReportPdf } from './pdf';
import { glyphOutliner } from './text-outlines';
import { MAX_PNG_PIXELS, pngSize, renderPng } from './png';
import type { PngScale } from '../../lib/export/export-options';
import { localisedMap } from '../../lib/i18n/map-names';
import type { Locale } from '../../lib/i18n/locale';

// One request for a picture or the report, answered with the file's bytes: what the render thread does
// (render-worker.ts) and what the CLI does in its own process.

export type RenderRequest =
  | { kind: 'svg'; map: ClusterMap; report: EngineReport; view: SceneView; embed: boolean; transparent: boolean; locale?: Locale }
  | { kind: 'png'; map: ClusterMap; report: EngineReport; view: SceneView; scale: PngScale; transparent: boolean; locale?: Locale }
  | { kind: 'pdf'; input: ReportInput };

export type RenderResult = { bytes: Uint8Array } | { tooLarge: { width: number; height: number; maxPixels: number } };

async function svgOf(req: Extract<RenderRequest, { kind: 'svg' | 'png' }>, embed: boolean): Promise<string> {
  // Asked for a language: actors under their names in it, the legend in its words (docs/report.md
  // "Languages"); else as mapped, in English words.
  const scene = buildScene(req.locale ? localisedMap(req.map, req.locale) : req.map, { view: req.view, report: req.report, locale: req.locale });
  const embeddedFonts = embed ? await embeddedFontFaces(textByWeight(scene)) : undefined;
  // resvg draws the PNG's text from outlines (text-outlines.ts); the SVG file keeps selectable text.
  const outliner = req.kind === 'png' ? glyphOutliner() : undefined;
  return sceneToSvg(scene, { title: req.map.meta.title, transparent: req.transparent, embeddedFonts, outliner });
}

/** A copy in its own buffer, so it can move to another thread without taking a shared pool with it. */
const own = (bytes: Uint8Array) => ({ bytes: new Uint8Array(bytes) });

export async function renderExport(req: RenderRequest): Promise<RenderResult> {
  switch (req.kind) {
    case 'svg':
      return { bytes: new TextEncoder().encode(await svgOf(req, req.embed)) };
    case 'png': {
      const svg = await svgOf(req, false);
      const { width, height } = pngSize(svg, req.scale);
      if (width * height > MAX_PNG_PIXELS) return { tooLarge: { width, height, maxPixels: MAX_PNG_PIXELS } };
      return own(renderPng(svg, req.scale));
    }
    case 'pdf':
      return own(await renderReportPdf(req.input));
  }
}
