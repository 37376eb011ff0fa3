import type { Core } from 'cytoscape';
import type { ClusterMap } from '../../../lib/map/types';
import type { Peer } from '../hooks/usePresence';
import type { View } from './Canvas';

/**
 * Shows other people on the canvas: each element someone has selected carries that person's colour, and
 * actors someone is dragging move live (network view only). Returns the ids being dragged now, which the
 * next call needs to put finished drags at their dropped position.
 */
export function applyPeers(cy: Core, peers: readonly Peer[], previouslyDragged: ReadonlySet<string>, view: View, map: ClusterMap): Set<string> {
  const colors = new Map<string, string>();
  const dragging = new Map<string, { x: number; y: number }>();
  for (const { state } of peers) {
    for (const id of state.selection ?? []) if (!colors.has(id)) colors.set(id, state.user.color);
    if (state.dragging) for (const [id, p] of Object.entries(state.dragging)) dragging.set(id, p);
  }
  const ended = [...previouslyDragged].filter((id) => !dragging.has(id));
  cy.batch(() => {
    cy.elements().not('.decor').forEach((el) => {
      const color = colors.get(el.id());
      if (color) {
        if (el.data('remoteColor') !== color) el.data('remoteColor', color);
      } else if (el.data('remoteColor') !== undefined) el.removeData('remoteColor');
    });
    if (view !== 'network') return;
    for (const [id, p] of dragging) {
      const n = cy.getElementById(id);
      if (n.nonempty() && !n.grabbed()) n.position(p);
    }
    // A finished remote drag: the document already holds the dropped position (it is sent first).
    const byId = new Map(map.actors.map((a) => [a.id, a]));
    for (const id of ended) {
      const a = byId.get(id);
      const n = cy.getElementById(id);
      if (a && a.x !== undefined && a.y !== undefined && n.nonempty() && !n.grabbed()) n.position({ x: a.x, y: a.y });
    }
  });
  return new Set(dragging.keys());
}
