'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type * as Y from 'yjs';
import type { EditingMode, MapMeta, WorkshopPhase, WorkshopTimer } from '../../../lib/map/types';
import { metaOf, updateMeta } from '../../../lib/map/ydoc';
import { readShow } from '../../../lib/sync/presence';
import type { Role, SharedShow, SharedViewport } from '../../../lib/sync/protocol';
import type { CanvasHandle, View } from '../canvas/Canvas';
import type { Peer } from '../hooks/usePresence';

/** Steering the workshop is not a map edit: it gets its own origin, so undo never takes back a phase or a lock. */
export const FACILITATION_ORIGIN = { who: 'facilitation' };

type Publish = (field: 'following' | 'viewport' | 'shows', value: unknown, immediate?: boolean) => void;

export interface Facilitation {
  isFacilitator: boolean;
  meta: MapMeta;
  setPhase(phase: WorkshopPhase): void;
  setTimer(timer: WorkshopTimer | undefined): void;
  /** What participants may change: open, frozen (votes and comments only) or paused. */
  setEditing(mode: EditingMode): void;
  /** This facilitator asks everyone to follow their view. */
  leading: boolean;
  setLeading(on: boolean): void;
  /** The facilitator this person's canvas follows, if any (null once they chose to stop). */
  leader: Peer | null;
  /** A facilitator who leads but whom this person stopped following. */
  leaderPaused: Peer | null;
  stopFollowing(): void;
  followAgain(): void;
  /** Pass to the canvas: publishes this facilitator's viewport while leading, keeps a follower in step on resize. */
  onViewport(cause: 'viewport' | 'resize'): void;
  /** Pass to the canvas: a follower who pans or zooms by hand stops following (and sees "Follow again"). */
  onViewportByHand(): void;
}

export function useFacilitation(options: {
  doc: Y.Doc | null;
  meta: MapMeta;
  role: Role | null;
  peers: Peer[];
  publish: Publish;
  canvas: RefObject<CanvasHandle | null>;
  view: View;
  setView(view: View): void;
  /** What this screen shows besides its viewport (highlight, panel, tab, focus), published while leading. */
  shows: SharedShow;
  /** A follower's screen takes on what the leader shows. */
  onShows(shows: SharedShow): void;
}): Facilitation {
  const { doc, meta, role, peers, publish, canvas, view, setView, shows, onShows } = options;
  const isFacilitator = role === 'facilitator';

  const change = useCallback(
    (patch: Partial<MapMeta>) => {
      if (doc && isFacilitator) updateMeta(doc, patch, FACILITATION_ORIGIN);
    },
    [doc, isFacilitator],
  );

  // ---- leading: the facilitator's side of Follow me -----------------------------------------------
  const [leading, setLeadingState] = useState(false);
  const leadingRef = useRef(leading);
  leadingRef.current = leading;
  const showsRef = useRef(shows);
  showsRef.current = shows;
  const setLeading = useCallback(
    (on: boolean) => {
      if (!isFacilitator) return;
      setLeadingState(on);
      publish('viewport', on ? (canvas.current?.viewport() ?? null) : null, true);
      publish('shows', on ? showsRef.current : null, true);
      publish('following', on, true);
    },
    [isFacilitator, publish, canvas],
  );
  // What the leader shows goes out as it changes: a highlight lit, a panel or tab opened, a focus chosen.
  const showsKey = JSON.stringify(shows);
  useEffect(() => {
    if (leadingRef.current) publish('shows', JSON.parse(showsKey) as SharedShow, true);
  }, [showsKey, leading, publish]);
  // What this screen follows right now, for re-fitting after its own canvas changes size (a banner appears).
  const followedRef = useRef<SharedViewport | null>(null);
  const onViewport = useCallback(
    (cause: 'viewport' | 'resize') => {
      if (leadingRef.current) publish('viewport', canvas.current?.viewport() ?? null);
      // Not on 'viewport': showing the leader's viewport fires that event itself.
      else if (cause === 'resize' && followedRef.current) canvas.current?.showViewport(followedRef.current);
    },
    [publish, canvas],
  );

  // ---- following: everyone else's side ------------------------------------------------------------
  const candidate = useMemo(
    () => (isFacilitator ? null : (peers.find((p) => p.state.user.role === 'facilitator' && p.state.following === true) ?? null)),
    [peers, isFacilitator],
  );
  // Stopping is personal and lasts until that facilitator stops leading (or someone else leads).
  const [stoppedFor, setStoppedFor] = useState<number | null>(null);
  useEffect(() => {
    if (stoppedFor !== null && candidate?.clientId !== stoppedFor) setStoppedFor(null);
  }, [candidate, stoppedFor]);
  const leader = candidate && candidate.clientId !== stoppedFor ? candidate : null;
  const leaderPaused = candidate && candidate.clientId === stoppedFor ? candidate : null;

  const leaderView = leader?.state.view;
  useEffect(() => {
    if (leaderView && leaderView !== view) setView(leaderView);
  }, [leaderView, view, setView]);

  // Presence states are re-read whenever the leader's cursor moves; only a different viewport moves the canvas.
  const viewportKey = leader?.state.viewport ? JSON.stringify(leader.state.viewport) : null;
  useEffect(() => {
    const shown = viewportKey && (!leaderView || leaderView === view) ? (JSON.parse(viewportKey) as SharedViewport) : null;
    followedRef.current = shown;
    if (shown) canvas.current?.showViewport(shown);
  }, [viewportKey, leaderView, view, canvas]);

  // A follower sees what the leader highlights and opens, not only where they look (P8).
  const onShowsRef = useRef(onShows);
  onShowsRef.current = onShows;
  const leaderShows = leader ? readShow(leader.state.shows) : null;
  const leaderShowsKey = leaderShows ? JSON.stringify(leaderShows) : null;
  useEffect(() => {
    if (leaderShowsKey) onShowsRef.current(JSON.parse(leaderShowsKey) as SharedShow);
  }, [leaderShowsKey]);

  const candidateId = candidate?.clientId ?? null;
  const following = leader !== null;
  const onViewportByHand = useCallback(() => {
    if (following && candidateId !== null) setStoppedFor(candidateId);
  }, [following, candidateId]);

  return {
    isFacilitator,
    meta,
    setPhase: (phase) => change({ phase }),
    setTimer: (timer) => change({ timer }),
    setEditing: (editing) => {
      if (!doc || !isFacilitator) return;
      // One change: older documents' `locked` goes with it, so nothing reads two switches.
      doc.transact(() => {
        updateMeta(doc, { editing });
        if (metaOf(doc).has('locked')) metaOf(doc).delete('locked');
      }, FACILITATION_ORIGIN);
    },
    leading,
    setLeading,
    leader,
    leaderPaused,
    stopFollowing: () => candidate && setStoppedFor(candidate.clientId),
    followAgain: () => setStoppedFor(null),
    onViewport,
    onViewportByHand,
  };
}
