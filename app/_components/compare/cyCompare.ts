import type { Core, ElementDefinition } from 'cytoscape';
import { COMPARE_COLORS } from '../../../lib/map/colors';
import { actorSize, STRENGTH_WIDTH } from '../../../lib/map/style';
import type { Actor, ClusterMap, Tie } from '../../../lib/map/types';

// A comparison on the canvas (docs/architecture.md "Comparisons"): actors and ties the later state added
// get a green halo, changed ones an amber halo, and removed ones are drawn as faded, dashed ghosts taken
// from the earlier map. An added element the canvas does not show (a scenario's planned tie over the live
// map) is drawn as a green ghost from the later map. Ghosts are never selectable and carry their own ids
// (`GHOST_PREFIX` + id), so the map's sync never mistakes one for an actor.

export interface CompareMarks {
  added: readonly string[];
  removed: readonly string[];
  changed: readonly string[];
  /** The two states, for drawing what the canvas does not show. */
  from: Pick<ClusterMap, 'actors' | 'ties'>;
  to: Pick<ClusterMap, 'actors' | 'ties'>;
}

export const COMPARE_CLASS = { added: 'cc-cmp-added', removed: 'cc-cmp-removed', changed: 'cc-cmp-changed', ghost: 'cc-cmp-ghost' } as const;
export const GHOST_PREFIX = 'cmp-ghost:';

/** The canvases a comparison is drawn on now. */
const marked = new WeakSet<Core>();

const halo = (color: string, padding: number) => ({ 'underlay-color': color, 'underlay-opacity': 0.55, 'underlay-padding': padding });

export const COMPARE_STYLE_BLOCKS: { selector: string; style: Record<string, unknown> }[] = [
  { selector: `node.${COMPARE_CLASS.added}`, style: { ...halo(COMPARE_COLORS.added, 12), 'underlay-shape': 'ellipse' } },
  { selector: `edge.${COMPARE_CLASS.added}`, style: halo(COMPARE_COLORS.added, 7) },
  { selector: `node.${COMPARE_CLASS.changed}`, style: { ...halo(COMPARE_COLORS.changed, 12), 'underlay-shape': 'ellipse' } },
  { selector: `edge.${COMPARE_CLASS.changed}`, style: halo(COMPARE_COLORS.changed, 7) },
  { selector: `node.${COMPARE_CLASS.ghost}`, style: { opacity: 0.45, 'border-style': 'dashed', 'border-width': 3, 'border-color': COMPARE_COLORS.removed } },
  { selector: `edge.${COMPARE_CLASS.ghost}`, style: { opacity: 0.5, 'line-style': 'dashed', 'line-color': COMPARE_COLORS.removed, 'target-arrow-color': COMPARE_COLORS.removed } },
  { selector: `node.${COMPARE_CLASS.ghost}.${COMPARE_CLASS.added}`, style: { 'border-color': COMPARE_COLORS.added } },
  { selector: `edge.${COMPARE_CLASS.ghost}.${COMPARE_CLASS.added}`, style: { 'line-color': COMPARE_COLORS.added, 'target-arrow-color': COMPARE_COLORS.added } },
];

const ghostNode = (a: Actor, mark: string): ElementDefinition => ({
  group: 'nodes',
  data: { id: GHOST_PREFIX + a.id, label: a.label, type: a.type, scope: a.scope, size: actorSize(a) },
  position: { x: a.x ?? 0, y: a.y ?? 0 },
  classes: `${COMPARE_CLASS.ghost} ${mark}`,
  selectable: false,
  grabbable: false,
});

/**
 * Marks the comparison on `cy`; null clears it. Records on the container what it marked
 * (`data-compare-added`, `-removed`, `-changed`: element ids) for tests and assistive tooling.
 */
/** Returns whether it changed anything on the canvas. */
export function applyCompareMarks(cy: Core, marks: CompareMarks | null, container?: HTMLElement | null): boolean {
  // Nothing drawn and nothing to draw: leave a large map's thousands of elements alone on every edit.
  if (!marks && !marked.has(cy)) return false;
  const shown = { added: [] as string[], removed: [] as string[], changed: [] as string[] };
  cy.batch(() => {
    cy.elements(`.${COMPARE_CLASS.ghost}`).remove();
    cy.elements(`.${COMPARE_CLASS.added}, .${COMPARE_CLASS.removed}, .${COMPARE_CLASS.changed}`).removeClass(`${COMPARE_CLASS.added} ${COMPARE_CLASS.removed} ${COMPARE_CLASS.changed}`);
    if (!marks) return;
    const on = (id: string) => cy.getElementById(id).nonempty();
    const endOf = (id: string) => (on(id) ? id : cy.getElementById(GHOST_PREFIX + id).nonempty() ? GHOST_PREFIX + id : null);
    const ghosts = (ids: readonly string[], side: CompareMarks['from'], mark: 'added' | 'removed') => {
      const actors = new Map(side.actors.map((a) => [a.id, a]));
      const ties = new Map(side.ties.map((t) => [t.id, t]));
      const ghostTie = (t: Tie) => {
        for (const end of [t.source, t.target]) if (!endOf(end) && actors.has(end)) cy.add(ghostNode(actors.get(end)!, COMPARE_CLASS[mark]));
        const [source, target] = [endOf(t.source), endOf(t.target)];
        if (!source || !target) return false;
        cy.add({ group: 'edges', data: { id: GHOST_PREFIX + t.id, source, target, kind: t.kind, directed: t.directed, width: STRENGTH_WIDTH[t.strength], tacit: t.kind === 'knowledge' && t.tacit, gov: 'none' }, classes: `${COMPARE_CLASS.ghost} ${COMPARE_CLASS[mark]}`, selectable: false });
        return true;
      };
      for (const id of ids) {
        if (on(id)) {
          cy.getElementById(id).addClass(COMPARE_CLASS[mark]);
          shown[mark].push(id);
        } else if (actors.has(id)) {
          cy.add(ghostNode(actors.get(id)!, COMPARE_CLASS[mark]));
          shown[mark].push(id);
        }
      }
      for (const id of ids) if (!on(id) && ties.has(id) && ghostTie(ties.get(id)!)) shown[mark].push(id);
    };
    ghosts(marks.added, marks.to, 'added');
    ghosts(marks.removed, marks.from, 'removed');
    for (const id of marks.changed) {
      if (!on(id)) continue;
      cy.getElementById(id).addClass(COMPARE_CLASS.changed);
      shown.changed.push(id);
    }
  });
  if (marks) marked.add(cy);
  else marked.delete(cy);
  if (container) {
    container.dataset.compareAdded = shown.added.join(' ');
    container.dataset.compareRemoved = shown.removed.join(' ');
    container.dataset.compareChanged = shown.changed.join(' ');
  }
  return true;
}
