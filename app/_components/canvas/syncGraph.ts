import type { Core, NodeSingular } from 'cytoscape';
import type { Actor, ClusterMap, Tie } from '../../../lib/map/types';
import { tieGovernance } from '../model/governance';
import { STRENGTH_WIDTH, actorSize } from '../../../lib/map/style';

// Brings the Cytoscape graph in line with the map: adds, updates and removes elements in one batch and
// never rebuilds, so selection, zoom and an ongoing drag survive every remote edit.

export interface SyncOptions {
  /** Take node positions from the map (network view); false while the value-chain layout owns them. */
  applyPositions: boolean;
  /** Ids whose position someone is dragging right now (locally or remotely): the map is behind for them. */
  skipPositions: Set<string>;
}

export interface SyncResult {
  /** Actors that have no stored position yet and need the automatic layout. */
  unplaced: string[];
  /** True when an actor or tie was added or removed. */
  structureChanged: boolean;
}

function actorData(a: Actor) {
  return {
    id: a.id,
    label: a.label,
    type: a.type,
    scope: a.scope,
    size: actorSize(a),
    // How much a name deserves a place when labels would overlap (legibleLabels.ts).
    influence: a.influence ?? 0,
    stages: a.stages.join(' '),
  };
}

function tieData(t: Tie) {
  return {
    id: t.id,
    source: t.source,
    target: t.target,
    kind: t.kind,
    directed: t.directed,
    width: STRENGTH_WIDTH[t.strength],
    tacit: t.kind === 'knowledge' && t.tacit,
    gov: tieGovernance(t) ?? 'none',
  };
}

function sameData(el: { data(key: string): unknown }, data: Record<string, unknown>) {
  for (const [k, v] of Object.entries(data)) if (el.data(k) !== v) return false;
  return true;
}

export function syncGraph(cy: Core, map: ClusterMap, opts: SyncOptions): SyncResult {
  const unplaced: string[] = [];
  let structureChanged = false;
  cy.batch(() => {
    const actorIds = new Set(map.actors.map((a) => a.id));
    const tieIds = new Set(map.ties.map((t) => t.id));
    cy.edges().forEach((e) => {
      if (!tieIds.has(e.id())) {
        e.remove();
        structureChanged = true;
      }
    });
    cy.nodes('.actor').forEach((n) => {
      if (!actorIds.has(n.id())) {
        n.remove();
        structureChanged = true;
      }
    });

    for (const actor of map.actors) {
      const data = actorData(actor);
      const hasPos = actor.x !== undefined && actor.y !== undefined;
      let node = cy.getElementById(actor.id) as NodeSingular;
      if (node.empty()) {
        node = cy.add({ group: 'nodes', data, position: hasPos ? { x: actor.x!, y: actor.y! } : { x: 0, y: 0 }, classes: 'actor' });
        structureChanged = true;
        if (!hasPos) node.data('unplaced', true);
      } else if (!sameData(node, data)) {
        node.data(data);
      }
      node.toggleClass('external', actor.scope === 'external');
      if (!hasPos) {
        unplaced.push(actor.id);
      } else {
        if (node.data('unplaced')) node.removeData('unplaced');
        if (opts.applyPositions && !opts.skipPositions.has(actor.id) && !node.grabbed()) {
          const p = node.position();
          if (p.x !== actor.x || p.y !== actor.y) node.position({ x: actor.x!, y: actor.y! });
        }
      }
    }

    for (const tie of map.ties) {
      const data = tieData(tie);
      const edge = cy.getElementById(tie.id);
      if (edge.empty()) {
        cy.add({ group: 'edges', data });
        structureChanged = true;
      } else {
        if (edge.data('source') !== tie.source || edge.data('target') !== tie.target) {
          edge.move({ source: tie.source, target: tie.target });
        }
        const { source: _s, target: _t, ...rest } = data;
        if (!sameData(edge, rest)) edge.data(rest);
      }
    }
  });
  return { unplaced, structureChanged };
}
