'use client';

import { useCallback, useEffect, useState } from 'react';
import type { WorkshopPhase } from '../../../lib/map/types';
import { useDockOpen, type DockPanel } from '../dock/SideDock';
import { useMediaQuery } from '../hooks/useMediaQuery';

/**
 * Where the inspector and the dock go (docs/architecture.md "The UI", "Room for the map"). From 1600 px
 * both sit beside the map. Narrower, one at a time: selecting an element brings the inspector forward and
 * the dock shrinks to its rail; opening the dock hides the inspector until the dock closes or the next
 * selection. Below 1280 px the open dock floats over the map's right side, and on a phone the inspector is
 * a bottom sheet; in both cases the map pans the selection out from under them (useKeepSelectionVisible).
 */
export function usePanels(phase: WorkshopPhase | undefined, hasSelection: boolean) {
  const wide = useMediaQuery('(min-width: 1024px)');
  const roomForBoth = useMediaQuery('(min-width: 1600px)');
  const dockBeside = useMediaQuery('(min-width: 1280px)');
  const [dockOpen, setDockOpenStored] = useDockOpen();
  const [front, setFront] = useState<'inspector' | 'dock'>('inspector');
  const [panel, setPanel] = useState<DockPanel>(phase === 'agree' ? 'agreement' : 'scores');
  const [sheetOpen, setSheetOpen] = useState(true);

  // Entering the Agree phase brings the agreement forward; anyone may switch back.
  useEffect(() => {
    if (phase === 'agree') setPanel('agreement');
  }, [phase]);

  const setDockOpen = useCallback(
    (open: boolean) => {
      setDockOpenStored(open);
      setFront(open ? 'dock' : 'inspector');
    },
    [setDockOpenStored],
  );
  /** A new selection on the canvas: the inspector comes forward. */
  const onSelected = useCallback(() => {
    setFront('inspector');
    setSheetOpen(true);
  }, []);

  const exclusive = !roomForBoth && wide;
  const inspectorShown = hasSelection && (wide ? !(exclusive && dockOpen && front === 'dock') : sheetOpen);
  // The dock's own state stays "open" while the inspector is in front: closing the inspector brings it back.
  const dockShown = dockOpen && !(exclusive && hasSelection && front === 'inspector');
  return {
    wide,
    inspectorShown,
    dockShown,
    dockFloating: !dockBeside,
    setDockOpen,
    panel,
    setPanel,
    sheetOpen,
    setSheetOpen,
    onSelected,
    /** Changes whenever something beside or over the map appears or goes: time to keep the selection in view. */
    layoutKey: `${inspectorShown}|${dockShown}|${wide}|${roomForBoth}|${dockBeside}`,
  };
}
