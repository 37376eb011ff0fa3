'use client';

import cytoscape, { type Core } from 'cytoscape';
import { useLocale } from 'next-intl';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { LABEL_LEGIBILITY } from '../../../lib/map/style';
import type { ActorType, ClusterMap, TieKind } from '../../../lib/map/types';
import type { SharedViewport } from '../../../lib/sync/protocol';
import type { Peer } from '../hooks/usePresence';
import { layoutAll, layoutUnplaced, type Positions } from './autoLayout';
import { buildStylesheet } from './cyStyle';
import { CanvasStyle } from './canvasStyle';
import { focusable, markFocus, zoomToFocus } from './focus';
import { FocusControls } from './FocusControls';
import { LabelFontWatcher, labelCharacters, loadLabelFont } from './labelFont';
import { LegibleLabels } from './legibleLabels';
import { RemoteCursors } from './RemoteCursors';
import { applyPeers } from './peers';
import { freeSpot, readViewport, showViewport } from './sharedViewport';
import { syncGraph } from './syncGraph';
import { useCanvasEvents } from './useCanvasEvents';
import { ANIMATION_MS, applyNetwork, applyValueChain, chartAspect, fitView, moveAndFit } from './views';
import { panToShow, type Insets } from './keepInView';
import { applyHighlight } from '../scores/cyHighlight';
import { applyCompareMarks, type CompareMarks } from '../compare/cyCompare';
import { applyDiscussionMarks, type DiscussionMark } from '../discussion/cyMarks';
import { applyPlanMarks, type PlanMark } from '../scenarios/cyPlan';

export type View = 'network' | 'value_chain';

export interface CanvasHandle {
  select(ids: string[]): void;
  /**
   * What is selected on the canvas right now. React's copy of the selection follows a click one tick
   * later, so an action taken at once (Delete right after a click) must ask here, or it hits the old one.
   */
  selected(): string[];
  fit(): void;
  /** Re-runs the automatic layout on everything and returns the new positions. */
  tidy(): Positions;
  /** A free spot near the middle of what this person sees (where "Add actor" puts a new one). */
  freeSpot(): { x: number; y: number };
  /** What this canvas shows, in a form another screen size can reproduce (Follow me). */
  viewport(): SharedViewport | null;
  /** Shows what another screen shows (Follow me): the same centre, zoomed to fit the same area. */
  showViewport(v: SharedViewport): void;
  /**
   * Focus on one actor (focus.ts): zoom to it and its direct neighbours and fade the rest; null shows all
   * again. `zoom: false` only fades (a follower, whose viewport comes from the facilitator).
   */
  focus(id: string | null, options?: { zoom?: boolean }): void;
  /** Pans as little as needed so `ids` are not under what covers the canvas (`insets`, px); keepInView.ts. */
  keepInView(ids: readonly string[], insets: Insets): void;
}

export interface CanvasProps {
  ref?: Ref<CanvasHandle>;
  map: ClusterMap;
  editable: boolean;
  view: View;
  hiddenTypes: ReadonlySet<ActorType>;
  hiddenKinds: ReadonlySet<TieKind>;
  peers: Peer[];
  connecting: boolean;
  connectSource: string | null;
  onSelect(ids: string[]): void;
  onMove(positions: Positions): void;
  /** Automatic placement of unplaced actors; stored without an undo step. */
  onAutoPlace(positions: Positions): void;
  onDragLive(positions: Positions | null): void;
  onCursor(position: { x: number; y: number } | null): void;
  onAddAt(position: { x: number; y: number }): void;
  onConnectSource(id: string | null): void;
  onConnect(source: string, target: string): void;
  /** Elements the score panel asks to light up (a sub-indicator's or a recommendation's); null clears. */
  highlighted?: readonly string[] | null;
  /** A comparison to draw: added, removed (as ghosts) and changed elements; null draws none. */
  compared?: CompareMarks | null;
  /** Votes and comments to mark on the elements (contested ring, comment bubble). */
  marks?: ReadonlyMap<string, DiscussionMark>;
  /** Called whenever this person's pan or zoom changes, or the canvas is resized (Follow me). */
  onViewport?(cause: 'viewport' | 'resize'): void;
  /** This person moved the map themselves: panned, zoomed, or chose a focus (a follower stops following). */
  onViewportByHand?(): void;
  /** The actor in focus changed (null: the whole map again). */
  onFocusChange?(id: string | null): void;
  /** A what-if scenario's planned, changed and removed elements, drawn distinctly (scenario mode). */
  plan?: ReadonlyMap<string, PlanMark>;
  /** Smallest on-screen size of a name, px (Present mode asks for more than LABEL_LEGIBILITY.minScreenPx). */
  labelMinPx?: number;
}

const NO_MARKS: ReadonlyMap<string, DiscussionMark> = new Map();
const NO_PLAN: ReadonlyMap<string, PlanMark> = new Map();

export default function Canvas(props: CanvasProps) {
  const { ref, map, editable, view, hiddenTypes, hiddenKinds, peers, connecting } = props;
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // Cytoscape handlers are bound once; they read the newest props and state through these refs.
  const latest = useRef(props);
  latest.current = props;
  // The value chain's headers are drawn in the reader's language (a new language re-renders with a new map).
  const locale = useLocale();
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const viewRef = useRef(view);
  const laidOutLocally = useRef(new Set<string>());
  const remoteDragIds = useRef(new Set<string>());
  const fitted = useRef(false);
  // Elements asked to be selected before they reached the graph (a tie just created): selected on arrival.
  const pendingSelect = useRef<string[] | null>(null);
  const style = useRef(new CanvasStyle());
  const fontWatcher = useRef<LabelFontWatcher | null>(null);
  const labels = useRef<LegibleLabels | null>(null);
  // The shape the value chain is laid out for: this canvas's when the view opens or at Fit, a leader's when following.
  const chartShape = useRef(2);
  const [focus, setFocusState] = useState<string | null>(null);
  const focusRef = useRef<string | null>(null);
  const [selectedActor, setSelectedActor] = useState<string | null>(null);
  const [ghost, setGhost] = useState<{ from: { x: number; y: number }; to: { x: number; y: number } } | null>(null);

  // ---- create and destroy the instance -------------------------------------------------------------
  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style: buildStylesheet(),
      boxSelectionEnabled: false,
      selectionType: 'single',
      minZoom: 0.12,
      maxZoom: 3,
    });
    // For the browser tests' read-only introspection (positions, counts); the UI never reads it.
    (window as unknown as { __cy?: Core }).__cy = instance;
    // Cytoscape measures a label once, so the bundled font's pieces for these labels come first (labelFont.ts).
    const characters = labelCharacters(latest.current.map);
    fontWatcher.current = new LabelFontWatcher(style.current, characters);
    let live = true;
    void loadLabelFont([...characters].join('')).then(() => live && setCy(instance));
    // The panels beside the canvas open and close: keep Cytoscape's idea of its size current.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      live = false;
      observer.disconnect();
      if ((window as unknown as { __cy?: Core }).__cy === instance) delete (window as unknown as { __cy?: Core }).__cy;
      instance.destroy();
      setCy(null);
    };
  }, []);

  // ---- focus on one actor ---------------------------------------------------------------------------
  const setFocus = useCallback(
    (id: string | null, options: { zoom?: boolean; byHand?: boolean } = {}) => {
      if (!cy) return;
      const next = markFocus(cy, id) ? id : null;
      if (next && options.zoom !== false) zoomToFocus(cy, next);
      if (!next && focusRef.current && options.zoom !== false) fitView(cy, true);
      if (options.byHand) latest.current.onViewportByHand?.();
      if (focusRef.current !== next) latest.current.onFocusChange?.(next);
      focusRef.current = next;
      setFocusState(next);
      labels.current?.schedule();
    },
    [cy],
  );

  // ---- events ----------------------------------------------------------------------------------------
  useCanvasEvents(cy, {
    latest,
    view: viewRef,
    container,
    setGhost,
    onFocus: (id) => setFocus(id, { byHand: true }),
    onSelected: (ids) => setSelectedActor(ids.length === 1 && cy?.getElementById(ids[0]).hasClass('actor') ? ids[0] : null),
  });

  // ---- legible labels at every zoom (legibleLabels.ts) -----------------------------------------------
  useEffect(() => {
    if (!cy || !container.current) return;
    const legible = new LegibleLabels(cy, style.current, container.current);
    labels.current = legible;
    return () => {
      legible.destroy();
      labels.current = null;
    };
  }, [cy]);
  useEffect(() => {
    if (cy) labels.current?.setMinScreenPx(props.labelMinPx ?? LABEL_LEGIBILITY.minScreenPx);
  }, [cy, props.labelMinPx]);

  // ---- interaction modes --------------------------------------------------------------------------
  useEffect(() => {
    if (!cy) return;
    cy.autoungrabify(!editable || connecting || view !== 'network');
    cy.userPanningEnabled(!connecting);
    if (!connecting) setGhost(null);
  }, [cy, editable, connecting, view]);

  useEffect(() => {
    if (!cy) return;
    cy.nodes('.connect-source').removeClass('connect-source');
    if (connecting && props.connectSource) cy.getElementById(props.connectSource).addClass('connect-source');
  }, [cy, connecting, props.connectSource]);

  // ---- the map into the graph -----------------------------------------------------------------------
  useEffect(() => {
    if (!cy) return;
    const grabbed = new Set(cy.nodes(':grabbed').map((n) => n.id()));
    const skip = new Set([...grabbed, ...remoteDragIds.current]);
    const { unplaced } = syncGraph(cy, map, { applyPositions: viewRef.current === 'network', skipPositions: skip });
    fontWatcher.current?.update(cy, map);
    const fresh = unplaced.filter((id) => !laidOutLocally.current.has(id));
    if (fresh.length && viewRef.current === 'network') {
      const positions = layoutUnplaced(cy, fresh);
      fresh.forEach((id) => laidOutLocally.current.add(id));
      if (latest.current.editable) latest.current.onAutoPlace(positions);
    }
    if (viewRef.current === 'value_chain') applyValueChain(cy, map, false, chartShape.current, localeRef.current);
    // A focus follows the map: new neighbours join it, and it ends when its actor goes.
    if (focusRef.current && !focusable(cy, focusRef.current)) setFocus(null, { zoom: false });
    else if (focusRef.current) markFocus(cy, focusRef.current);
    if (pendingSelect.current && pendingSelect.current.every((id) => cy.getElementById(id).nonempty())) {
      const ids = pendingSelect.current;
      pendingSelect.current = null;
      cy.batch(() => {
        cy.$(':selected').unselect();
        for (const id of ids) cy.getElementById(id).select();
      });
    }
    if (!fitted.current && cy.nodes('.actor').nonempty()) {
      fitted.current = true;
      fitView(cy);
    }
    labels.current?.schedule();
  }, [cy, map, setFocus]);

  // ---- switching views ------------------------------------------------------------------------------
  useEffect(() => {
    if (!cy || viewRef.current === view) return;
    viewRef.current = view;
    // A focus belongs to the view it was made in: the other view fits the whole map.
    if (focusRef.current) setFocus(null, { zoom: false });
    if (view === 'value_chain') {
      chartShape.current = chartAspect(cy.width(), cy.height());
      applyValueChain(cy, latest.current.map, true, chartShape.current, localeRef.current);
    } else applyNetwork(cy, latest.current.map);
  }, [cy, view, setFocus]);

  // ---- personal filters -----------------------------------------------------------------------------
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.actor').forEach((n) => void n.toggleClass('filtered', hiddenTypes.has(n.data('type'))));
      cy.edges().forEach((e) => void e.toggleClass('filtered', hiddenKinds.has(e.data('kind'))));
    });
    labels.current?.schedule();
  }, [cy, map, hiddenTypes, hiddenKinds]);

  // ---- the score panel's highlight (after the map and view effects, so new elements get it too) -----
  useEffect(() => {
    if (!cy) return;
    applyHighlight(cy, props.highlighted ?? null, container.current);
    labels.current?.schedule();
  }, [cy, map, view, props.highlighted]);

  // ---- a comparison's marks (after the map effect: the sync drops ghost ties, this draws them again) --
  useEffect(() => {
    if (!cy) return;
    if (applyCompareMarks(cy, props.compared ?? null, container.current)) labels.current?.schedule();
  }, [cy, map, view, props.compared]);

  // ---- the discussion's marks (after the map effect, so new elements get theirs) ---------------------
  useEffect(() => {
    if (cy) applyDiscussionMarks(cy, props.marks ?? NO_MARKS);
  }, [cy, map, props.marks]);
  useEffect(() => {
    if (cy) applyPlanMarks(cy, props.plan ?? NO_PLAN, container.current);
  }, [cy, map, props.plan]);

  // ---- other people: selections and live drags ------------------------------------------------------
  useEffect(() => {
    if (!cy) return;
    remoteDragIds.current = applyPeers(cy, peers, remoteDragIds.current, viewRef.current, latest.current.map);
  }, [cy, peers]);

  useImperativeHandle(
    ref,
    () => ({
      selected() {
        return cy ? cy.$(':selected').not('.decor').map((e) => e.id()) : [];
      },
      select(ids: string[]) {
        if (!cy) return;
        if (!ids.every((id) => cy.getElementById(id).nonempty())) {
          pendingSelect.current = ids;
          return;
        }
        pendingSelect.current = null;
        cy.batch(() => {
          cy.$(':selected').unselect();
          for (const id of ids) cy.getElementById(id).select();
        });
      },
      fit() {
        if (!cy) return;
        // In the value chain, Fit also lays the chart out again for the canvas as it is now.
        const shape = chartAspect(cy.width(), cy.height());
        if (viewRef.current === 'value_chain' && Math.abs(shape - chartShape.current) > 1e-3) {
          chartShape.current = shape;
          applyValueChain(cy, latest.current.map, false, shape, localeRef.current);
        }
        fitView(cy);
      },
      tidy() {
        if (!cy || viewRef.current !== 'network') return {};
        const before = new Map(cy.nodes('.actor').map((n) => [n.id(), { ...n.position() }]));
        const positions = layoutAll(cy, true);
        // Animate from the old places to the new ones rather than jumping.
        cy.batch(() => cy.nodes('.actor').forEach((n) => void n.position(before.get(n.id())!)));
        moveAndFit(cy, (n) => positions[n.id()] ?? n.position());
        return positions;
      },
      freeSpot() {
        return cy ? freeSpot(cy) : { x: 0, y: 0 };
      },
      viewport() {
        return cy ? readViewport(cy, viewRef.current === 'value_chain' ? chartShape.current : undefined) : null;
      },
      showViewport(v: SharedViewport) {
        if (!cy) return;
        // The value chain's layout depends on the shape it was made for: lay it out as the leader's.
        if (viewRef.current === 'value_chain' && v.chart && Math.abs(v.chart - chartShape.current) > 1e-3) {
          chartShape.current = v.chart;
          applyValueChain(cy, latest.current.map, false, v.chart, localeRef.current);
        }
        showViewport(cy, v);
      },
      focus(id: string | null, options?: { zoom?: boolean }) {
        setFocus(id, options);
      },
      keepInView(ids: readonly string[], insets: Insets) {
        if (!cy || ids.length === 0) return;
        let shown = cy.collection();
        for (const id of ids) shown = shown.union(cy.getElementById(id));
        shown = shown.filter((e) => e.visible());
        if (shown.empty()) return;
        const pan = panToShow(shown.renderedBoundingBox({ includeLabels: true }), cy.width(), cy.height(), insets);
        if (pan) cy.animate({ panBy: pan, duration: ANIMATION_MS });
      },
    }),
    [cy, setFocus],
  );

  const nameOf = (id: string | null) => (id ? (map.actors.find((a) => a.id === id)?.label ?? null) : null);
  const focusedName = nameOf(focus);
  const candidateName = connecting ? null : nameOf(selectedActor);

  return (
    <div className="absolute inset-0">
      {/* Cytoscape forces position: relative on its container, so size it with h/w rather than inset. */}
      <div ref={container} className="h-full w-full" data-testid="cy" />
      {cy && <RemoteCursors cy={cy} peers={peers} view={view} />}
      <FocusControls
        focused={focus && focusedName !== null ? { id: focus, name: focusedName } : null}
        candidate={selectedActor && candidateName !== null ? { id: selectedActor, name: candidateName } : null}
        onFocus={(id) => setFocus(id, { byHand: true })}
        onShowAll={() => setFocus(null, { byHand: true })}
      />
      {ghost && (
        <svg className="pointer-events-none absolute inset-0 h-full w-full">
          <line x1={ghost.from.x} y1={ghost.from.y} x2={ghost.to.x} y2={ghost.to.y} stroke="#16a34a" strokeWidth={3} strokeDasharray="6 4" />
          <circle cx={ghost.to.x} cy={ghost.to.y} r={6} fill="#16a34a" />
        </svg>
      )}
    </div>
  );
}
