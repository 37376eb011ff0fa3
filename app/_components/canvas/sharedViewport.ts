import type { Core } from 'cytoscape';
import type { SharedViewport } from '../../../lib/sync/protocol';

// What one canvas shows, in a form a screen of another size can reproduce (Follow me, docs/protocol.md P8),
// and where "Add actor" puts a new one. Plain geometry over the Cytoscape viewport.

/** The model point at the centre, the zoom and the canvas size; `chart` is the value chain's layout shape. */
export function readViewport(cy: Core, chart?: number): SharedViewport | null {
  const width = cy.width();
  const height = cy.height();
  if (!width || !height) return null;
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom, zoom, width, height, ...(chart ? { chart } : {}) };
}

/** Shows what another screen shows: the same centre, zoomed to fit the same area. */
export function showViewport(cy: Core, v: SharedViewport) {
  if (!(v.zoom > 0) || !(v.width > 0) || !(v.height > 0)) return;
  const width = cy.width();
  const height = cy.height();
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), v.zoom * Math.min(width / v.width, height / v.height)));
  cy.stop(true, false);
  cy.viewport({ zoom, pan: { x: width / 2 - v.x * zoom, y: height / 2 - v.y * zoom } });
}

/** A free spot near the middle of what this person sees: rings around the centre, so new actors sit side by side. */
export function freeSpot(cy: Core): { x: number; y: number } {
  const ext = cy.extent();
  const center = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  const taken = cy.nodes('.actor').map((n) => n.position());
  const free = (p: { x: number; y: number }) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 110);
  for (let ring = 0; ring < 12; ring++) {
    const steps = ring === 0 ? 1 : ring * 6;
    for (let i = 0; i < steps; i++) {
      const a = (2 * Math.PI * i) / steps;
      const p = { x: center.x + ring * 120 * Math.cos(a), y: center.y + ring * 120 * Math.sin(a) };
      if (free(p)) return { x: Math.round(p.x), y: Math.round(p.y) };
    }
  }
  return { x: Math.round(center.x), y: Math.round(center.y) };
}
