'use client';

import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import type { Positions } from './autoLayout';
import type { CanvasProps, View } from './Canvas';

type Point = { x: number; y: number };

export interface CanvasEventHooks {
  /** The newest props: Cytoscape handlers are bound once and read them through this. */
  latest: RefObject<CanvasProps>;
  view: RefObject<View>;
  container: RefObject<HTMLDivElement | null>;
  setGhost(ghost: { from: Point; to: Point } | null): void;
  /** Double-click on an actor. */
  onFocus(id: string): void;
  /** The selection changed (after Cytoscape has settled it). */
  onSelected(ids: string[]): void;
}

/**
 * The canvas's gestures: selection, drags (one commit per drop), double-click (add an actor on empty space,
 * focus on an actor), connect mode (drag or two taps), the pointer, pan and zoom. Pan and zoom by hand
 * (Cytoscape's dragpan, scrollzoom and pinchzoom events, which its own viewport changes do not fire) are
 * told apart from the rest: a follower who moves the map stops following (useFacilitation).
 */
export function useCanvasEvents(cy: Core | null, hooks: CanvasEventHooks) {
  const { latest, view: viewRef, container, setGhost, onFocus, onSelected } = hooks;
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
        const ids = cy.$(':selected').not('.decor').map((e) => e.id());
        latest.current.onSelect(ids);
        onSelected(ids);
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
      const target = evt.target;
      if (target !== cy && target.isNode?.() && target.hasClass('actor')) return onFocus((target as NodeSingular).id());
      if (target === cy && latest.current.editable && viewRef.current === 'network') latest.current.onAddAt(evt.position);
    };
    const onMouseMove = (evt: EventObject) => latest.current.onCursor({ x: Math.round(evt.position.x), y: Math.round(evt.position.y) });

    const nodeAt = (pos: Point): NodeSingular | null => {
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
    const onByHand = () => latest.current.onViewportByHand?.();

    // One table of bindings, so what is bound here is exactly what the cleanup unbinds.
    const bindings: [string, string | null, (evt: EventObject) => void][] = [
      ['select unselect', null, onSelectChange],
      // A tap on what is already selected says so again: the inspector comes forward over the dock (usePanels).
      ['tap', 'node.actor, edge', onSelectChange],
      ['drag', 'node.actor', onDrag],
      ['free', 'node.actor', onFree],
      ['dbltap', null, onDblTap],
      ['mousemove', null, onMouseMove],
      ['tapstart', null, onTapStart],
      ['tapdrag', null, onTapDrag],
      ['tapend', null, onTapEnd],
      ['viewport', null, onViewport],
      ['resize', null, onResize],
      ['dragpan scrollzoom pinchzoom', null, onByHand],
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
    // The hooks are refs and stable callbacks: binding once per instance is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy]);
}
