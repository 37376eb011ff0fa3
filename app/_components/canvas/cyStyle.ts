import type { StylesheetJson } from 'cytoscape';
import type { LabelPlace } from '../../../lib/map/label-legibility';
import { ACTOR_TYPES, GOVERNANCE_MODES, TIE_KINDS } from '../../../lib/map/types';
import { DISCUSSION_STYLE_BLOCKS } from '../discussion/cyMarks';
import { HIGHLIGHT_STYLE_BLOCKS } from '../scores/cyHighlight';
import { COMPARE_STYLE_BLOCKS } from '../compare/cyCompare';
import { PLAN_STYLE_BLOCKS } from '../scenarios/cyPlan';
import {
  ACTOR_STYLE,
  DECOR_STYLE,
  EDGE_STYLE,
  EXTERNAL_NODE,
  FOCUS_STYLE,
  FONT_STACK,
  GOVERNANCE_STYLE,
  LABEL_LEGIBILITY,
  NODE_BORDER,
  NODE_LABEL,
  TACIT_HALO,
  TIE_STYLE,
  UNCLASSIFIED_SUPPLY,
  VALUE_CHAIN_MARK,
  VALUE_CHAIN_TIES,
  lineLook,
  type LineStyle,
} from '../../../lib/map/style';

/** A line style as Cytoscape properties: dotted is drawn dashed with round caps (lib/map/style.ts DOTTED_DASH). */
function cyLine(line: LineStyle, pattern?: readonly number[]) {
  const look = lineLook(line, pattern);
  return look.dash ? { 'line-style': 'dashed', 'line-dash-pattern': [...look.dash], 'line-cap': look.cap } : { 'line-style': 'solid', 'line-cap': look.cap };
}

// The Cytoscape stylesheet, generated from the style tables so the legend and the canvas cannot disagree.
// Element data set by syncGraph: nodes {label, type, scope, size, remoteColor?}; edges {kind, width,
// directed, tacit, gov, remoteColor?}. Classes: .external, .decor, .filtered, .vc (value-chain view),
// .vc-dim (not part of the value chain), .ghost (connect preview).

type Block = { selector: string; style: Record<string, unknown> };

/** Actors whose name the overlap pass hides (legibleLabels.ts); pointing at one shows it (`LABEL_HOVER_CLASS`). */
export const LABEL_HIDDEN_CLASS = 'cc-label-hidden';
export const LABEL_HOVER_CLASS = 'cc-label-hover';
/** A network-view name the overlap pass moved off its first place, under its shape (label-legibility.ts LABEL_PLACES). */
export const LABEL_PLACE_CLASS: Record<LabelPlace, string> = { below: '', above: 'cc-label-above', right: 'cc-label-right', left: 'cc-label-left' };
/** Everything outside the focused actor's neighbourhood (focus.ts). */
export const UNFOCUSED_CLASS = 'cc-unfocused';

/**
 * `fontFamily`: the canvas font stack, spelled as labelFont.ts asks (a new spelling makes Cytoscape measure
 * labels again). `labelScale`: how many times its zoom-1 size every label is drawn (lib/map/label-legibility.ts
 * labelScale, docs/architecture.md "The UI": labels); 1 is the stylesheet the pictures are compared with.
 */
export function buildStylesheet(fontFamily: string = FONT_STACK, labelScale = 1): StylesheetJson {
  const s = labelScale;
  const d = Math.min(s, LABEL_LEGIBILITY.decorMaxScale);
  const blocks: Block[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': NODE_BORDER.width,
        'border-color': NODE_BORDER.color,
        'border-opacity': 1,
        'font-family': fontFamily,
        'font-size': NODE_LABEL.fontSize * s,
        'font-weight': NODE_LABEL.fontWeight,
        color: NODE_LABEL.color,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': NODE_LABEL.marginY * s,
        'text-wrap': 'wrap',
        'text-max-width': `${NODE_LABEL.maxWidth * s}px`,
        'text-background-color': NODE_LABEL.background,
        'text-background-opacity': NODE_LABEL.backgroundOpacity,
        'text-background-padding': `${NODE_LABEL.backgroundPadding * s}px`,
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 6,
        'z-index-compare': 'manual',
        'transition-property': 'opacity',
        'transition-duration': 200,
      },
    },
    ...ACTOR_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { 'background-color': ACTOR_STYLE[t].color, shape: ACTOR_STYLE[t].shape },
    })),
    // Outside the cluster: a dashed dark ring and a lighter fill, so scope reads without colour.
    {
      selector: 'node.external',
      style: {
        'border-style': 'dashed',
        'border-dash-pattern': EXTERNAL_NODE.dash,
        'border-width': EXTERNAL_NODE.borderWidth,
        'border-color': EXTERNAL_NODE.borderColor,
        'background-opacity': EXTERNAL_NODE.fillOpacity,
      },
    },
    {
      selector: 'node[remoteColor]',
      style: { 'underlay-color': 'data(remoteColor)', 'underlay-opacity': 0.45, 'underlay-padding': 9, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': '#3b55d9',
        'overlay-color': '#3b55d9',
        'overlay-opacity': 0.12,
        'overlay-padding': 8,
      },
    },
    { selector: 'node.external:selected', style: { 'border-style': 'dashed' } },
    { selector: 'node.connect-source', style: { 'border-width': 5, 'border-color': '#16a34a' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'z-index-compare': 'manual',
        'curve-style': 'bezier',
        'control-point-step-size': EDGE_STYLE.parallelStep,
        'arrow-scale': EDGE_STYLE.arrowScale,
        'target-arrow-shape': 'none',
        opacity: EDGE_STYLE.opacity,
        'font-family': fontFamily,
        'font-size': EDGE_STYLE.fontSize,
        color: EDGE_STYLE.labelColor,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': EDGE_STYLE.labelBackgroundOpacity,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    ...TIE_KINDS.map((k) => {
      const s = TIE_STYLE[k];
      return { selector: `edge[kind = "${k}"]`, style: { 'line-color': s.color, 'target-arrow-color': s.color, ...cyLine(s.line, s.dash) } };
    }),
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    // Tacit knowledge: a pale halo around the line and a small word, so it is visible at a glance.
    {
      selector: 'edge[?tacit]',
      // Zoomed out past the legible size, the word would be a speck or, scaled, clutter: the halo says it alone.
      style: { 'line-outline-width': TACIT_HALO.width, 'line-outline-color': TACIT_HALO.color, label: s > 1 ? '' : TACIT_HALO.label },
    },
    {
      selector: 'edge[remoteColor]',
      style: { 'underlay-color': 'data(remoteColor)', 'underlay-opacity': 0.4, 'underlay-padding': 6 },
    },
    { selector: 'edge:selected', style: { 'overlay-color': '#3b55d9', 'overlay-opacity': 0.25, 'overlay-padding': 6, opacity: 1 } },
    { selector: '.filtered', style: { display: 'none' } },

    // Value-chain view: supply ties coloured by governance mode, everything else faded back.
    {
      selector: 'edge.vc[kind = "supply"]',
      style: { 'line-color': UNCLASSIFIED_SUPPLY.color, 'target-arrow-color': UNCLASSIFIED_SUPPLY.color, ...cyLine(UNCLASSIFIED_SUPPLY.line), opacity: VALUE_CHAIN_TIES.supplyOpacity },
    },
    ...GOVERNANCE_MODES.map((m) => {
      const g = GOVERNANCE_STYLE[m];
      return {
        selector: `edge.vc[gov = "${m}"]`,
        style: { 'line-color': g.color, 'target-arrow-color': g.color, ...cyLine(g.line, g.dash) },
      };
    }),
    {
      selector: 'node.actor.vc',
      style: {
        width: VALUE_CHAIN_MARK.size,
        height: VALUE_CHAIN_MARK.size,
        'text-halign': 'right',
        'text-valign': 'center',
        'text-margin-x': VALUE_CHAIN_MARK.marginX * s,
        'text-margin-y': 0,
        'text-max-width': `${VALUE_CHAIN_MARK.maxWidth * s}px`,
        'font-size': VALUE_CHAIN_MARK.fontSize * s,
      },
    },
    { selector: 'edge.vc-dim', style: { opacity: VALUE_CHAIN_TIES.dimmedOpacity } },
    { selector: 'edge.vc-dim:selected', style: { opacity: 0.8 } },

    // Column headers, band labels and the divider of the value-chain view: scenery, not data.
    {
      selector: 'node.decor',
      style: {
        shape: 'round-rectangle',
        'background-color': DECOR_STYLE.header.fill,
        'background-opacity': DECOR_STYLE.header.fillOpacity,
        'border-width': 0,
        width: 'data(w)',
        height: 'data(h)',
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': DECOR_STYLE.header.fontSize * d,
        'font-weight': DECOR_STYLE.header.fontWeight,
        color: DECOR_STYLE.header.color,
        'text-background-opacity': 0,
        'text-max-width': 'data(w)',
        events: 'no',
      },
    },
    { selector: 'node.decor.band', style: { 'background-opacity': DECOR_STYLE.band.fillOpacity, color: DECOR_STYLE.band.color, 'font-size': DECOR_STYLE.band.fontSize * d } },
    { selector: 'node.decor.column', style: { 'background-color': DECOR_STYLE.column.fill, 'background-opacity': DECOR_STYLE.column.fillOpacity, 'z-index': 0 } },
    { selector: 'node.decor.divider', style: { 'background-color': DECOR_STYLE.divider.fill, label: '' } },
    { selector: 'node.actor', style: { 'z-index': 10 } },
    { selector: 'edge', style: { 'z-index': 5 } },
    // Names the overlap pass moves (legibleLabels.ts): over the shape, or beside it, still its margin away.
    { selector: `node.actor.${LABEL_PLACE_CLASS.above}`, style: { 'text-valign': 'top', 'text-margin-y': -NODE_LABEL.marginY * s } },
    { selector: `node.actor.${LABEL_PLACE_CLASS.right}`, style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': NODE_LABEL.marginY * s, 'text-margin-y': 0 } },
    { selector: `node.actor.${LABEL_PLACE_CLASS.left}`, style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -NODE_LABEL.marginY * s, 'text-margin-y': 0 } },
    // Names the overlap pass hides, shown again (in their first place) while pointed at or selected.
    { selector: `node.${LABEL_HIDDEN_CLASS}`, style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: `node.${LABEL_HIDDEN_CLASS}.${LABEL_HOVER_CLASS}, node.${LABEL_HIDDEN_CLASS}:selected`,
      style: { 'text-opacity': 1, 'text-background-opacity': NODE_LABEL.backgroundOpacity, 'z-index': 30 },
    },
    // Focus on one actor (focus.ts): everything outside its neighbourhood fades back.
    { selector: `node.${UNFOCUSED_CLASS}`, style: { opacity: FOCUS_STYLE.nodeOpacity } },
    { selector: `edge.${UNFOCUSED_CLASS}`, style: { opacity: FOCUS_STYLE.edgeOpacity } },
    // Votes and comments (app/_components/discussion/cyMarks.ts).
    ...DISCUSSION_STYLE_BLOCKS,
    // A comparison's added, changed and removed elements (app/_components/compare/cyCompare.ts).
    ...COMPARE_STYLE_BLOCKS,
    // A what-if scenario's planned and removed elements (app/_components/scenarios/cyPlan.ts).
    ...PLAN_STYLE_BLOCKS,
    // Last, so a score panel highlight wins over every state above.
    ...HIGHLIGHT_STYLE_BLOCKS,
  ];
  return blocks as unknown as StylesheetJson;
}
