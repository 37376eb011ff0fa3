'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceState } from '../../../lib/sync/protocol';

export interface Peer {
  clientId: number;
  state: PresenceState;
}

/** Everyone else's presence (awareness states with a verified user), re-read when any of them changes. */
export function usePeers(awareness: Awareness | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPeers([]);
      return;
    }
    const read = () => {
      const out: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const s = state as Partial<PresenceState>;
        if (s && s.user && typeof s.user.name === 'string') out.push({ clientId, state: s as PresenceState });
      });
      out.sort((a, b) => a.clientId - b.clientId);
      setPeers(out);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return peers;
}

type Field = 'cursor' | 'selection' | 'dragging' | 'view' | 'following' | 'viewport';

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
    const current = (awareness.getLocalState() ?? {}) as Record<string, unknown>;
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
