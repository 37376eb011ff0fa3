import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';

// Automatic placement for actors without a stored position. Deterministic (initial positions from sorted
// ids, cose without randomising), so two browsers laying out the same map agree, and whoever may write
// stores the result for everyone.

export type Positions = Record<string, { x: number; y: number }>;

const COSE: Partial<LayoutOptions> & Record<string, unknown> = {
  name: 'cose',
  animate: false,
  randomize: false,
  fit: false,
  padding: 40,
  idealEdgeLength: () => 120,
  nodeRepulsion: () => 900_000,
  nodeOverlap: 24,
  edgeElasticity: () => 80,
  gravity: 0.3,
  numIter: 1500,
  componentSpacing: 140,
  nodeDimensionsIncludeLabels: true,
};

function positionsOf(nodes: NodeCollection): Positions {
  const out: Positions = {};
  nodes.forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  return out;
}

/** Lays out everything from scratch (a fresh import, or "Tidy up"). Returns the new positions. */
export function layoutAll(cy: Core, fromCurrent = false): Positions {
  const nodes = cy.nodes('.actor');
  if (nodes.empty()) return {};
  if (!fromCurrent) {
    const sorted = nodes.sort((a, b) => (a.id() < b.id() ? -1 : 1));
    const r = 60 + sorted.length * 22;
    sorted.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / sorted.length;
      n.position({ x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) });
    });
  }
  nodes.union(nodes.connectedEdges()).layout(COSE as LayoutOptions).run();
  return positionsOf(nodes);
}

/**
 * Places a few new actors next to the actors they are tied to (or beside the map when they have none),
 * leaving everyone else where people put them.
 */
export function placeNear(cy: Core, ids: string[]): Positions {
  const placed = cy.nodes('.actor').filter((n) => !ids.includes(n.id()));
  const box = placed.nonempty() ? placed.boundingBox({ includeLabels: false }) : { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  const out: Positions = {};
  let loners = 0;
  [...ids].sort().forEach((id, i) => {
    const node = cy.getElementById(id);
    const neighbours = node.neighborhood('node.actor').filter((n) => !ids.includes(n.id()));
    let x: number;
    let y: number;
    if (neighbours.nonempty()) {
      let sx = 0;
      let sy = 0;
      neighbours.forEach((n) => {
        sx += n.position().x;
        sy += n.position().y;
      });
      const angle = i * 2.39996; // golden angle: siblings fan out instead of stacking
      x = sx / neighbours.length + 110 * Math.cos(angle);
      y = sy / neighbours.length + 110 * Math.sin(angle);
    } else {
      x = box.x2 + 120;
      y = box.y1 + loners * 100;
      loners += 1;
    }
    node.position({ x: Math.round(x), y: Math.round(y) });
    out[id] = node.position();
  });
  return out;
}

/** Chooses between a full layout and local placement: most of the map unplaced means start afresh. */
export function layoutUnplaced(cy: Core, ids: string[]): Positions {
  const total = cy.nodes('.actor').length;
  if (ids.length === 0) return {};
  if (ids.length >= 3 && ids.length > total / 2) return layoutAll(cy);
  return placeNear(cy, ids);
}
