'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { may } from '../../../lib/access/permissions';
import type { ClusterMap, EditingMode, Role } from '../../../lib/map/types';
import { adoptScenario, applyScenario, createScenario, deleteScenario, type AppliedScenario, type Scenario } from '../../../lib/scenarios';
import type { Editor } from '../hooks/useEditor';
import type { PlanMark } from './cyPlan';
import { SCENARIO_ORIGIN, scenarioEditor } from './scenarioEditor';
import { useScenarios } from './useScenarios';

export interface ScenarioMode {
  scenarios: Scenario[];
  /** The scenario being edited, or null outside scenario mode. */
  active: Scenario | null;
  applied: AppliedScenario | null;
  /** What the canvas draws: the scenario map plus the live ties it removes (drawn crossed). */
  drawnMap: ClusterMap | null;
  marks: ReadonlyMap<string, PlanMark>;
  editor: Editor | null;
  /** May open and change scenarios now (permission `plan`). */
  canPlan: boolean;
  /** May adopt one into the map (permission `adopt`). */
  canAdopt: boolean;
  start(name: string): void;
  open(id: string): void;
  leave(): void;
  discard(): void;
  /** Adopts the active scenario under `origin` (the facilitator's undo origin): one undoable change. */
  adopt(origin: object): void;
  /** What just ended scenario mode, shown for a few seconds: adopted here, or gone (adopted or discarded elsewhere). */
  note: { kind: 'adopted' | 'ended'; name: string } | null;
  /** Whether an edit of element `id` goes into the scenario (a planned element, or a live tie). */
  plans(id: string): boolean;
}

interface Options {
  doc: Y.Doc | null;
  liveMap: ClusterMap;
  role: Role | null;
  editing: EditingMode;
  me: string | undefined;
  /** False while a checkpoint is open or the document has not arrived. */
  available: boolean;
}

const NO_MARKS: ReadonlyMap<string, PlanMark> = new Map();

/** Scenario mode (docs/architecture.md "What-if scenarios"): which scenario is open, and its map and editor. */
export function useScenarioMode({ doc, liveMap, role, editing, me, available }: Options): ScenarioMode {
  const scenarios = useScenarios(doc);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [note, setNote] = useState<ScenarioMode['note']>(null);
  const lastName = useRef('');
  const active = (available && scenarios.find((s) => s.id === activeId)) || null;
  const canPlan = available && role !== null && may({ role }, editing, 'plan');
  const canAdopt = available && role !== null && may({ role }, editing, 'adopt');

  // The scenario last seen in the document: one just started is not there until the next read.
  const seen = useRef<string | null>(null);
  if (active) {
    lastName.current = active.name;
    seen.current = active.id;
  }

  // A scenario adopted or discarded elsewhere ends scenario mode here too, and says so.
  useEffect(() => {
    if (activeId && activeId === seen.current && !scenarios.some((s) => s.id === activeId)) {
      setActiveId(null);
      setNote({ kind: 'ended', name: lastName.current });
    }
  }, [activeId, scenarios]);
  useEffect(() => {
    if (!note) return;
    const hide = setTimeout(() => setNote(null), 8000);
    return () => clearTimeout(hide);
  }, [note]);

  const applied = useMemo(() => (active ? applyScenario(liveMap, active) : null), [active, liveMap]);
  const drawnMap = useMemo(() => {
    if (!applied || !active) return null;
    const removed = liveMap.ties.filter((t) => active.removeTies.includes(t.id));
    return removed.length ? { ...applied.map, ties: [...applied.map.ties, ...removed] } : applied.map;
  }, [applied, active, liveMap]);
  const marks = useMemo(() => {
    if (!active || !applied) return NO_MARKS;
    const out = new Map<string, PlanMark>();
    const liveTies = new Set(liveMap.ties.map((t) => t.id));
    for (const a of active.actors) out.set(a.id, 'planned');
    for (const t of active.ties) out.set(t.id, 'planned');
    for (const c of active.changeTies) if (liveTies.has(c.id)) out.set(c.id, 'changed');
    for (const id of active.removeTies) if (liveTies.has(id)) out.set(id, 'removed');
    for (const s of applied.skipped) if (s.why === 'taken') out.delete(s.id);
    return out;
  }, [active, applied, liveMap]);
  const editor = useMemo(() => (doc && active && canPlan ? scenarioEditor(doc, active, new Set(liveMap.ties.map((t) => t.id)), me) : null), [doc, active, canPlan, liveMap, me]);

  const start = useCallback(
    (name: string) => {
      if (!doc) return;
      setNote(null);
      setActiveId(createScenario(doc, { name, createdBy: me, at: Date.now() }, SCENARIO_ORIGIN));
    },
    [doc, me],
  );
  const open = useCallback((id: string) => {
    setNote(null);
    setActiveId(id);
  }, []);
  const leave = useCallback(() => setActiveId(null), []);
  const discard = useCallback(() => {
    if (doc && activeId) deleteScenario(doc, activeId, SCENARIO_ORIGIN);
    setActiveId(null);
  }, [doc, activeId]);
  const adopt = useCallback(
    (origin: object) => {
      if (doc && activeId) adoptScenario(doc, activeId, me, origin);
      setActiveId(null);
      setNote({ kind: 'adopted', name: lastName.current });
    },
    [doc, activeId, me],
  );

  const plans = useCallback(
    (id: string) => !!active && (active.actors.some((a) => a.id === id) || active.ties.some((t) => t.id === id) || liveMap.ties.some((t) => t.id === id)),
    [active, liveMap],
  );

  return { scenarios, active, applied, drawnMap, marks, editor, canPlan, canAdopt, start, open, leave, discard, adopt, note: active ? null : note, plans };
}
