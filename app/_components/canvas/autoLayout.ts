import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { placeBeside, ringPositions, type Positions } from '../../../lib/map/positions';

// Automatic placement for actors without a stored position. Deterministic (initial positions from sorted
// ids, cose without randomising), so two browsers laying out the same map agree, and whoever may write
// stores the result for everyone.

export type { Positions };

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
    const ring = ringPositions(nodes.map((n) => n.id()));
    nodes.forEach((n) => void n.position(ring[n.id()]));
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
  const box = placed.nonempty() ? placed.boundingBox({ includeLabels: false }) : { x1: 0, y1: 0, x2: 0, y2: 0 };
  const neighbours = (id: string) =>
    cy
      .getElementById(id)
      .neighborhood('node.actor')
      .nodes()
      .filter((n) => !ids.includes(n.id()))
      .map((n: NodeSingular) => n.position());
  const out = placeBeside(ids, neighbours, box);
  for (const [id, p] of Object.entries(out)) cy.getElementById(id).position(p);
  return out;
}

/** Chooses between a full layout and local placement: most of the map unplaced means start afresh. */
export function layoutUnplaced(cy: Core, ids: string[]): Positions {
  const total = cy.nodes('.actor').length;
  if (ids.length === 0) return {};
  if (ids.length >= 3 && ids.length > total / 2) return layoutAll(cy);
  return placeNear(cy, ids);
}
