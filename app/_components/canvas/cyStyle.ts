import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, GOVERNANCE_MODES, TIE_KINDS } from '../../../lib/map/types';
import { DISCUSSION_STYLE_BLOCKS } from '../discussion/cyMarks';
import { HIGHLIGHT_STYLE_BLOCKS } from '../scores/cyHighlight';
import { ACTOR_STYLE, FONT_STACK, GOVERNANCE_STYLE, TIE_STYLE, UNCLASSIFIED_SUPPLY } from '../model/palette';

// The Cytoscape stylesheet, generated from the style tables so the legend and the canvas cannot disagree.
// Element data set by syncGraph: nodes {label, type, scope, size, remoteColor?}; edges {kind, width,
// directed, tacit, gov, remoteColor?}. Classes: .external, .decor, .filtered, .vc (value-chain view),
// .vc-dim (not part of the value chain), .ghost (connect preview).

type Block = { selector: string; style: Record<string, unknown> };

export function buildStylesheet(): StylesheetJson {
  const blocks: Block[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        'border-color': '#ffffff',
        'border-opacity': 1,
        'font-family': FONT_STACK,
        'font-size': 14,
        'font-weight': 600,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
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
      style: { 'border-style': 'dashed', 'border-width': 3.5, 'border-color': '#1e293b', 'background-opacity': 0.55 },
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
        'control-point-step-size': 28,
        'arrow-scale': 1.1,
        'target-arrow-shape': 'none',
        opacity: 0.85,
        'font-family': FONT_STACK,
        'font-size': 10,
        color: '#334155',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    ...TIE_KINDS.map((k) => {
      const s = TIE_STYLE[k];
      const style: Record<string, unknown> = { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line };
      if (s.dash) style['line-dash-pattern'] = s.dash;
      return { selector: `edge[kind = "${k}"]`, style };
    }),
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    // Tacit knowledge: a pale halo around the line and a small word, so it is visible at a glance.
    {
      selector: 'edge[?tacit]',
      style: { 'line-outline-width': 3, 'line-outline-color': '#bfdbfe', label: 'tacit' },
    },
    {
      selector: 'edge[remoteColor]',
      style: { 'underlay-color': 'data(remoteColor)', 'underlay-opacity': 0.4, 'underlay-padding': 6 },
    },
    { selector: 'edge:selected', style: { 'overlay-color': '#3b55d9', 'overlay-opacity': 0.25, 'overlay-padding': 6, opacity: 1 } },
    { selector: '.filtered', style: { display: 'none' } },

    // Value-chain view: supply ties coloured by governance mode, everything else faded back.
    { selector: 'edge.vc[kind = "supply"]', style: { 'line-color': UNCLASSIFIED_SUPPLY.color, 'target-arrow-color': UNCLASSIFIED_SUPPLY.color, 'line-style': 'solid', 'line-dash-pattern': [6, 3], opacity: 0.95 } },
    ...GOVERNANCE_MODES.map((m) => {
      const g = GOVERNANCE_STYLE[m];
      return {
        selector: `edge.vc[gov = "${m}"]`,
        style: { 'line-color': g.color, 'target-arrow-color': g.color, 'line-style': g.line, 'line-dash-pattern': g.line === 'dashed' ? [10, 5] : [6, 3] },
      };
    }),
    {
      selector: 'node.actor.vc',
      style: {
        width: 30,
        height: 30,
        'text-halign': 'right',
        'text-valign': 'center',
        'text-margin-x': 6,
        'text-margin-y': 0,
        'text-max-width': '124px',
        'font-size': 13,
      },
    },
    { selector: 'edge.vc-dim', style: { opacity: 0.1 } },
    { selector: 'edge.vc-dim:selected', style: { opacity: 0.8 } },

    // Column headers, band labels and the divider of the value-chain view: scenery, not data.
    {
      selector: 'node.decor',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef2ff',
        'background-opacity': 1,
        'border-width': 0,
        width: 'data(w)',
        height: 'data(h)',
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 15,
        'font-weight': 700,
        color: '#3730a3',
        'text-background-opacity': 0,
        'text-max-width': 'data(w)',
        events: 'no',
      },
    },
    { selector: 'node.decor.band', style: { 'background-opacity': 0, color: '#475569', 'font-size': 15 } },
    { selector: 'node.decor.column', style: { 'background-color': '#e0e7ff', 'background-opacity': 0.28, 'z-index': 0 } },
    { selector: 'node.decor.divider', style: { 'background-color': '#94a3b8', label: '' } },
    { selector: 'node.actor', style: { 'z-index': 10 } },
    { selector: 'edge', style: { 'z-index': 5 } },
    // Votes and comments (app/_components/discussion/cyMarks.ts).
    ...DISCUSSION_STYLE_BLOCKS,
    // Last, so a score panel highlight wins over every state above.
    ...HIGHLIGHT_STYLE_BLOCKS,
  ];
  return blocks as unknown as StylesheetJson;
}
