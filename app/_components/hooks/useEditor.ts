'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { defaultStages } from '../../../lib/map/default-stages';
import { newId } from '../../../lib/map/ids';
import type { Actor, ClusterMap, Stage, Tie, TieKind } from '../../../lib/map/types';
import {
  addActor,
  addStage,
  addTie,
  deleteActor,
  deleteStage,
  deleteTie,
  moveActors,
  tiesOf,
  updateActor,
  updateStage,
  updateTie,
} from '../../../lib/map/ydoc';
import type { Undo } from './useUndo';

/** Automatic placement is bookkeeping, not a person's edit: it gets its own origin and no undo step. */
export const LAYOUT_ORIGIN = { who: 'auto-layout' };

export const DIRECTED_BY_DEFAULT: Record<TieKind, boolean> = {
  knowledge: true,
  supply: true,
  finance: true,
  policy: true,
  service: true,
  social: false,
};

export interface Editor {
  addActorAt(position: { x: number; y: number }, fields?: Partial<Actor>): string;
  updateActor(id: string, patch: Partial<Omit<Actor, 'id'>>): void;
  moveActors(positions: Record<string, { x: number; y: number }>): void;
  autoPlace(positions: Record<string, { x: number; y: number }>): void;
  connect(source: string, target: string, kind: TieKind): string | null;
  updateTie(id: string, patch: Partial<Omit<Tie, 'id'>>): void;
  swapTie(tie: Tie): void;
  deleteElements(ids: string[]): void;
  addStage(label: string): void;
  updateStage(id: string, patch: Partial<Omit<Stage, 'id'>>): void;
  moveStage(id: string, delta: -1 | 1): void;
  deleteStage(id: string): void;
  addDefaultStages(): void;
}

/** Every edit this person makes, as one transaction with their undo origin, each its own undo step. */
export function useEditor(doc: Y.Doc | null, undo: Undo, me: string | undefined, map: ClusterMap): Editor | null {
  const { origin, cut } = undo;
  // A new actor's first name, in its maker's language: a placeholder they rename at once (its name field is focused).
  const t = useTranslations();
  return useMemo(() => {
    if (!doc) return null;
    const step = <T,>(fn: () => T): T => {
      cut();
      const out = fn();
      cut();
      return out;
    };
    return {
      addActorAt(position, fields = {}) {
        const id = newId('a');
        const count = map.actors.length + 1;
        step(() =>
          addActor(
            doc,
            {
              id,
              label: t('inspector.actor.newName', { count }),
              type: 'firm',
              scope: 'local',
              stages: [],
              x: Math.round(position.x),
              y: Math.round(position.y),
              createdBy: me,
              ...fields,
            },
            origin,
          ),
        );
        return id;
      },
      updateActor(id, patch) {
        step(() => updateActor(doc, id, patch, origin));
      },
      moveActors(positions) {
        if (Object.keys(positions).length) step(() => moveActors(doc, positions, origin));
      },
      autoPlace(positions) {
        if (Object.keys(positions).length) moveActors(doc, positions, LAYOUT_ORIGIN);
      },
      connect(source, target, kind) {
        if (source === target) return null;
        const id = newId('t');
        const ok = step(() =>
          addTie(doc, { id, source, target, kind, directed: DIRECTED_BY_DEFAULT[kind], strength: 2, tacit: false, createdBy: me }, origin),
        );
        return ok ? id : null;
      },
      updateTie(id, patch) {
        step(() => updateTie(doc, id, patch, origin));
      },
      swapTie(tie) {
        step(() => updateTie(doc, tie.id, { source: tie.target, target: tie.source }, origin));
      },
      deleteElements(ids) {
        if (!ids.length) return;
        step(() =>
          doc.transact(() => {
            const ties = tiesOf(doc);
            for (const id of ids) if (ties.has(id)) deleteTie(doc, id, origin);
            for (const id of ids) deleteActor(doc, id, origin);
          }, origin),
        );
      },
      addStage(label) {
        const order = map.stages.reduce((m, s) => Math.max(m, s.order), -1) + 1;
        step(() => addStage(doc, { id: newId('s'), label, order, weight: 1 }, origin));
      },
      updateStage(id, patch) {
        step(() => updateStage(doc, id, patch, origin));
      },
      moveStage(id, delta) {
        const sorted = [...map.stages].sort((a, b) => a.order - b.order);
        const i = sorted.findIndex((s) => s.id === id);
        const j = i + delta;
        if (i < 0 || j < 0 || j >= sorted.length) return;
        [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
        // Renumber everything: orders written by older clients may collide.
        step(() => doc.transact(() => sorted.forEach((s, order) => void updateStage(doc, s.id, { order }, origin)), origin));
      },
      deleteStage(id) {
        step(() => deleteStage(doc, id, origin));
      },
      addDefaultStages() {
        const taken = new Set(map.stages.map((s) => s.id));
        step(() => doc.transact(() => defaultStages().forEach((s) => taken.has(s.id) || addStage(doc, s, origin)), origin));
      },
    };
  }, [doc, origin, cut, me, map, t]);
}
