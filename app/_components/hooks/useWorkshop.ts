'use client';

import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WorkshopProvider } from '../../../lib/sync/provider';
import type { Role, VerifiedIdentity, WelcomeMessage } from '../../../lib/sync/protocol';
import type { Person } from '../model/storage';

export type SaveStatus = 'connecting' | 'saving' | 'saved' | 'offline';

export interface LiveWorkshop {
  doc: Y.Doc;
  awareness: Awareness;
  provider: WorkshopProvider;
  status: SaveStatus;
  synced: boolean;
  identity: VerifiedIdentity | null;
  role: Role | null;
  title: string | null;
  /** A refusal the person must act on (wrong key, unknown workshop); null while all is well. */
  fatal: string | null;
  /** The last non-fatal refusal (rate limit, too large), shown briefly. */
  notice: string | null;
}

const FATAL_CODES = new Set(['bad_workshop', 'bad_key']);

function messageOf(err: unknown): { code?: string; text: string } {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; error?: unknown; message?: unknown; data?: { code?: unknown; error?: unknown } };
    const code = typeof e.code === 'string' ? e.code : typeof e.data?.code === 'string' ? e.data.code : undefined;
    const text =
      typeof e.error === 'string' ? e.error : typeof e.message === 'string' ? e.message : typeof e.data?.error === 'string' ? e.data.error : '';
    return { code, text: text || 'Something went wrong.' };
  }
  return { text: String(err) };
}

/**
 * One live connection to a workshop: a fresh Y.Doc and provider per (workshop, key, person). Created and
 * destroyed inside one effect so React StrictMode's double mount leaves no stray socket behind.
 */
export function useWorkshop(workshop: string, key: string | null, person: Person | null): LiveWorkshop | null {
  const [live, setLive] = useState<LiveWorkshop | null>(null);
  // A refused write (docs/protocol.md P13: the map was locked meanwhile) stays in the local replica, and
  // every later update of that replica would wait for it on the server: start again from the server's state.
  const [generation, setGeneration] = useState(0);
  const carried = useRef<string | null>(null);

  useEffect(() => {
    if (!key || !person) return;
    const doc = new Y.Doc();
    const provider = new WorkshopProvider({
      url: window.location.origin,
      workshop,
      key,
      doc,
      participant: { id: person.id, name: person.name, color: person.color },
    });
    let state: LiveWorkshop = {
      doc,
      awareness: provider.awareness,
      provider,
      status: provider.status,
      synced: provider.synced,
      identity: provider.identity ?? null,
      role: provider.role ?? null,
      title: null,
      fatal: null,
      notice: carried.current,
    };
    carried.current = null;
    const update = (patch: Partial<LiveWorkshop>) => {
      state = { ...state, ...patch };
      setLive(state);
    };
    update({});

    const onStatus = (status: SaveStatus) => update({ status });
    // The sync step that completes the first sync was applied just before this event, and useMap re-reads
    // the document on the next animation frame; reporting "synced" in a later callback of that same frame
    // means nobody ever sees synced = true with a map that is still empty.
    let syncFrame = 0;
    const onSynced = () => {
      cancelAnimationFrame(syncFrame);
      syncFrame = requestAnimationFrame(() => update({ synced: provider.synced }));
    };
    const onWelcome = (welcome: WelcomeMessage) =>
      update({ identity: welcome.you, role: welcome.you.role, title: welcome.workshop.title, fatal: null });
    const onError = (err: unknown) => {
      const { code, text } = messageOf(err);
      if (code && FATAL_CODES.has(code)) update({ fatal: text });
      else if (code === 'forbidden' && state.role === 'participant') {
        carried.current = text;
        setGeneration((g) => g + 1);
      } else update({ notice: text });
    };
    provider.on('status', onStatus);
    provider.on('synced', onSynced);
    provider.on('welcome', onWelcome);
    provider.on('error', onError);
    provider.on('connect_error', onError);
    return () => {
      provider.off('status', onStatus);
      provider.off('synced', onSynced);
      provider.off('welcome', onWelcome);
      provider.off('error', onError);
      provider.off('connect_error', onError);
      cancelAnimationFrame(syncFrame);
      provider.destroy();
      doc.destroy();
      setLive(null);
    };
  }, [workshop, key, person, generation]);

  return live;
}
