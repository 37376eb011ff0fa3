import type { Locale } from '../i18n/locale';
import type { EngineReport } from '../engine/types';
import type { ClusterMap } from '../map/types';
import { buildScene } from './scene/build-scene';
import type { LegendSwatch, Scene, SceneDecor, SceneText, SceneTie, SceneView, Stroke } from './scene/types';
import { xml } from './xml';

// One view of a map as an SVG document, written as a string from the scene (lib/export/scene), so the
// browser and the server write the same file. Layers, bottom to top: decor (value-chain columns and
// headers), ties, actors, labels, legend. docs/report.md describes the file.

/** The family an embedded subset is named by: never the original font's (its licence reserves it). */
export const EMBEDDED_FONT_FAMILY = 'ClusterCanvas Sans SC';
/** Text is set in the bundled font by name, then in the usual Chinese system fonts, then any sans-serif. */
export const SVG_FONT_FAMILY = `'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

/** A subset of the bundled font to embed, for text of weights up to 500 (`regular`) or from 600 (`bold`). */
export interface EmbeddedFontFace {
  weight: 'regular' | 'bold';
  format: 'woff2' | 'truetype';
  /** The font file, base64. */
  base64: string;
}

/**
 * Draws text as shapes instead of <text> (the server's PNG path outlines glyphs from the font file, which
 * resvg draws far faster than it lays out text): `text` replaces one <text> element, `defs` comes last.
 */
export interface TextOutliner {
  text(t: SceneText): string;
  defs(): string;
}

export interface SvgOptions {
  /** Text as outlines (see TextOutliner); the default writes selectable <text>. */
  outliner?: TextOutliner;
  /** Font subsets to embed as @font-face (see textByWeight for what they must cover). */
  embeddedFonts?: readonly EmbeddedFontFace[];
  /** Leave out the white background. */
  transparent?: boolean;
  /** The document's <title>. */
  title?: string;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function strokeAttrs(s: Stroke): string {
  return ` stroke="${s.color}" stroke-width="${n(s.width)}"${s.dash ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : ''}${s.cap ? ` stroke-linecap="${s.cap}"` : ''}`;
}

function texts(scene: Scene): SceneText[] {
  return [
    ...scene.labels,
    ...scene.decor.flatMap((d) => (d.text ? [d.text] : [])),
    ...scene.legend.sections.flatMap((s) => [s.title, ...s.rows.map((r) => r.text)]),
  ];
}

/** Every character the picture sets, by the face that draws it: what an embedded subset must contain. */
export function textByWeight(scene: Scene): { regular: string; bold: string } {
  const sets = { regular: new Set<string>(), bold: new Set<string>() };
  for (const t of texts(scene)) for (const c of t.lines.join('')) sets[t.fontWeight >= 600 ? 'bold' : 'regular'].add(c);
  return { regular: [...sets.regular].sort().join(''), bold: [...sets.bold].sort().join('') };
}

/** Where the first line's baseline sits below the text's top: the bundled font's ideographic ascent. */
export const BASELINE = 0.88;

function textElement(t: SceneText, extra = '', outliner?: TextOutliner): string {
  const ascent = BASELINE * t.fontSize;
  const spans = t.lines.map((line, i) => `<tspan x="${n(t.x)}" y="${n(t.y + ascent + i * t.lineHeight)}">${xml(line)}</tspan>`).join('');
  const rotate = t.rotate ? ` transform="rotate(${n(t.rotate)} ${n(t.x)} ${n(t.y + t.lineHeight * t.lines.length / 2)})"` : '';
  // Fading by element, not by group: a renderer draws a group's opacity on a layer of its own (slow in resvg).
  const fade = t.opacity !== undefined && t.opacity < 1 ? t.opacity : 1;
  const bg = t.background
    ? `<rect x="${n(t.background.x)}" y="${n(t.background.y)}" width="${n(t.background.w)}" height="${n(t.background.h)}" rx="${n(t.background.radius)}" fill="${t.background.fill}" fill-opacity="${n(t.background.opacity * fade)}"/>`
    : '';
  const text = outliner ? outliner.text(t) : `<text font-size="${n(t.fontSize)}" font-weight="${t.fontWeight}" fill="${t.color}"${t.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${spans}</text>`;
  const opacity = fade < 1 ? ` fill-opacity="${n(fade)}"` : '';
  return rotate || extra || bg || opacity ? `<g${rotate}${opacity}${extra}>${bg}${text}</g>` : text;
}

function decorElement(d: SceneDecor, outliner?: TextOutliner): string {
  const rect = d.fillOpacity > 0 ? `<rect x="${n(d.x)}" y="${n(d.y)}" width="${n(d.w)}" height="${n(d.h)}" rx="${n(d.radius)}" fill="${d.fill}" fill-opacity="${n(d.fillOpacity)}"/>` : '';
  return `<g class="decor ${d.kind}">${rect}${d.text ? textElement(d.text, '', outliner) : ''}</g>`;
}

function tieElement(t: SceneTie): string {
  // The tie's opacity on each part rather than on the group (see textElement).
  const o = n(t.opacity);
  const halo = t.halo ? `<path class="halo" d="${t.path}" fill="none" stroke="${t.halo.color}" stroke-width="${n(t.halo.width)}" stroke-opacity="${o}"/>` : '';
  const line = `<path class="line" d="${t.path}" fill="none"${strokeAttrs(t.stroke)} stroke-opacity="${o}"/>`;
  const arrow = t.arrow ? `<path class="arrow" d="${t.arrow}" fill="${t.stroke.color}" fill-opacity="${o}"/>` : '';
  const governance = t.governance !== undefined ? ` data-governance="${t.governance ?? 'none'}"` : '';
  return `<g class="tie" data-id="${xml(t.id)}" data-kind="${t.kind}"${governance}>${halo}${line}${arrow}</g>`;
}

function swatchElement(s: LegendSwatch): string {
  if (s.kind === 'shape') return `<path d="${s.path}" fill="${s.fill}" fill-opacity="${n(s.fillOpacity)}"${strokeAttrs(s.border)}/>`;
  const halo = s.halo ? `<path d="${s.path}" fill="none" stroke="${s.halo.color}" stroke-width="${n(s.halo.width)}"/>` : '';
  const arrow = s.arrow ? `<path d="${s.arrow}" fill="${s.stroke.color}"/>` : '';
  return `${halo}<path d="${s.path}" fill="none"${strokeAttrs(s.stroke)}/>${arrow}`;
}

function fontFaces(faces: readonly EmbeddedFontFace[]): string {
  if (!faces.length) return '';
  const rules = faces.map((f) => {
    const mime = f.format === 'woff2' ? 'font/woff2' : 'font/ttf';
    const weight = f.weight === 'bold' ? '600 900' : '100 500';
    return `@font-face{font-family:"${EMBEDDED_FONT_FAMILY}";font-weight:${weight};src:url(data:${mime};base64,${f.base64}) format("${f.format}")}`;
  });
  return `<defs><style>${rules.join('')}</style></defs>`;
}

/** The scene as an SVG document. */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const { x, y, w, h } = scene.bbox;
  const faces = options.embeddedFonts ?? [];
  const family = faces.length ? `'${EMBEDDED_FONT_FAMILY}', ${SVG_FONT_FAMILY}` : SVG_FONT_FAMILY;
  const legend = scene.legend;
  const outliner = options.outliner;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}" font-family="${family}">`,
    options.title ? `<title>${xml(options.title)}</title>` : '',
    fontFaces(faces),
    options.transparent ? '' : `<rect id="background" x="${x}" y="${y}" width="${w}" height="${h}" fill="${scene.background}"/>`,
    `<g id="decor">${scene.decor.map((d) => decorElement(d, outliner)).join('')}</g>`,
    `<g id="ties" stroke-linecap="butt">${scene.ties.map(tieElement).join('')}</g>`,
    `<g id="actors">${scene.actors
      .map((a) => `<path class="actor" data-id="${xml(a.id)}" data-type="${a.type}" data-scope="${a.scope}" d="${a.path}" fill="${a.fill}" fill-opacity="${n(a.fillOpacity)}"${strokeAttrs(a.border)}/>`)
      .join('')}</g>`,
    `<g id="labels">${scene.labels.map((l) => textElement(l, ` class="label" data-of="${xml(l.of)}"`, outliner)).join('')}</g>`,
    `<g id="legend"><rect x="${n(legend.x)}" y="${n(legend.y)}" width="${n(legend.w)}" height="${n(legend.h)}" rx="8" fill="${legend.fill}"${strokeAttrs(legend.border)}/>${legend.sections
      .map((s) => textElement(s.title, '', outliner) + s.rows.map((r) => swatchElement(r.swatch) + textElement(r.text, '', outliner)).join(''))
      .join('')}</g>`,
    outliner?.defs() ?? '',
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One view of the map as SVG: buildScene then sceneToSvg. */
export function mapToSvg(map: ClusterMap, view: SceneView, options: SvgOptions & { report?: EngineReport; locale?: Locale } = {}): string {
  return sceneToSvg(buildScene(map, { view, report: options.report, locale: options.locale }), { title: map.meta.title, ...options });
}
