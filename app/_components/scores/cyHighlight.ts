import type { Core } from 'cytoscape';

// Lighting up the elements a score or a recommendation names. Lit elements get a thick amber halo; their
// neighbours-in-context (the two ends of a lit tie) stay as they are; everything else fades back, so on a
// projector the room sees at once which part of the map a number is about.

export const HIGHLIGHT_CLASS = 'cc-lit';
export const CONTEXT_CLASS = 'cc-lit-context';
export const DIM_CLASS = 'cc-dim';

/** Stylesheet blocks to append to the canvas stylesheet (after everything else, so they win). */
export const HIGHLIGHT_STYLE_BLOCKS: { selector: string; style: Record<string, unknown> }[] = [
  { selector: `node.${DIM_CLASS}`, style: { opacity: 0.22 } },
  { selector: `edge.${DIM_CLASS}`, style: { opacity: 0.08 } },
  {
    selector: `node.${HIGHLIGHT_CLASS}`,
    style: { opacity: 1, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.55, 'underlay-padding': 12, 'underlay-shape': 'ellipse', 'z-index': 20 },
  },
  {
    selector: `edge.${HIGHLIGHT_CLASS}`,
    style: { opacity: 1, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.6, 'underlay-padding': 7, 'z-index': 15 },
  },
];

/**
 * Marks `ids` (actors and ties) as lit on `cy` and fades the rest; null or an empty list clears. Returns how
 * many of the ids exist on the canvas, and records it on the container as `data-highlighted-count` (and the
 * ids as `data-highlighted`) so tests and assistive tooling can read it without touching Cytoscape.
 */
export function applyHighlight(cy: Core, ids: readonly string[] | null, container?: HTMLElement | null): number {
  const all = cy.elements();
  let count = 0;
  const lit: string[] = [];
  cy.batch(() => {
    all.removeClass(`${HIGHLIGHT_CLASS} ${CONTEXT_CLASS} ${DIM_CLASS}`);
    if (!ids || ids.length === 0) return;
    for (const id of ids) {
      const el = cy.getElementById(id);
      if (el.empty()) continue;
      el.addClass(HIGHLIGHT_CLASS);
      if (el.isEdge()) el.connectedNodes().addClass(CONTEXT_CLASS);
      count++;
      lit.push(id);
    }
    if (count > 0) all.not(`.${HIGHLIGHT_CLASS}, .${CONTEXT_CLASS}, .decor`).addClass(DIM_CLASS);
  });
  if (container) {
    container.dataset.highlightedCount = String(count);
    container.dataset.highlighted = lit.join(' ');
  }
  return count;
}
