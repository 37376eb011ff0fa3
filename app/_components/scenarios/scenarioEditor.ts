import type * as Y from 'yjs';
import { newId } from '../../../lib/map/ids';
import type { Scenario } from '../../../lib/scenarios';
import { planActor, planTie, planTieChange, planTieRemoval, unplanActor, unplanTie, updatePlannedActor, updatePlannedTie } from '../../../lib/scenarios';
import { scenariosRoot } from '../../../lib/scenarios/doc';
import type { Editor } from '../hooks/useEditor';
import type { UndoTarget } from '../hooks/useUndo';
import { DIRECTED_BY_DEFAULT } from '../hooks/useEditor';

/** Opening and discarding a scenario: never undone (a discard is confirmed; adopting is the live map's undo). */
export const SCENARIO_ORIGIN = { who: 'scenario-editor' };

/** Planned changes inside the open scenario: the toolbar's Undo and Ctrl+Z take them back in scenario mode. */
export const PLAN_ORIGIN = { who: 'scenario-plan' };

/** The undo history of planned changes (useUndo): the scenarios root, edits made under PLAN_ORIGIN. */
export const PLAN_UNDO: UndoTarget = {
  scope: (doc) => {
    const root = scenariosRoot(doc);
    return root ? [root] : [];
  },
  origin: PLAN_ORIGIN,
};

/**
 * The canvas and inspector's editor in scenario mode (docs/architecture.md "What-if scenarios"): adding an
 * actor or a tie plans it; editing a planned element edits the plan; editing a live tie plans a change of
 * its fields; deleting a planned element unplans it, deleting a live tie plans its removal (again: keeps
 * it). Live actors, stages and positions of live actors are not part of a scenario and stay as they are.
 */
export function scenarioEditor(doc: Y.Doc, scenario: Scenario, liveTies: ReadonlySet<string>, me: string | undefined): Editor {
  const sid = scenario.id;
  const plannedActors = new Set(scenario.actors.map((a) => a.id));
  const plannedTies = new Set(scenario.ties.map((t) => t.id));
  const removed = new Set(scenario.removeTies);
  const nothing = () => undefined;
  return {
    addActorAt(position, fields = {}) {
      const id = newId('a');
      const count = scenario.actors.length + 1;
      planActor(doc, sid, { id, label: `Planned actor ${count}`, type: 'firm', scope: 'local', stages: [], x: Math.round(position.x), y: Math.round(position.y), createdBy: me, ...fields }, PLAN_ORIGIN);
      return id;
    },
    updateActor(id, patch) {
      if (plannedActors.has(id)) updatePlannedActor(doc, sid, id, patch, PLAN_ORIGIN);
    },
    moveActors(positions) {
      for (const [id, p] of Object.entries(positions)) if (plannedActors.has(id)) updatePlannedActor(doc, sid, id, p, PLAN_ORIGIN);
    },
    autoPlace(positions) {
      for (const [id, p] of Object.entries(positions)) if (plannedActors.has(id)) updatePlannedActor(doc, sid, id, p, PLAN_ORIGIN);
    },
    connect(source, target, kind) {
      if (source === target) return null;
      const id = newId('t');
      planTie(doc, sid, { id, source, target, kind, directed: DIRECTED_BY_DEFAULT[kind], strength: 2, tacit: false, createdBy: me }, PLAN_ORIGIN);
      return id;
    },
    updateTie(id, patch) {
      if (plannedTies.has(id)) updatePlannedTie(doc, sid, id, patch, PLAN_ORIGIN);
      else if (liveTies.has(id)) planTieChange(doc, sid, id, patch, PLAN_ORIGIN);
    },
    swapTie(tie) {
      if (plannedTies.has(tie.id)) updatePlannedTie(doc, sid, tie.id, { source: tie.target, target: tie.source }, PLAN_ORIGIN);
    },
    deleteElements(ids) {
      for (const id of ids) {
        if (plannedTies.has(id)) unplanTie(doc, sid, id, PLAN_ORIGIN);
        else if (plannedActors.has(id)) unplanActor(doc, sid, id, PLAN_ORIGIN);
        else if (liveTies.has(id)) planTieRemoval(doc, sid, id, !removed.has(id), PLAN_ORIGIN);
      }
    },
    addStage: nothing,
    updateStage: nothing,
    moveStage: nothing,
    deleteStage: nothing,
    addDefaultStages: nothing,
  };
}
