'use client';

import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { ActorType, ClusterMap, TieKind } from '../../../lib/map/types';
import type { SharedViewport } from '../../../lib/sync/protocol';
import type { Peer } from '../hooks/usePresence';
import { layoutAll, layoutUnplaced, type Positions } from './autoLayout';
import { buildStylesheet } from './cyStyle';
import { RemoteCursors } from './RemoteCursors';
import { applyPeers } from './peers';
import { syncGraph } from './syncGraph';
import { ANIMATION_MS, applyNetwork, applyValueChain, fitView } from './views';
import { applyHighlight } from '../scores/cyHighlight';
import { applyDiscussionMarks, type DiscussionMark } from '../discussion/cyMarks';

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
  /** Votes and comments to mark on the elements (contested ring, comment bubble). */
  marks?: ReadonlyMap<string, DiscussionMark>;
  /** Called whenever this person's pan or zoom changes, or the canvas is resized (Follow me). */
  onViewport?(cause: 'viewport' | 'resize'): void;
}

const NO_MARKS: ReadonlyMap<string, DiscussionMark> = new Map();

export default function Canvas(props: CanvasProps) {
  const { ref, map, editable, view, hiddenTypes, hiddenKinds, peers, connecting } = props;
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // Cytoscape handlers are bound once; they read the newest props and state through these refs.
  const latest = useRef(props);
  latest.current = props;
  const viewRef = useRef(view);
  const laidOutLocally = useRef(new Set<string>());
  const remoteDragIds = useRef(new Set<string>());
  const fitted = useRef(false);
  // Elements asked to be selected before they reached the graph (a tie just created): selected on arrival.
  const pendingSelect = useRef<string[] | null>(null);
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
    setCy(instance);
    // The panels beside the canvas open and close: keep Cytoscape's idea of its size current.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      if ((window as unknown as { __cy?: Core }).__cy === instance) delete (window as unknown as { __cy?: Core }).__cy;
      instance.destroy();
      setCy(null);
    };
  }, []);

  // ---- events ----------------------------------------------------------------------------------------
  useEffect(() => {
    if (!cy) return;
    const dragged = new Set<string>();
    let commitTimer: ReturnType<typeof setTimeout> | null = null;
    let selectTimer: ReturnType<typeof setTimeout> | null = null;

    const positionsOf = (ids: Iterable<string>) => {
      const out: Positions = {};
      for (const id of ids) {
        const n = cy.getElementById(id);
        if (n.nonempty()) out[id] = { x: Math.round(n.position().x), y: Math.round(n.position().y) };
      }
      return out;
    };

    const onSelectChange = () => {
      if (selectTimer) return;
      selectTimer = setTimeout(() => {
        selectTimer = null;
        latest.current.onSelect(cy.$(':selected').not('.decor').map((e) => e.id()));
      }, 0);
    };
    const onDrag = (evt: EventObject) => {
      if (viewRef.current !== 'network') return;
      dragged.add(evt.target.id());
      cy.nodes(':grabbed').forEach((n) => void dragged.add(n.id()));
      latest.current.onDragLive(positionsOf(dragged));
    };
    const onFree = () => {
      if (commitTimer || dragged.size === 0) return;
      // One commit for the whole dragged selection: Cytoscape frees each grabbed node separately.
      commitTimer = setTimeout(() => {
        commitTimer = null;
        const positions = positionsOf(dragged);
        dragged.clear();
        latest.current.onMove(positions);
        latest.current.onDragLive(null);
      }, 0);
    };
    const onDblTap = (evt: EventObject) => {
      if (evt.target === cy && latest.current.editable && viewRef.current === 'network') latest.current.onAddAt(evt.position);
    };
    const onMouseMove = (evt: EventObject) => latest.current.onCursor({ x: Math.round(evt.position.x), y: Math.round(evt.position.y) });

    const nodeAt = (pos: { x: number; y: number }): NodeSingular | null => {
      let hit: NodeSingular | null = null;
      cy.nodes('.actor').forEach((n) => {
        if (n.hasClass('filtered')) return;
        const bb = n.boundingBox({ includeLabels: false });
        if (pos.x >= bb.x1 && pos.x <= bb.x2 && pos.y >= bb.y1 && pos.y <= bb.y2) hit = n;
      });
      return hit;
    };
    // Connect mode: press on an actor and release on another draws a tie between them (a drag); a tap
    // on one actor then a tap on another does the same (a preselected actor counts as the first tap).
    let pressed: string | null = null;
    const onTapStart = (evt: EventObject) => {
      if (!latest.current.connecting) return;
      const target = evt.target;
      pressed = target !== cy && target.isNode?.() && target.hasClass('actor') ? (target as NodeSingular).id() : null;
    };
    const onTapDrag = (evt: EventObject) => {
      if (!latest.current.connecting || !pressed) return;
      const source = cy.getElementById(pressed);
      if (source.nonempty()) setGhost({ from: source.renderedPosition(), to: evt.renderedPosition });
    };
    const onTapEnd = (evt: EventObject) => {
      if (!latest.current.connecting) return;
      setGhost(null);
      const down = pressed;
      pressed = null;
      const up = nodeAt(evt.position)?.id() ?? null;
      const chosen = latest.current.connectSource;
      if (down && up && up !== down) latest.current.onConnect(down, up);
      else if (down && up === down) {
        if (chosen && chosen !== down) latest.current.onConnect(chosen, down);
        else latest.current.onConnectSource(down);
      } else if (!down && !up) latest.current.onConnectSource(null);
    };
    const onMouseOut = () => latest.current.onCursor(null);
    const onViewport = () => latest.current.onViewport?.('viewport');
    const onResize = () => latest.current.onViewport?.('resize');

    // One table of bindings, so what is bound here is exactly what the cleanup unbinds.
    const bindings: [string, string | null, (evt: EventObject) => void][] = [
      ['select unselect', null, onSelectChange],
      ['drag', 'node.actor', onDrag],
      ['free', 'node.actor', onFree],
      ['dbltap', null, onDblTap],
      ['mousemove', null, onMouseMove],
      ['tapstart', null, onTapStart],
      ['tapdrag', null, onTapDrag],
      ['tapend', null, onTapEnd],
      ['viewport', null, onViewport],
      ['resize', null, onResize],
    ];
    for (const [events, selector, handler] of bindings) {
      if (selector) cy.on(events, selector, handler);
      else cy.on(events, handler);
    }
    const el = container.current;
    el?.addEventListener('mouseleave', onMouseOut);
    return () => {
      for (const [events, selector, handler] of bindings) {
        if (selector) cy.removeListener(events, selector, handler);
        else cy.removeListener(events, handler);
      }
      el?.removeEventListener('mouseleave', onMouseOut);
      if (commitTimer) clearTimeout(commitTimer);
      if (selectTimer) clearTimeout(selectTimer);
    };
  }, [cy]);

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
    const fresh = unplaced.filter((id) => !laidOutLocally.current.has(id));
    if (fresh.length && viewRef.current === 'network') {
      const positions = layoutUnplaced(cy, fresh);
      fresh.forEach((id) => laidOutLocally.current.add(id));
      if (latest.current.editable) latest.current.onAutoPlace(positions);
    }
    if (viewRef.current === 'value_chain') applyValueChain(cy, map, false);
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
  }, [cy, map]);

  // ---- switching views ------------------------------------------------------------------------------
  useEffect(() => {
    if (!cy || viewRef.current === view) return;
    viewRef.current = view;
    if (view === 'value_chain') applyValueChain(cy, latest.current.map, true);
    else applyNetwork(cy, latest.current.map);
  }, [cy, view]);

  // ---- personal filters -----------------------------------------------------------------------------
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.actor').forEach((n) => void n.toggleClass('filtered', hiddenTypes.has(n.data('type'))));
      cy.edges().forEach((e) => void e.toggleClass('filtered', hiddenKinds.has(e.data('kind'))));
    });
  }, [cy, map, hiddenTypes, hiddenKinds]);

  // ---- the score panel's highlight (after the map and view effects, so new elements get it too) -----
  useEffect(() => {
    if (cy) applyHighlight(cy, props.highlighted ?? null, container.current);
  }, [cy, map, view, props.highlighted]);

  // ---- the discussion's marks (after the map effect, so new elements get theirs) ---------------------
  useEffect(() => {
    if (cy) applyDiscussionMarks(cy, props.marks ?? NO_MARKS);
  }, [cy, map, props.marks]);

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
        if (cy) fitView(cy);
      },
      tidy() {
        if (!cy || viewRef.current !== 'network') return {};
        const before = new Map(cy.nodes('.actor').map((n) => [n.id(), { ...n.position() }]));
        const positions = layoutAll(cy, true);
        // Animate from the old places to the new ones rather than jumping.
        cy.batch(() => cy.nodes('.actor').forEach((n) => void n.position(before.get(n.id())!)));
        cy.nodes('.actor')
          .layout({ name: 'preset', positions: (n: NodeSingular) => positions[n.id()], animate: true, animationDuration: ANIMATION_MS, fit: true, padding: 50 } as cytoscape.LayoutOptions)
          .run();
        return positions;
      },
      freeSpot() {
        if (!cy) return { x: 0, y: 0 };
        const ext = cy.extent();
        const center = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
        const taken = cy.nodes('.actor').map((n) => n.position());
        const free = (p: { x: number; y: number }) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 110);
        // Rings around the centre, so new actors sit side by side instead of on top of each other.
        for (let ring = 0; ring < 12; ring++) {
          const steps = ring === 0 ? 1 : ring * 6;
          for (let i = 0; i < steps; i++) {
            const a = (2 * Math.PI * i) / steps;
            const p = { x: center.x + ring * 120 * Math.cos(a), y: center.y + ring * 120 * Math.sin(a) };
            if (free(p)) return { x: Math.round(p.x), y: Math.round(p.y) };
          }
        }
        return { x: Math.round(center.x), y: Math.round(center.y) };
      },
      viewport() {
        if (!cy) return null;
        const width = cy.width();
        const height = cy.height();
        if (!width || !height) return null;
        const zoom = cy.zoom();
        const pan = cy.pan();
        return { x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom, zoom, width, height };
      },
      showViewport(v: SharedViewport) {
        if (!cy || !(v.zoom > 0) || !(v.width > 0) || !(v.height > 0)) return;
        const width = cy.width();
        const height = cy.height();
        const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), v.zoom * Math.min(width / v.width, height / v.height)));
        cy.stop(true, false);
        cy.viewport({ zoom, pan: { x: width / 2 - v.x * zoom, y: height / 2 - v.y * zoom } });
      },
    }),
    [cy],
  );

  return (
    <div className="absolute inset-0">
      {/* Cytoscape forces position: relative on its container, so size it with h/w rather than inset. */}
      <div ref={container} className="h-full w-full" data-testid="cy" />
      {cy && <RemoteCursors cy={cy} peers={peers} view={view} />}
      {ghost && (
        <svg className="pointer-events-none absolute inset-0 h-full w-full">
          <line x1={ghost.from.x} y1={ghost.from.y} x2={ghost.to.x} y2={ghost.to.y} stroke="#16a34a" strokeWidth={3} strokeDasharray="6 4" />
          <circle cx={ghost.to.x} cy={ghost.to.y} r={6} fill="#16a34a" />
        </svg>
      )}
    </div>
  );
}
