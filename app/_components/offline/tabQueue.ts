'use client';

import { queuedTabs } from '../../../lib/sync/pending';

// Which tab this page is, for its own queue of unsent changes (lib/sync/pending.ts, docs/architecture.md
// "Wi-Fi that drops"), and which tabs that left a queue are gone.
//
// The id lives in sessionStorage, so a reload of the tab (even offline) finds its own queue again, and
// each tab holds a Web Lock named after it for as long as it is open: a queue whose tab's lock nobody
// holds is an orphan (the tab was closed or crashed), and the next tab of the workshop takes it over. A
// duplicated tab starts with a copy of the sessionStorage, so with the same id: its lock is taken, and it
// picks an id of its own.

export const TAB_QUEUE_DEFAULTS = {
  /** sessionStorage key of this tab's id. */
  sessionKey: 'clustercanvas:tab',
  /** Web Lock name of a tab; its id follows. */
  lockPrefix: 'clustercanvas:tab:',
} as const;

const newTabId = () => Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Holds the lock of `id` for the life of the page; false when another tab holds it. */
function holdLock(id: string): Promise<boolean> {
  return new Promise((resolve) => {
    navigator.locks
      .request(TAB_QUEUE_DEFAULTS.lockPrefix + id, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Held until the page goes: a promise that never settles.
        return lock ? new Promise<never>(() => {}) : undefined;
      })
      .catch(() => resolve(false));
  });
}

let tab: Promise<string | null> | null = null;

/** This tab's id (the same one across its reloads), or null where the browser has no Web Locks or sessionStorage (then the one-tab queue). */
export function thisTab(): Promise<string | null> {
  tab ??= (async () => {
    try {
      if (!('locks' in navigator)) return null;
      let id = sessionStorage.getItem(TAB_QUEUE_DEFAULTS.sessionKey);
      if (!id || !(await holdLock(id))) {
        do id = newTabId();
        while (!(await holdLock(id)));
        sessionStorage.setItem(TAB_QUEUE_DEFAULTS.sessionKey, id);
      }
      return id;
    } catch {
      return null;
    }
  })();
  return tab;
}

function storageKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** The tabs other than `self` that left a queue of `workshop` and are no longer open. */
export async function orphanTabs(workshop: string, self: string): Promise<string[]> {
  try {
    const queued = queuedTabs(workshop, storageKeys()).filter((t) => t !== self);
    if (queued.length === 0) return [];
    const held = new Set(((await navigator.locks.query()).held ?? []).map((l) => l.name));
    return queued.filter((t) => !held.has(TAB_QUEUE_DEFAULTS.lockPrefix + t));
  } catch {
    return [];
  }
}
