'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { actorsOf, metaOf, stagesOf, tiesOf } from '../../../lib/map/ydoc';

export interface Undo {
  /** Pass as `origin` to every edit this person makes; only those are undone. */
  origin: object;
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  /** Ends the current undo step, so the next edit is undone on its own. */
  cut(): void;
  /** Forgets the history (e.g. when another scenario is opened, whose edits these steps are not). */
  clear(): void;
  /** When a checkpoint was last restored (meta.restored.at), which cleared the history; null if never. */
  restoredAt: number | null;
}

/** What an undo history covers: the shared types it watches, and the origin of the edits it takes back. */
export interface UndoTarget {
  scope(doc: Y.Doc): ConstructorParameters<typeof Y.UndoManager>[0];
  /** A stable origin (module constant) for edits outside the live map; the live map's is one per document. */
  origin?: object;
}

const LIVE_MAP: UndoTarget = { scope: (doc) => [actorsOf(doc), tiesOf(doc), stagesOf(doc), metaOf(doc)] };

/**
 * Per-person undo: a Y.UndoManager that tracks only this browser's edits and ignores everyone else's — of
 * the live map by default, or of another part of the document (the what-if scenarios, scenarioEditor.ts).
 */
export function useUndo(doc: Y.Doc | null, target: UndoTarget = LIVE_MAP): Undo {
  // One origin per document: a new connection starts a fresh undo history.
  const origin = useMemo(() => target.origin ?? { who: 'local-user', doc }, [doc, target.origin]);
  const scope = target.scope;
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [counts, setCounts] = useState({ undo: 0, redo: 0 });
  const [restoredAt, setRestoredAt] = useState<number | null>(null);

  // Made inside the effect (not a memo) so StrictMode's mount–unmount–mount never reuses a destroyed one.
  useEffect(() => {
    if (!doc) return;
    const manager = new Y.UndoManager(scope(doc), {
      trackedOrigins: new Set([origin]),
      captureTimeout: 400,
    });
    setManager(manager);
    const refresh = () => setCounts({ undo: manager.undoStack.length, redo: manager.redoStack.length });
    manager.on('stack-item-added', refresh);
    manager.on('stack-item-popped', refresh);
    manager.on('stack-cleared', refresh);
    refresh();
    // A restore rewrote the map under everyone's history (docs/architecture.md "Checkpoints"): undoing a
    // step from before it would write old values over the restored map, so the history starts again.
    const meta = metaOf(doc);
    const restoredOf = () => {
      const r = meta.get('restored') as { at?: unknown } | undefined;
      return typeof r?.at === 'number' ? r.at : null;
    };
    let lastRestore = restoredOf();
    setRestoredAt(lastRestore);
    const onMeta = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has('restored')) return;
      const at = restoredOf();
      if (at === lastRestore) return;
      lastRestore = at;
      manager.clear();
      setRestoredAt(at);
    };
    meta.observe(onMeta);
    return () => {
      meta.unobserve(onMeta);
      manager.off('stack-item-added', refresh);
      manager.off('stack-item-popped', refresh);
      manager.off('stack-cleared', refresh);
      manager.destroy();
      setManager(null);
    };
  }, [doc, origin, scope]);

  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  const cut = useCallback(() => manager?.stopCapturing(), [manager]);
  const clear = useCallback(() => manager?.clear(), [manager]);

  return { origin, canUndo: counts.undo > 0, canRedo: counts.redo > 0, undo, redo, cut, clear, restoredAt };
}
