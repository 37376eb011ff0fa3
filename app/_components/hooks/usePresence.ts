'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { nextPointerChange, OBSERVER_QUIET_FIELDS, pointerLook, shownPresence, type PointerLook } from '../../../lib/sync/presence';
import type { PresenceState } from '../../../lib/sync/protocol';

export interface Peer {
  clientId: number;
  /** As others should see it (lib/sync/presence.ts): an observer's pointer is gone, an idle one too. */
  state: PresenceState;
  /** How this person's pointer is drawn: faint once it has not moved for a while. */
  pointer?: PointerLook;
}

/**
 * Everyone else's presence (awareness states with a verified user), re-read when any of them changes and
 * when an idle pointer should fade or go (docs/protocol.md P8).
 */
export function usePeers(awareness: Awareness | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPeers([]);
      return;
    }
    // When each pointer last moved: a state is re-sent unchanged every 15 s, which is not a movement.
    const moved = new Map<number, { x: number; y: number; at: number }>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      const now = Date.now();
      let next: number | null = null;
      const out: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const s = state as Partial<PresenceState>;
        if (!s || !s.user || typeof s.user.name !== 'string') return;
        const shown = shownPresence(s as PresenceState);
        const c = shown.cursor;
        if (!c) {
          moved.delete(clientId);
          out.push({ clientId, state: shown });
          return;
        }
        const last = moved.get(clientId);
        const at = last && last.x === c.x && last.y === c.y ? last.at : now;
        moved.set(clientId, { x: c.x, y: c.y, at });
        const look = pointerLook(at, now);
        const change = nextPointerChange(at, now);
        if (change !== null) next = next === null ? change : Math.min(next, change);
        out.push({ clientId, state: look === 'hidden' ? { ...shown, cursor: null } : shown, pointer: look });
      });
      for (const clientId of moved.keys()) if (!awareness.getStates().has(clientId)) moved.delete(clientId);
      out.sort((a, b) => a.clientId - b.clientId);
      setPeers(out);
      if (next !== null) timer = setTimeout(read, next - now + 20);
    };
    read();
    awareness.on('change', read);
    return () => {
      if (timer) clearTimeout(timer);
      awareness.off('change', read);
    };
  }, [awareness]);
  return peers;
}

type Field = 'cursor' | 'selection' | 'dragging' | 'view' | 'following' | 'viewport' | 'shows';

/**
 * Publishes this person's presence fields; cursor and drag positions are throttled (~20 per second) with a
 * trailing send so the last position always goes out.
 */
export function usePublish(awareness: Awareness | null) {
  const pending = useRef<Partial<Record<Field, unknown>>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(0);

  const flush = useCallback(() => {
    timer.current = null;
    last.current = Date.now();
    if (!awareness) return;
    const fields = pending.current;
    pending.current = {};
    const current = awareness.getLocalState() as Record<string, unknown> | null;
    // Not announced (a newcomer still choosing a name, useWorkshop's `announce`): stay absent.
    if (current === null) return;
    // An observer is a screen, not a person: its pointer, selection and drags are nobody's business.
    if ((current.user as { role?: string } | undefined)?.role === 'observer') for (const field of OBSERVER_QUIET_FIELDS) delete fields[field];
    awareness.setLocalState({ ...current, ...fields });
  }, [awareness]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [awareness],
  );

  const publish = useCallback(
    (field: Field, value: unknown, immediate = false) => {
      pending.current[field] = value;
      const wait = 50 - (Date.now() - last.current);
      if (immediate || wait <= 0) {
        if (timer.current) clearTimeout(timer.current);
        flush();
      } else if (!timer.current) {
        timer.current = setTimeout(flush, wait);
      }
    },
    [flush],
  );

  return publish;
}
