'use client';

import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WorkshopProvider, type Refusal } from '../../../lib/sync/provider';
import { ROUND_ERROR_CODES, type Role, type VerifiedIdentity, type WelcomeMessage } from '../../../lib/sync/protocol';
import type { ServerRefusal, WorkshopNotice } from '../model/serverWords';
import { secretFor, type Person } from '../model/storage';
import { dropLocalCopy, openLocalCopy, type LocalCopy } from '../offline/localCopy';
import { refusedChanges, type RefusedChange } from '../offline/refusedWords';

export type SaveStatus = 'connecting' | 'saving' | 'saved' | 'offline';

export interface LiveWorkshop {
  doc: Y.Doc;
  awareness: Awareness;
  provider: WorkshopProvider;
  status: SaveStatus;
  /** The server's state has been applied on this connection. */
  synced: boolean;
  /**
   * The map shown is a real copy of the workshop, so the person may work on it: the server's, or the one this
   * browser kept from an earlier visit while there is no connection (docs/protocol.md P17).
   */
  ready: boolean;
  /** Local changes the server has not acknowledged yet ("Offline — 3 changes waiting"). */
  waiting: number;
  /** Changes the server refused, by element, until the page starts again (P17). */
  refused: RefusedChange[];
  identity: VerifiedIdentity | null;
  role: Role | null;
  title: string | null;
  /** A refusal the person must act on (wrong key, unknown workshop); null while all is well. */
  fatal: string | null;
  /** Its code (`bad_key`, `bad_workshop`), so the page can say what to do in its own words. */
  fatalCode: string | null;
  /** The last non-fatal refusal (rate limit, too large) or the kept copy set aside, shown briefly in the reader's words (wordNotice). */
  notice: WorkshopNotice | null;
}

const FATAL_CODES = new Set(['bad_workshop', 'bad_key', 'key_revoked', 'bad_origin']);

/** A socket error as the server sent it: its code and reason (P9), worded by the page; its text only for a code the page does not know. */
function messageOf(err: unknown): ServerRefusal {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; reason?: unknown; error?: unknown; message?: unknown; data?: { code?: unknown; reason?: unknown; error?: unknown } };
    const code = typeof e.code === 'string' ? e.code : typeof e.data?.code === 'string' ? e.data.code : undefined;
    const reason = typeof e.reason === 'string' ? e.reason : typeof e.data?.reason === 'string' ? e.data.reason : undefined;
    const text =
      typeof e.error === 'string' ? e.error : typeof e.message === 'string' ? e.message : typeof e.data?.error === 'string' ? e.data.error : '';
    return { code, reason, text };
  }
  return { text: String(err) };
}

export interface ConnectOptions {
  /** Connect now (false until the key was checked, docs/architecture.md "Joining"). */
  connect: boolean;
  /**
   * Be present to others (awareness). False while a newcomer's name dialog sits over the map: they see the
   * map, nobody sees them yet. Observers and named people announce themselves.
   */
  announce: boolean;
}

/** What one generation hands the next: a notice, and the refused changes to keep showing. */
interface Carried {
  notice: WorkshopNotice | null;
  refused: RefusedChange[];
}

/**
 * One live connection to a workshop: a Y.Doc opened from this browser's kept copy (docs/protocol.md P17)
 * and a provider per (workshop, key, person). Created and destroyed inside one effect so React StrictMode's
 * double mount leaves no stray socket behind.
 */
export function useWorkshop(workshop: string, key: string | null, person: Person | null, options: ConnectOptions): LiveWorkshop | null {
  const { connect, announce } = options;
  const [live, setLive] = useState<LiveWorkshop | null>(null);
  // A refused write (docs/protocol.md P14: the map was frozen meanwhile, say) stays in the local replica,
  // and every later update of that replica would wait for it on the server: drop the kept copy and start
  // again from the server's state. The same when the replica is out of step for good (a final
  // `incomplete`), and when the kept copy is of another history of the workshop (P17).
  const [generation, setGeneration] = useState(0);
  const carried = useRef<Carried>({ notice: null, refused: [] });

  useEffect(() => {
    if (!key || !connect) return;
    const doc = new Y.Doc();
    let stop: (() => void) | null = null;
    let cancelled = false;
    void openLocalCopy(workshop, doc).then((copy) => {
      if (cancelled) {
        copy.close();
        doc.destroy();
        return;
      }
      stop = run(doc, copy);
    });

    const run = (doc: Y.Doc, copy: LocalCopy): (() => void) => {
      const provider = new WorkshopProvider({
        url: window.location.origin,
        workshop,
        key,
        doc,
        ...(person ? { participant: { name: person.name, color: person.color } } : {}),
        secret: secretFor(workshop),
        store: copy.store,
      });
      // No presence state at all (not even an empty one, which the server would stamp with this person's
      // identity): y-protocols neither renews nor sends a null state, and usePublish leaves it null.
      if (!announce) provider.awareness.setLocalState(null);
      // The page's replica, for the end-to-end tests to read what the shared document holds (as window.__cy).
      (window as unknown as { __doc?: Y.Doc }).__doc = doc;
      // Kept from an earlier visit: the browser knows whom the server said it is, and the map it saw.
      const restored = copy.loaded && provider.identity !== null && provider.epoch !== null;
      let state: LiveWorkshop = {
        doc,
        awareness: provider.awareness,
        provider,
        status: provider.status,
        synced: provider.synced,
        ready: provider.synced || restored,
        waiting: provider.pendingCount,
        refused: carried.current.refused,
        identity: provider.identity ?? null,
        role: provider.role ?? null,
        title: null,
        fatal: null,
        fatalCode: null,
        notice: carried.current.notice,
      };
      carried.current = { notice: null, refused: [] };
      const update = (patch: Partial<LiveWorkshop>) => {
        state = { ...state, ...patch };
        setLive(state);
      };
      update({});

      let restarting = false;
      const startAgain = (next: Carried) => {
        if (restarting) return;
        restarting = true;
        carried.current = next;
        provider.disconnect();
        copy.close();
        void dropLocalCopy(workshop, copy.store).then(() => setGeneration((g) => g + 1));
      };

      const onStatus = (status: SaveStatus) => update({ status });
      const onPending = (waiting: number) => update({ waiting });
      // The sync step that completes the first sync was applied just before this event, and useMap re-reads
      // the document on the next animation frame; reporting "synced" in a later callback of that same frame
      // means nobody ever sees synced = true with a map that is still empty.
      let syncFrame = 0;
      const onSynced = () => {
        cancelAnimationFrame(syncFrame);
        syncFrame = requestAnimationFrame(() => update({ synced: provider.synced, ready: provider.synced || restored }));
      };
      const onWelcome = (welcome: WelcomeMessage) =>
        update({ identity: welcome.you, role: welcome.you.role, title: welcome.workshop.title, fatal: null });
      const onError = (err: unknown) => {
        const refusal = messageOf(err);
        const { code } = refusal;
        if (code && FATAL_CODES.has(code)) update({ fatal: refusal.text || code, fatalCode: code });
        // A refused write arrives as `refused` (with what it was about); a refused presence changes no document;
        // a refused ballot is told beside the ballot (app/_components/rounds, docs/protocol.md P18).
        else if (code !== 'forbidden' && code !== 'incomplete' && !(ROUND_ERROR_CODES as readonly string[]).includes(code ?? '')) update({ notice: { kind: 'server', refusal } });
      };
      const onRefused = (refusal: Refusal) =>
        startAgain({ notice: null, refused: [...state.refused, ...refusedChanges(doc, refusal)] });
      const onStale = () =>
        startAgain({ notice: { kind: 'startedAfresh' }, refused: [] });
      // The browser knows at once when the network is gone; Socket.IO's heartbeat only after seconds
      // (server/config.ts pingIntervalMs). Offline now, and a fresh connection when the network is back.
      const onOffline = () => {
        provider.disconnect();
        update({ status: 'offline' });
      };
      const onOnline = () => provider.connect();
      window.addEventListener('offline', onOffline);
      window.addEventListener('online', onOnline);
      if (!navigator.onLine) onOffline();
      provider.on('status', onStatus);
      provider.on('pending', onPending);
      provider.on('synced', onSynced);
      provider.on('welcome', onWelcome);
      provider.on('error', onError);
      provider.on('connect_error', onError);
      provider.on('refused', onRefused);
      provider.on('stale', onStale);
      return () => {
        window.removeEventListener('offline', onOffline);
        window.removeEventListener('online', onOnline);
        cancelAnimationFrame(syncFrame);
        provider.destroy();
        copy.close();
        doc.destroy();
      };
    };

    return () => {
      cancelled = true;
      stop?.();
      setLive(null);
    };
  }, [workshop, key, person, connect, announce, generation]);

  return live;
}
