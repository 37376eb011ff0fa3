import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { LABEL_PLACES, chooseLabels, labelImportance, labelPlaces, labelScale, type LabelBox, type Obstacle, type Rect } from '../../../lib/map/label-legibility';
import { LABEL_LEGIBILITY, NODE_LABEL, VALUE_CHAIN_MARK } from '../../../lib/map/style';
import type { CanvasStyle } from './canvasStyle';
import { HIGHLIGHT_CLASS } from '../scores/cyHighlight';
import { LABEL_HIDDEN_CLASS, LABEL_HOVER_CLASS, LABEL_PLACE_CLASS, UNFOCUSED_CLASS } from './cyStyle';

// Legible names at any zoom (docs/architecture.md, "The UI": labels), applied to the live canvas with the
// rules of lib/map/label-legibility.ts:
// - every zoom change picks the label scale (a new stylesheet only when the step changes, at most once a
//   frame), so a name is never drawn under LABEL_LEGIBILITY.minScreenPx on screen;
// - once zoom and pan have settled, a greedy pass hides the names that would overlap a more important one
//   or cover another actor's shape (selected and lit actors always keep theirs); pointing at an actor shows
//   its name over the others.
// What it decided is written on the canvas element for tests and tools: data-zoom, data-label-scale,
// data-label-px (an actor's name on screen, zoom × font size as Cytoscape draws it), data-labels-shown and
// data-labels-hidden.

const RENDERED_LABEL = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;
const MOVED = LABEL_PLACES.slice(1).map((p) => LABEL_PLACE_CLASS[p]).join(' ');

/** The shape itself on screen (not its comment badge or rings). */
function bodyOf(n: NodeSingular): Rect {
  const p = n.renderedPosition();
  const w = n.renderedOuterWidth() / 2;
  const h = n.renderedOuterHeight() / 2;
  return { x1: p.x - w, y1: p.y - h, x2: p.x + w, y2: p.y + h };
}

export class LegibleLabels {
  private frame: number | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private readonly bindings: [string, string | null, (evt: EventObject) => void][];
  private minScreenPx: number = LABEL_LEGIBILITY.minScreenPx;

  constructor(
    private readonly cy: Core,
    private readonly style: CanvasStyle,
    private readonly element: HTMLElement,
  ) {
    const onHover = (evt: EventObject) => void (evt.target as NodeSingular).addClass(LABEL_HOVER_CLASS);
    const onLeave = (evt: EventObject) => void (evt.target as NodeSingular).removeClass(LABEL_HOVER_CLASS);
    this.bindings = [
      ['viewport resize', null, () => this.onViewport()],
      // What changes which names matter or where they are: the pass runs again once things are still.
      ['select unselect add remove data free layoutstop', null, () => this.schedule()],
      ['mouseover', 'node.actor', onHover],
      ['mouseout', 'node.actor', onLeave],
    ];
    for (const [events, selector, handler] of this.bindings) {
      if (selector) cy.on(events, selector, handler);
      else cy.on(events, handler);
    }
    this.onViewport();
  }

  destroy() {
    for (const [events, selector, handler] of this.bindings) {
      if (selector) this.cy.removeListener(events, selector, handler);
      else this.cy.removeListener(events, handler);
    }
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.settle) clearTimeout(this.settle);
  }

  /** A larger minimum for Present mode (LABEL_LEGIBILITY.presentMinScreenPx), or back to the usual one. */
  setMinScreenPx(px: number) {
    if (px === this.minScreenPx) return;
    this.minScreenPx = px;
    this.onViewport();
  }

  /** Runs the overlap pass once the canvas has been still for LABEL_LEGIBILITY.settleMs. */
  schedule() {
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      this.pass();
    }, LABEL_LEGIBILITY.settleMs);
  }

  private onViewport() {
    if (this.frame === null) {
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        if (this.cy.destroyed()) return;
        this.style.setLabelScale(this.cy, labelScale(this.cy.zoom(), this.baseFont(), { ...LABEL_LEGIBILITY, minScreenPx: this.minScreenPx }));
        this.report();
      });
    }
    this.schedule();
  }

  /** The size, at zoom 1, of an actor's name in the view on screen. */
  private baseFont() {
    return this.cy.nodes('.actor.vc').nonempty() ? VALUE_CHAIN_MARK.fontSize : NODE_LABEL.fontSize;
  }

  private pass() {
    const cy = this.cy;
    if (cy.destroyed()) return;
    const boxes: LabelBox[] = [];
    const shapes: Obstacle[] = [];
    const faded: NodeSingular[] = [];
    // In the network view a name may move around its shape; in the value chain it stays beside its mark.
    const movable = cy.nodes('.actor.vc').empty();
    const gap = NODE_LABEL.marginY * this.style.labelScale * cy.zoom();
    cy.nodes('.actor').forEach((n) => {
      if (!n.visible()) return;
      if (n.hasClass(UNFOCUSED_CLASS)) return void faded.push(n);
      const body = bodyOf(n);
      shapes.push({ owner: n.id(), ...body });
      const b = n.renderedBoundingBox(RENDERED_LABEL);
      if (!(b.w > 0) || !(b.h > 0)) return;
      const [first, ...alternatives] = movable ? labelPlaces(body, b.w, b.h, gap) : [b];
      const forced = n.selected() || n.hasClass(HIGHLIGHT_CLASS);
      boxes.push({ id: n.id(), ...first, alternatives, importance: labelImportance(n.connectedEdges(':visible').length, n.data('influence')), forced });
    });
    const { shown, hidden, moved } = chooseLabels(boxes, LABEL_LEGIBILITY.gapPx, shapes);
    const hide = new Set(hidden);
    cy.batch(() => {
      for (const b of boxes) {
        const n = cy.getElementById(b.id);
        n.toggleClass(LABEL_HIDDEN_CLASS, hide.has(b.id));
        const place = LABEL_PLACES[moved[b.id] ?? 0];
        if (!n.hasClass(LABEL_PLACE_CLASS[place] ?? '')) n.removeClass(MOVED);
        if (place !== 'below') n.addClass(LABEL_PLACE_CLASS[place]);
      }
      // Outside a focus the names step back too, leaving the room to the neighbourhood.
      for (const n of faded) n.addClass(LABEL_HIDDEN_CLASS).removeClass(MOVED);
    });
    this.element.dataset.labelsShown = String(shown.length);
    this.element.dataset.labelsHidden = String(hidden.length + faded.length);
    this.report();
  }

  private report() {
    const cy = this.cy;
    const zoom = cy.zoom();
    const actor = cy.nodes('.actor').first();
    const font = actor.nonempty() ? (actor as unknown as { pstyle(name: string): { pfValue: number } }).pstyle('font-size').pfValue : this.baseFont() * this.style.labelScale;
    this.element.dataset.zoom = zoom.toFixed(3);
    this.element.dataset.labelScale = this.style.labelScale.toFixed(3);
    this.element.dataset.labelPx = (zoom * font).toFixed(2);
  }
}
