'use client';

import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import type * as Y from 'yjs';
import { PendingStore, type KeyValueStorage } from '../../../lib/sync/pending';
import { orphanTabs, thisTab } from './tabQueue';

// The copy of a workshop this browser keeps (docs/protocol.md P17): the Yjs document in IndexedDB
// (y-indexeddb, docs/architecture.md "Wi-Fi that drops") and the provider's queue of unacknowledged changes,
// its epoch and the identity in localStorage (lib/sync/pending.ts), written at once on every change: this
// tab's own queue, beside the queues of the workshop's other tabs (tabQueue.ts).

export const LOCAL_COPY_DEFAULTS = {
  /** IndexedDB database of one workshop's document; the workshop id follows. */
  docPrefix: 'clustercanvas:doc:',
  /** Longest wait for IndexedDB before the page goes on without the kept copy (a broken or blocked store). */
  loadTimeoutMs: 4000,
} as const;

const docName = (workshop: string) => LOCAL_COPY_DEFAULTS.docPrefix + workshop;

function browserStorage(): KeyValueStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // Storage disabled: fall through to one that forgets.
  }
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

export interface LocalCopy {
  /** The queue, epoch and identity the provider keeps (pass as its `store`). */
  store: PendingStore;
  /** True once IndexedDB gave back a document with something in it. */
  loaded: boolean;
  /** Stops writing this document to IndexedDB (the page closes or starts again). */
  close(): void;
}

/** Opens the kept copy of one workshop into `doc` and resolves once what IndexedDB held is in it. */
export async function openLocalCopy(workshop: string, doc: Y.Doc): Promise<LocalCopy> {
  const tab = await thisTab();
  const store = new PendingStore(browserStorage(), workshop, tab ? { tab, adopt: await orphanTabs(workshop, tab) } : {});
  let persistence: IndexeddbPersistence | null = null;
  try {
    // A document without the epoch it came from cannot be checked against the server's (P17): not used.
    if (store.load().epoch === null) await clearDocument(docName(workshop));
    persistence = new IndexeddbPersistence(docName(workshop), doc);
    const opened = persistence;
    await Promise.race([opened.whenSynced, new Promise((resolve) => setTimeout(resolve, LOCAL_COPY_DEFAULTS.loadTimeoutMs))]);
  } catch {
    persistence = null; // no IndexedDB (private mode in some browsers): the queue in localStorage still keeps the edits
  }
  const kept = persistence;
  let closed = false;
  return {
    store,
    loaded: doc.store.clients.size > 0,
    close: () => {
      if (closed) return;
      closed = true;
      void kept?.destroy();
    },
  };
}

/** Forgets the kept copy of one workshop: its document and this tab's queue (a refusal or another epoch, P17). */
export async function dropLocalCopy(workshop: string, store: PendingStore): Promise<void> {
  store.clear();
  try {
    await clearDocument(docName(workshop));
  } catch {
    // Nothing kept, or IndexedDB unavailable.
  }
}
