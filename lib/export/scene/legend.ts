import { ACTOR_STYLE, EXTERNAL_NODE, GOVERNANCE_STYLE, NODE_BORDER, TACIT_HALO, TIE_STYLE, UNCLASSIFIED_SUPPLY } from '../../map/style';
import { ACTOR_TYPES, GOVERNANCE_MODES, TIE_KINDS, type ClusterMap } from '../../map/types';
import { shapePath } from './shapes';
import { strokeOf } from './tie-style';
import { textWidth } from './text';
import type { LegendRow, LegendSection, LegendSwatch, SceneLegend, SceneTie, SceneView, Stroke } from './types';
import { isGovernanceMode } from '../../engine/gvc';
import type { Locale } from '../../i18n/locale';
import { ACTOR_TYPE_WORDS, GOVERNANCE_MODE_WORDS, LEGEND_WORDS, TIE_KIND_WORDS } from '../../i18n/map-words';

// The legend drawn beside the map: the same samples and words as the canvas legend
// (app/_components/legend), for the actor types, tie kinds and governance modes the map has.

const PAD = 14;
const ROW = 24;
const TITLE = 22;
const GAP = 10;
const TEXT = { fontSize: 13, fontWeight: 400 as const, color: '#334155' };
const HEADING = { fontSize: 12, fontWeight: 700 as const, color: '#64748b' };

type Sample = { swatch: (x: number, y: number) => LegendSwatch; label: string };

const shapeSample = (type: (typeof ACTOR_TYPES)[number], locale: Locale, external = false): Sample => ({
  label: external ? LEGEND_WORDS[locale].external : ACTOR_TYPE_WORDS[locale][type].label,
  swatch: (x, y) => ({
    kind: 'shape',
    path: shapePath(ACTOR_STYLE[type].shape, x + 10, y, 18, 18),
    fill: ACTOR_STYLE[type].color,
    fillOpacity: external ? EXTERNAL_NODE.fillOpacity : 1,
    border: external ? { color: EXTERNAL_NODE.borderColor, width: 1.6, dash: [2.5, 1.5] } : { color: NODE_BORDER.color, width: 1 },
  }),
});

const lineSample = (label: string, stroke: Stroke, opts: { arrow?: boolean; halo?: boolean } = {}): Sample => ({
  label,
  swatch: (x, y) => ({
    kind: 'line',
    path: `M${x + 2} ${y}L${x + (opts.arrow ? 26 : 32)} ${y}`,
    stroke,
    arrow: opts.arrow ? `M${x + 33} ${y}L${x + 25} ${y - 4.5}L${x + 25} ${y + 4.5}Z` : undefined,
    halo: opts.halo ? { color: TACIT_HALO.color, width: stroke.width + 5 } : undefined,
  }),
});

function samples(map: ClusterMap, ties: readonly SceneTie[], view: SceneView, locale: Locale): { title: string; items: Sample[] }[] {
  const words = LEGEND_WORDS[locale];
  const types = new Set(map.actors.map((a) => a.type));
  const kinds = new Set(map.ties.map((t) => t.kind));
  const actors = ACTOR_TYPES.filter((t) => types.has(t)).map((t) => shapeSample(t, locale));
  if (map.actors.some((a) => a.scope === 'external')) actors.push(shapeSample('firm', locale, true));
  const tieItems = TIE_KINDS.filter((k) => kinds.has(k)).map((k) => lineSample(TIE_KIND_WORDS[locale][k].label, strokeOf(TIE_STYLE[k].color, 3, TIE_STYLE[k].line, TIE_STYLE[k].dash)));
  if (map.ties.some((t) => t.kind === 'knowledge' && t.tacit)) tieItems.push(lineSample(words.tacit, { color: TIE_STYLE.knowledge.color, width: 3 }, { halo: true }));
  if (map.ties.some((t) => t.directed)) tieItems.push(lineSample(words.arrow, { color: '#475569', width: 1.5 }, { arrow: true }));
  const sections = [
    { title: words.actors, items: actors },
    { title: view === 'value-chain' ? words.tiesValueChain : words.ties, items: tieItems },
  ];
  if (view === 'value-chain') {
    const supply = ties.filter((t) => t.kind === 'supply');
    const modes = new Set(supply.map((t) => t.governance));
    const items = GOVERNANCE_MODES.filter((m) => modes.has(m)).map((m) => {
      const g = GOVERNANCE_STYLE[m];
      return lineSample(GOVERNANCE_MODE_WORDS[locale][m].label, strokeOf(g.color, 3, g.line, g.dash), { arrow: true });
    });
    if (supply.some((t) => !isGovernanceMode(t.governance ?? null))) items.push(lineSample(GOVERNANCE_MODE_WORDS[locale].unclassified.label, strokeOf(UNCLASSIFIED_SUPPLY.color, 3, UNCLASSIFIED_SUPPLY.line), { arrow: true }));
    sections.unshift({ title: words.supplyGovernance, items });
  }
  return sections.filter((s) => s.items.length > 0);
}

/** The legend with its top-left corner at (x, y). */
export function buildLegend(map: ClusterMap, ties: readonly SceneTie[], view: SceneView, x: number, y: number, locale: Locale = 'en'): SceneLegend {
  const groups = samples(map, ties, view, locale);
  const sections: LegendSection[] = [];
  let cy = y + PAD;
  let width = 0;
  for (const group of groups) {
    const title = { lines: [group.title], x: x + PAD, y: cy, anchor: 'start' as const, lineHeight: HEADING.fontSize * 1.2, ...HEADING };
    width = Math.max(width, textWidth(group.title, HEADING.fontSize, HEADING.fontWeight));
    cy += TITLE;
    const rows: LegendRow[] = group.items.map((item) => {
      const middle = cy + ROW / 2;
      const row: LegendRow = {
        swatch: item.swatch(x + PAD, middle),
        text: { lines: [item.label], x: x + PAD + 42, y: middle - TEXT.fontSize * 0.6, anchor: 'start', lineHeight: TEXT.fontSize * 1.2, ...TEXT },
      };
      width = Math.max(width, 42 + textWidth(item.label, TEXT.fontSize, TEXT.fontWeight));
      cy += ROW;
      return row;
    });
    sections.push({ title, rows });
    cy += GAP;
  }
  return { x, y, w: width + 2 * PAD, h: cy - y - GAP + PAD, fill: '#ffffff', border: { color: '#e2e8f0', width: 1 }, sections };
}
