import type { Core, NodeSingular } from 'cytoscape';
import { FOCUS_STYLE } from '../../../lib/map/style';
import { UNFOCUSED_CLASS } from './cyStyle';
import { ANIMATION_MS, viewportFor } from './views';

// Focus on one actor (docs/architecture.md, "The UI": focus): the canvas zooms to the actor and its direct
// neighbours and fades everything else, until "Show all". A personal view, like the filters: nothing is
// written to the document (a leading facilitator's focus reaches followers through presence, useFacilitation).

/** The actor to focus on, or null when `id` is not an actor on the canvas. */
export function focusable(cy: Core, id: string | null): NodeSingular | null {
  if (!id) return null;
  const node = cy.getElementById(id);
  return node.nonempty() && node.isNode() && node.hasClass('actor') ? (node as NodeSingular) : null;
}

/** Fades everything outside the actor's neighbourhood (or nothing, for null); returns whether it focused. */
export function markFocus(cy: Core, id: string | null): boolean {
  const node = focusable(cy, id);
  const all = cy.elements().not('.decor');
  cy.batch(() => {
    all.removeClass(UNFOCUSED_CLASS);
    if (node) all.not(node.closedNeighborhood()).addClass(UNFOCUSED_CLASS);
  });
  return node !== null;
}

/** Zooms (animated) so the actor and its visible direct neighbours fill the canvas, never past FOCUS_STYLE.maxZoom. */
export function zoomToFocus(cy: Core, id: string) {
  const node = focusable(cy, id);
  if (!node) return;
  const hood = node.closedNeighborhood().nodes(':visible');
  const target = viewportFor(cy, hood, FOCUS_STYLE.padding, FOCUS_STYLE.maxZoom);
  if (!target) return;
  cy.stop(true, false);
  cy.animate({ ...target, duration: ANIMATION_MS });
}
