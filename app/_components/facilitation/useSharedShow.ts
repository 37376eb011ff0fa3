'use client';

import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { SharedShow } from '../../../lib/sync/protocol';
import type { CanvasHandle } from '../canvas/Canvas';
import { DOCK_PANELS, type DockPanel } from '../dock/SideDock';
import { SCORE_TABS, type ScoreTab } from '../scores/ScorePanel';
import type { Highlight } from '../scores/highlight';

const isDockPanel = (v: string | null): v is DockPanel => (DOCK_PANELS as readonly (string | null)[]).includes(v);
const isScoreTab = (v: string | null): v is ScoreTab => (SCORE_TABS as readonly (string | null)[]).includes(v);

interface DockControls {
  panel: DockPanel;
  setPanel(panel: DockPanel): void;
  dockShown: boolean;
  dockFloating: boolean;
  setDockOpen(open: boolean): void;
}

/** The what-if scenario this screen has open, as Follow me needs it (useScenarioMode). */
interface ScenarioControls {
  active: string | null;
  exists(id: string): boolean;
  open(id: string): void;
  leave(): void;
}

/**
 * What Follow me carries besides the viewport (docs/protocol.md P8): the score panel's highlight, the dock
 * panel and score tab open, the actor in focus, and the scenario open (so the room sees the planned ties
 * the facilitator is talking about). `shows` is this screen's, for a leading facilitator to
 * publish; `onShows` makes a follower's screen show the leader's. A follower's own floating dock (a narrow
 * screen, where it would cover the map) only switches panel, it is not opened for them.
 */
export function useSharedShow(options: { highlight: Highlight | null; setHighlight(h: Highlight | null): void; dock: DockControls; canvas: RefObject<CanvasHandle | null>; scenario: ScenarioControls }) {
  const { highlight, setHighlight, dock, canvas, scenario } = options;
  const scenarioRef = useRef(scenario);
  scenarioRef.current = scenario;
  const [scoreTab, setScoreTab] = useState<ScoreTab>('scores');
  const [focus, setFocus] = useState<string | null>(null);
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const dockRef = useRef(dock);
  dockRef.current = dock;

  const panel = dock.dockShown ? dock.panel : null;
  const shows = useMemo<SharedShow>(() => ({ highlight, panel, tab: scoreTab, focus, scenario: scenario.active }), [highlight, panel, scoreTab, focus, scenario.active]);

  const onShows = useCallback(
    (s: SharedShow) => {
      const d = dockRef.current;
      setHighlight(s.highlight);
      if (isScoreTab(s.tab)) setScoreTab(s.tab);
      if (isDockPanel(s.panel)) {
        d.setPanel(s.panel);
        if (!d.dockFloating && !d.dockShown) d.setDockOpen(true);
      } else if (s.panel === null && !d.dockFloating && d.dockShown) d.setDockOpen(false);
      const sc = scenarioRef.current;
      const leading = s.scenario ?? null;
      if (leading !== sc.active) {
        if (leading === null) sc.leave();
        else if (sc.exists(leading)) sc.open(leading);
      }
      // The viewport comes from the leader too: the focus only fades the rest here.
      if (s.focus !== focusRef.current) canvas.current?.focus(s.focus, { zoom: false });
    },
    [setHighlight, canvas],
  );

  return { shows, onShows, scoreTab, setScoreTab, onFocusChange: setFocus };
}
