'use client';

import { useTranslations } from 'next-intl';
import type * as Y from 'yjs';
import type { ClusterMap, EditingMode, Role } from '../../../lib/map/types';
import { useUndo, type Undo } from '../hooks/useUndo';
import { useEngineReport } from '../scores/useEngineReport';
import { useEffect, useMemo } from 'react';
import { ScenarioBanner } from './ScenarioBanner';
import { PLAN_UNDO } from './scenarioEditor';
import type { ScenarioScoresInput } from './ScenarioScores';
import { useScenarioMode } from './useScenarioMode';
import { WhatIfButton } from './WhatIf';

/**
 * Scenario mode as the workspace uses it: the mode, its banner and button, and the scenario's scores — the
 * engine runs on the scenario map as on the live one (useEngineReport: inline for workshop sizes, else its
 * own Web Worker), so the panel's deltas follow every planned change.
 */
export function useWorkspaceScenario(o: { doc: Y.Doc | null; liveMap: ClusterMap; role: Role | null; editing: EditingMode; me: string | undefined; available: boolean; undo: Undo }) {
  const t = useTranslations();
  const mode = useScenarioMode(o);
  const engine = useEngineReport(mode.applied?.map ?? null);
  const active = mode.active;
  // In scenario mode Undo takes back this person's planned changes, one scenario at a time: opening another
  // starts its history afresh, so no step ever changes a scenario nobody is looking at.
  const planUndo = useUndo(o.doc, PLAN_UNDO);
  const { clear: clearPlanUndo } = planUndo;
  const activeId = active?.id ?? null;
  useEffect(() => clearPlanUndo(), [activeId, clearPlanUndo]);
  // What Follow me needs (useSharedShow): which scenario is open here, and how to open or leave one.
  const { scenarios, open, leave } = mode;
  const follow = useMemo(() => ({ active: activeId, exists: (sid: string) => scenarios.some((x) => x.id === sid), open, leave }), [activeId, scenarios, open, leave]);
  const onAdopt = () => {
    if (!active || !window.confirm(t('scenarios.adoptConfirm', { name: active.name }))) return;
    // Its own undo step: the facilitator's Undo takes the whole adoption back (docs/protocol.md P19).
    o.undo.cut();
    mode.adopt(o.undo.origin);
    o.undo.cut();
  };
  const onDiscard = () => {
    if (active && window.confirm(t('scenarios.discardConfirm', { name: active.name }))) mode.discard();
  };
  const scores: ScenarioScoresInput | null =
    active && mode.applied ? { name: active.name, liveMap: o.liveMap, map: mode.applied.map, report: engine.report, stale: engine.stale } : null;
  return {
    mode,
    planning: active !== null,
    /** The undo of planned changes, for the toolbar and the keyboard while planning. */
    undo: planUndo,
    follow,
    banner: <ScenarioBanner mode={mode} onAdopt={onAdopt} onDiscard={onDiscard} />,
    button: <WhatIfButton mode={mode} />,
    scores,
  };
}
