import type { Core } from 'cytoscape';
import { SCENARIO_COLORS } from '../../../lib/map/colors';

// A scenario drawn on the canvas (docs/architecture.md "What-if scenarios"): planned actors with a dashed
// violet outline, planned ties dashed violet, changed live ties outlined in violet, and ties the scenario
// removes faded and crossed. Classes on top of whatever the element already shows.

export type PlanMark = 'planned' | 'changed' | 'removed';

const CLASS: Record<PlanMark, string> = { planned: 'cc-planned', changed: 'cc-plan-changed', removed: 'cc-plan-removed' };
const ALL = Object.values(CLASS).join(' ');

export const PLAN_STYLE_BLOCKS: { selector: string; style: Record<string, unknown> }[] = [
  { selector: `node.${CLASS.planned}`, style: { 'border-style': 'dashed', 'border-width': 4, 'border-color': SCENARIO_COLORS.planned, 'background-opacity': 0.55 } },
  { selector: `edge.${CLASS.planned}`, style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 6], 'line-color': SCENARIO_COLORS.planned, 'target-arrow-color': SCENARIO_COLORS.planned, 'source-arrow-color': SCENARIO_COLORS.planned } },
  { selector: `edge.${CLASS.changed}`, style: { 'underlay-color': SCENARIO_COLORS.planned, 'underlay-opacity': 0.35, 'underlay-padding': 5 } },
  {
    selector: `edge.${CLASS.removed}`,
    style: { opacity: 0.45, 'line-color': SCENARIO_COLORS.removed, 'target-arrow-color': SCENARIO_COLORS.removed, 'line-style': 'dashed', label: '✕', color: SCENARIO_COLORS.removedCross, 'font-size': 22, 'font-weight': 700, 'text-background-opacity': 0 },
  },
];

/** Marks the scenario's elements on `cy` (an empty map clears) and counts them on the container for tests. */
export function applyPlanMarks(cy: Core, marks: ReadonlyMap<string, PlanMark>, container?: HTMLElement | null): void {
  const counts: Record<PlanMark, number> = { planned: 0, changed: 0, removed: 0 };
  // Outside scenario mode nothing is marked: a large map is not restyled on every edit.
  const marked = cy.$(`.${CLASS.planned}, .${CLASS.changed}, .${CLASS.removed}`);
  if (marks.size > 0 || marked.nonempty()) {
    cy.batch(() => {
      marked.removeClass(ALL);
      for (const [id, mark] of marks) {
        const el = cy.getElementById(id);
        if (el.empty()) continue;
        el.addClass(CLASS[mark]);
        counts[mark]++;
      }
    });
  }
  if (container) {
    container.dataset.planned = String(counts.planned);
    container.dataset.planChanged = String(counts.changed);
    container.dataset.planRemoved = String(counts.removed);
  }
}
