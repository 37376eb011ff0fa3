import cytoscape, { type Core, type NodeCollection, type NodeSingular } from 'cytoscape';
import { LABEL_LEGIBILITY, NODE_LABEL, VALUE_CHAIN_MARK } from '../../../lib/map/style';
import { labelScale } from '../../../lib/map/label-legibility';
import type { ClusterMap } from '../../../lib/map/types';
import { valueChainLayout } from '../../../lib/map/value-chain-layout';
import type { Locale } from '../../../lib/i18n/locale';
import { valueChainDecorLabel } from '../../../lib/i18n/map-words';
import { LABEL_PLACE_CLASS } from './cyStyle';

// Putting the one Cytoscape instance into a view: the network view at the shared positions, or the value
// chain laid out from the map for the shape of this canvas. Positions in the value chain are computed, never
// stored. Fitting works from the shapes, with room for the names around them at the size they will be drawn
// at the new zoom (docs/architecture.md "The UI": labels), so Fit gives the same view whatever the zoom was.

export const ANIMATION_MS = 550;
/**
 * Screen pixels around the map at Fit (the value chain's scenery already frames it, so it needs less): the
 * padding, or on a small screen that share of the canvas's short side if less. Names at the edges take at
 * most `reachShare` of the room: past that, the overlap pass hides them rather than the map shrinking.
 */
const FIT = { network: { padding: 50, share: 0.075 }, chart: { padding: 30, share: 0.04 }, reachShare: 0.2, maxZoom: 1.4 };
type Pad = { padding: number; share: number };
const padFor = (width: number, height: number, p: Pad) => Math.min(p.padding, Math.round(p.share * Math.min(width, height)));
const padding = (cy: Core, p: Pad) => padFor(cy.width(), cy.height(), p);

type Box = { x1: number; y1: number; x2: number; y2: number };
/** How far names reach past the shapes, in map units at label scale 1. */
type Reach = Box;

/** Network view: names under the shapes (about three lines), as wide as their wrap width. */
const NETWORK_REACH: Reach = { x1: NODE_LABEL.maxWidth / 2 - 22, x2: NODE_LABEL.maxWidth / 2 - 22, y1: 0, y2: NODE_LABEL.marginY + 3 * NODE_LABEL.fontSize * 1.25 };
/** Value chain: names to the right of the marks. */
const CHART_REACH: Reach = { x1: 0, x2: VALUE_CHAIN_MARK.marginX + VALUE_CHAIN_MARK.maxWidth, y1: 0, y2: 0 };
const NO_REACH: Reach = { x1: 0, x2: 0, y1: 0, y2: 0 };

/** Width over height the value-chain layout should have to fill a canvas of this size at Fit. */
export function chartAspect(width: number, height: number) {
  const pad = padFor(width, height, FIT.chart);
  return Math.max(0.2, (width - 2 * pad) / Math.max(1, height - 2 * pad));
}

/**
 * The zoom at which `span` map units of shapes plus names reaching `reach` units past them (at label
 * scale 1) fit into `room` pixels. Below the legible zoom the names are held at their minimum screen size,
 * so they take fixed pixels; above it they grow with the zoom like the shapes.
 */
function fitZoom(span: number, room: number, reach: number, font: number): number {
  const legible = LABEL_LEGIBILITY.minScreenPx / font;
  const held = (room - Math.min(reach * legible * LABEL_LEGIBILITY.step, FIT.reachShare * room)) / Math.max(1e-6, span);
  if (held <= legible) return held;
  const natural = room / Math.max(1e-6, span + reach);
  return natural >= legible ? natural : legible;
}

/** Zoom and pan that show `box` (map units, shapes only) with the names reaching `reach` past it. */
function viewportOfBox(cy: Core, box: Box, padding: number, maxZoom: number, reach: Reach, font: number) {
  const width = cy.width();
  const height = cy.height();
  if (!width || !height || !Number.isFinite(box.x1)) return null;
  const zx = fitZoom(box.x2 - box.x1, width - 2 * padding, reach.x1 + reach.x2, font);
  const zy = fitZoom(box.y2 - box.y1, height - 2 * padding, reach.y1 + reach.y2, font);
  const zoom = Math.min(cy.maxZoom(), maxZoom, Math.max(cy.minZoom(), Math.min(zx, zy)));
  const s = labelScale(zoom, font);
  const cx = (box.x1 - reach.x1 * s + box.x2 + reach.x2 * s) / 2;
  const cyy = (box.y1 - reach.y1 * s + box.y2 + reach.y2 * s) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cyy * zoom } };
}

const shapesOf = (nodes: NodeCollection): Box => nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false } as cytoscape.BoundingBoxOptions);
const inChart = (cy: Core) => cy.nodes('.actor.vc').nonempty();

/** Zoom and pan that show `nodes` with their names, as the current view draws them. */
export function viewportFor(cy: Core, nodes: NodeCollection, padding: number, maxZoom: number) {
  if (nodes.empty()) return null;
  const chart = inChart(cy);
  return viewportOfBox(cy, shapesOf(nodes), padding, maxZoom, chart ? CHART_REACH : NETWORK_REACH, chart ? VALUE_CHAIN_MARK.fontSize : NODE_LABEL.fontSize);
}

/** The whole map in view: every visible actor, or the value chain's scenery (which holds its actors). */
export function fitView(cy: Core, animate = false) {
  const actors = cy.nodes('.actor');
  if (actors.empty()) return;
  const target = inChart(cy)
    ? viewportOfBox(cy, shapesOf(cy.nodes('.decor')), padding(cy, FIT.chart), FIT.maxZoom, NO_REACH, VALUE_CHAIN_MARK.fontSize)
    : viewportFor(cy, cy.nodes('.actor:visible').nonempty() ? cy.nodes('.actor:visible') : actors, padding(cy, FIT.network), FIT.maxZoom);
  if (!target) return;
  cy.stop(true, false);
  if (animate) cy.animate({ ...target, duration: ANIMATION_MS });
  else cy.viewport(target);
}

/** The value chain laid out for `aspect` (chartAspect of the canvas it should fill), its headers in the reader's `locale`. */
export function applyValueChain(cy: Core, map: ClusterMap, animate: boolean, aspect: number, locale: Locale) {
  const { positions, decor, bounds } = valueChainLayout(map, { aspect });
  cy.batch(() => {
    cy.nodes('.decor').remove();
    for (const d of decor) {
      cy.add({
        group: 'nodes',
        data: { id: d.id, label: valueChainDecorLabel(d, map, locale), w: d.w, h: d.h },
        position: { x: d.x, y: d.y },
        classes: `decor ${d.kind}`,
        selectable: false,
        grabbable: false,
        locked: true,
      });
    }
    // Beside its mark is the only place for a name in the chart (legibleLabels.ts moves them in the network view).
    cy.nodes('.actor').addClass('vc').removeClass(Object.values(LABEL_PLACE_CLASS).join(' ').trim());
    cy.edges().forEach((e) => {
      e.addClass('vc');
      e.toggleClass('vc-dim', e.data('kind') !== 'supply');
    });
  });
  // A switch still under way (its animation) must not carry the actors on to the old places.
  cy.nodes('.actor').stop(true, false);
  const layout = cy.nodes('.actor').layout({
    name: 'preset',
    positions: (n: NodeSingular) => positions[n.id()] ?? n.position(),
    animate,
    animationDuration: ANIMATION_MS,
    fit: false,
  } as cytoscape.LayoutOptions);
  layout.run();
  // The scenery spans the whole chart and is already in place, unlike the actors still moving there.
  if (animate) {
    const target = viewportOfBox(cy, bounds, padding(cy, FIT.chart), FIT.maxZoom, NO_REACH, VALUE_CHAIN_MARK.fontSize);
    if (target) cy.animate({ ...target, duration: ANIMATION_MS });
  }
}

/** Back to the network view: actors return to their shared positions, the chart's scenery goes. */
export function applyNetwork(cy: Core, map: ClusterMap) {
  cy.nodes('.decor').remove();
  cy.elements().removeClass('vc vc-dim');
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  moveAndFit(cy, (n) => {
    const a = byId.get(n.id());
    return a && a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : n.position();
  });
}

/** Animates the actors to `target` and the view to fit where they are going, not where they are mid-way. */
export function moveAndFit(cy: Core, target: (n: NodeSingular) => { x: number; y: number }) {
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  cy.nodes('.actor:visible').forEach((n) => {
    const p = target(n);
    const r = (Number(n.data('size')) || 44) / 2;
    box.x1 = Math.min(box.x1, p.x - r);
    box.y1 = Math.min(box.y1, p.y - r);
    box.x2 = Math.max(box.x2, p.x + r);
    box.y2 = Math.max(box.y2, p.y + r);
  });
  cy.nodes('.actor').layout({ name: 'preset', positions: target, animate: true, animationDuration: ANIMATION_MS, fit: false } as cytoscape.LayoutOptions).run();
  const view = viewportOfBox(cy, box, padding(cy, FIT.network), FIT.maxZoom, NETWORK_REACH, NODE_LABEL.fontSize);
  if (view) cy.animate({ ...view, duration: ANIMATION_MS });
}
