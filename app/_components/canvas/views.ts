import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { ClusterMap } from '../../../lib/map/types';
import { valueChainLayout } from './valueChain';

// Putting the one Cytoscape instance into a view: the network view at the shared positions, or the value
// chain laid out from the map. Positions in the value chain are computed, never stored.

export const ANIMATION_MS = 550;

export function fitView(cy: Core) {
  const actors = cy.nodes('.actor');
  if (actors.empty()) return;
  cy.fit(cy.nodes(':visible'), 50);
  if (cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center(actors);
  }
}

export function applyValueChain(cy: Core, map: ClusterMap, animate: boolean) {
  const { positions, decor } = valueChainLayout(map);
  cy.batch(() => {
    cy.nodes('.decor').remove();
    for (const d of decor) {
      cy.add({
        group: 'nodes',
        data: { id: d.id, label: d.label, w: d.w, h: d.h },
        position: { x: d.x, y: d.y },
        classes: `decor ${d.kind}`,
        selectable: false,
        grabbable: false,
        locked: true,
      });
    }
    cy.nodes('.actor').addClass('vc');
    cy.edges().forEach((e) => {
      e.addClass('vc');
      e.toggleClass('vc-dim', e.data('kind') !== 'supply');
    });
  });
  const layout = cy.nodes('.actor').layout({
    name: 'preset',
    positions: (n: NodeSingular) => positions[n.id()] ?? n.position(),
    animate,
    animationDuration: ANIMATION_MS,
    fit: false,
  } as cytoscape.LayoutOptions);
  layout.run();
  // The scenery spans the whole chart and is already in place, unlike the actors still moving there.
  if (animate) cy.animate({ fit: { eles: cy.nodes('.decor'), padding: 30 } }, { duration: ANIMATION_MS });
}

/** Back to the network view: actors return to their shared positions, the chart's scenery goes. */
export function applyNetwork(cy: Core, map: ClusterMap) {
  cy.nodes('.decor').remove();
  cy.elements().removeClass('vc vc-dim');
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  cy.nodes('.actor')
    .layout({
      name: 'preset',
      positions: (n: NodeSingular) => {
        const a = byId.get(n.id());
        return a && a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : n.position();
      },
      animate: true,
      animationDuration: ANIMATION_MS,
      // Fits to where the actors are going, not where they are mid-animation.
      fit: true,
      padding: 50,
    } as cytoscape.LayoutOptions)
    .run();
}
