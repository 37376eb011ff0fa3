import type { EngineReport } from '../../engine/types';
import { networkPositions, type Point, type Positions } from '../../map/positions';
import {
  ACTOR_STYLE,
  DECOR_STYLE,
  EDGE_STYLE,
  EXTERNAL_NODE,
  NODE_BORDER,
  NODE_LABEL,
  TACIT_HALO,
  VALUE_CHAIN_MARK,
  actorSize,
} from '../../map/style';
import type { ClusterMap } from '../../map/types';
import { valueChainLayout } from '../../map/value-chain-layout';
import { buildLegend } from './legend';
import type { Locale } from '../../i18n/locale';
import { LEGEND_WORDS, valueChainDecorLabel } from '../../i18n/map-words';
import { shapePath } from './shapes';
import { wrapLabel, textWidth } from './text';
import { fanOffsets, tieGeometry, type End } from './tie-geometry';
import { tieLook } from './tie-style';
import type { Box, Scene, SceneActor, SceneDecor, SceneLabel, SceneText, SceneTie, SceneView } from './types';

// buildScene: the map as the canvas draws it in one view, as positioned shapes, lines and text (no DOM,
// no Node: the browser and the server build the same scene). docs/report.md describes the model.

export interface SceneOptions {
  view: SceneView;
  /** The engine's report of the same map: the governance the value-chain view colours supply ties by. */
  report?: EngineReport;
  /** The language of the legend and the value chain's headers (docs/report.md "Languages"); English by default. */
  locale?: Locale;
}

/** Space around the drawing, in map units. */
export const SCENE_MARGIN = 40;
const LEGEND_GAP = 48;

class Extent {
  x1 = Infinity;
  y1 = Infinity;
  x2 = -Infinity;
  y2 = -Infinity;
  add(x: number, y: number, w = 0, h = 0) {
    this.x1 = Math.min(this.x1, x);
    this.y1 = Math.min(this.y1, y);
    this.x2 = Math.max(this.x2, x + w);
    this.y2 = Math.max(this.y2, y + h);
  }
  get empty() {
    return this.x1 > this.x2;
  }
}

/** Lines of text with a background box, centred on x or starting at it. */
function textBlock(lines: string[], x: number, top: number, anchor: 'start' | 'middle', style: { fontSize: number; fontWeight: 400 | 600 | 700; color: string }, background?: { fill: string; opacity: number; padding: number }): SceneText {
  const lineHeight = style.fontSize;
  const width = Math.max(0, ...lines.map((l) => textWidth(l, style.fontSize, style.fontWeight)));
  const left = anchor === 'middle' ? x - width / 2 : x;
  const text: SceneText = { lines, x, y: top, anchor, lineHeight, ...style };
  if (background && lines.some(Boolean)) {
    const p = background.padding;
    text.background = { x: left - p, y: top - p, w: width + 2 * p, h: lines.length * lineHeight + 2 * p, fill: background.fill, opacity: background.opacity, radius: 2 };
  }
  return text;
}

function placeActors(map: ClusterMap, view: SceneView, positions: Positions): { actors: SceneActor[]; labels: SceneLabel[] } {
  const actors: SceneActor[] = [];
  const labels: SceneLabel[] = [];
  const labelBackground = { fill: NODE_LABEL.background, opacity: NODE_LABEL.backgroundOpacity, padding: NODE_LABEL.backgroundPadding };
  for (const a of map.actors) {
    const p = positions[a.id];
    if (!p) continue;
    const style = ACTOR_STYLE[a.type] ?? ACTOR_STYLE.other;
    const external = a.scope === 'external';
    const size = view === 'network' ? actorSize(a) : VALUE_CHAIN_MARK.size;
    const fontSize = view === 'network' ? NODE_LABEL.fontSize : VALUE_CHAIN_MARK.fontSize;
    const maxWidth = view === 'network' ? NODE_LABEL.maxWidth : VALUE_CHAIN_MARK.maxWidth;
    const lines = wrapLabel(a.label, fontSize, 600, maxWidth);
    actors.push({
      id: a.id,
      label: a.label,
      type: a.type,
      scope: a.scope,
      shape: style.shape,
      x: p.x,
      y: p.y,
      size,
      path: shapePath(style.shape, p.x, p.y, size, size),
      fill: style.color,
      fillOpacity: external ? EXTERNAL_NODE.fillOpacity : 1,
      border: external ? { color: EXTERNAL_NODE.borderColor, width: EXTERNAL_NODE.borderWidth, dash: EXTERNAL_NODE.dash } : { color: NODE_BORDER.color, width: NODE_BORDER.width },
      labelLines: lines,
    });
    const font = { fontSize, fontWeight: NODE_LABEL.fontWeight as 600, color: NODE_LABEL.color };
    const text =
      view === 'network'
        ? textBlock(lines, p.x, p.y + size / 2 + NODE_LABEL.marginY, 'middle', font, labelBackground)
        : textBlock(lines, p.x + size / 2 + VALUE_CHAIN_MARK.marginX, p.y - (lines.length * fontSize) / 2, 'start', font, labelBackground);
    labels.push({ ...text, of: a.id, kind: 'actor' });
  }
  return { actors, labels };
}

function drawTies(map: ClusterMap, view: SceneView, actors: SceneActor[], report: EngineReport | undefined, extent: Extent, locale: Locale): { ties: SceneTie[]; labels: SceneLabel[] } {
  const ends = new Map<string, End>(actors.map((a) => [a.id, { x: a.x, y: a.y, size: a.size, shape: a.shape }]));
  const offsets = fanOffsets(map.ties);
  const ties: SceneTie[] = [];
  const labels: SceneLabel[] = [];
  for (const t of map.ties) {
    const source = ends.get(t.source);
    const target = ends.get(t.target);
    if (!source || !target) continue;
    const look = tieLook(t, view, report);
    const geometry = tieGeometry(source, target, offsets.get(t.id) ?? 0, t.directed, look.stroke.width, t.source < t.target, t.source === t.target);
    geometry.extent.forEach((p: Point) => extent.add(p.x, p.y));
    ties.push({ id: t.id, source: t.source, target: t.target, kind: t.kind, directed: t.directed, path: geometry.path, arrow: geometry.arrow, halo: look.halo, stroke: look.stroke, opacity: look.opacity, ...(view === 'value-chain' && t.kind === 'supply' ? { governance: look.governance ?? null } : {}) });
    if (look.halo) {
      const font = { fontSize: EDGE_STYLE.fontSize, fontWeight: 400 as const, color: EDGE_STYLE.labelColor };
      const text = textBlock([locale === 'en' ? TACIT_HALO.label : LEGEND_WORDS[locale].tacitTag], geometry.middle.x, geometry.middle.y - EDGE_STYLE.fontSize / 2, 'middle', font, { fill: '#ffffff', opacity: EDGE_STYLE.labelBackgroundOpacity, padding: 1 });
      labels.push({ ...text, rotate: geometry.angle, opacity: look.opacity, of: t.id, kind: 'tie' });
    }
  }
  return { ties, labels };
}

/** A decor's words in `locale`: the layout writes English. */
function valueChainDecor(map: ClusterMap, locale: Locale): SceneDecor[] {
  return valueChainLayout(map).decor.map((raw) => {
    const d = { ...raw, label: valueChainDecorLabel(raw, map, locale) };
    const style = DECOR_STYLE[d.kind];
    const decor: SceneDecor = { id: d.id, kind: d.kind, x: d.x - d.w / 2, y: d.y - d.h / 2, w: d.w, h: d.h, fill: style.fill, fillOpacity: style.fillOpacity, radius: Math.min(d.w / 4, d.h / 4, 8) };
    if (d.label && d.kind !== 'divider') {
      const lines = d.label.split('\n').flatMap((l) => wrapLabel(l, style.fontSize, style.fontWeight, d.w));
      decor.text = textBlock(lines, d.x, d.y - (lines.length * style.fontSize) / 2, 'middle', style);
    }
    return decor;
  });
}

/** The map as the canvas draws it in `view`, with a legend of what it contains and its bounding box. */
export function buildScene(map: ClusterMap, options: SceneOptions): Scene {
  const { view, report } = options;
  const locale = options.locale ?? 'en';
  const positions = view === 'network' ? networkPositions(map) : valueChainLayout(map).positions;
  const extent = new Extent();
  const { actors, labels: actorLabels } = placeActors(map, view, positions);
  for (const a of actors) extent.add(a.x - a.size / 2 - a.border.width, a.y - a.size / 2 - a.border.width, a.size + 2 * a.border.width, a.size + 2 * a.border.width);
  const { ties, labels: tieLabels } = drawTies(map, view, actors, report, extent, locale);
  const labels = [...actorLabels, ...tieLabels];
  for (const l of labels) if (l.background) extent.add(l.background.x, l.background.y, l.background.w, l.background.h);
  const decor = view === 'value-chain' ? valueChainDecor(map, locale) : [];
  for (const d of decor) extent.add(d.x, d.y, d.w, d.h);
  if (extent.empty) extent.add(0, 0);

  const legend = buildLegend(map, ties, view, extent.x2 + LEGEND_GAP, extent.y1, locale);
  extent.add(legend.x, legend.y, legend.w, legend.h);
  const bbox: Box = { x: Math.floor(extent.x1 - SCENE_MARGIN), y: Math.floor(extent.y1 - SCENE_MARGIN), w: 0, h: 0 };
  bbox.w = Math.ceil(extent.x2 + SCENE_MARGIN) - bbox.x;
  bbox.h = Math.ceil(extent.y2 + SCENE_MARGIN) - bbox.y;
  return { view, bbox, background: '#ffffff', actors, ties, labels, decor, legend };
}
