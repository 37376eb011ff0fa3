import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import type { VerifiedIdentity } from './protocol';

// The provider's queue of local updates the server has not acknowledged, and the copy of it kept on the
// device (docs/protocol.md P17). Pure and isomorphic: the storage is injected (the browser passes
// localStorage, Node tools and tests a Map), so a reload or a crashed tab finds the same queue again.
//
// Two tabs of one workshop share the storage, so each keeps its own queue (`tab`): under
// `clustercanvas:pending:<workshop>:<tab>` its entries, and under `clustercanvas:pending:<workshop>` what
// every tab of the workshop shares, the epoch and the identity. One tab's acks then never drop another's
// unsent edits. A closed tab's queue (an orphan: its tab is gone, which the page tells, see
// app/_components/offline/tabQueue.ts) is taken over by the next tab that starts (`adopt`), as is the
// queue a page of the one-tab format left under the shared key.

/** What the queue needs from a storage: the three methods of the Web Storage API. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One place an update changed: a root of the document and the key under it (an element id, a vote's key…). */
export type Touched = readonly [root: string, key: string];

export interface PendingEntry {
  update: Uint8Array;
  /** Where it changed the document, so a refusal can be told to the person by element (P17). */
  touched: Touched[];
  /** How many local changes it carries (entries kept offline are merged, see PENDING_DEFAULTS). */
  count: number;
}

/** What the device keeps for one workshop beside the document itself. */
export interface KeptCopy {
  /** The server document's epoch (P17) this copy belongs to; null before the first welcome. */
  epoch: string | null;
  /** Who the server said this browser is, so editing stays on offline with the same identity. */
  identity: VerifiedIdentity | null;
  entries: PendingEntry[];
}

export const PENDING_DEFAULTS = {
  /** Above this many unacknowledged entries while offline, they are merged into one (bounds the stored size). */
  mergeAbove: 100,
  /** Prefix of the storage key; the workshop id follows, then `:` and the tab's id for a tab's own queue. */
  storagePrefix: 'clustercanvas:pending:',
} as const;

export interface PendingStoreOptions {
  /** This tab's id: its queue is its own (docs/architecture.md "Wi-Fi that drops"). Without one, the one-tab key. */
  tab?: string;
  /** Tabs that are gone whose queues this one takes over on its first load (entries of another epoch are dropped). */
  adopt?: readonly string[];
}

/** The storage key of a workshop's shared part, or of one tab's queue. */
export const pendingKey = (workshop: string, tab?: string) => PENDING_DEFAULTS.storagePrefix + workshop + (tab ? `:${tab}` : '');

/** The tab ids that have a queue of `workshop` among these storage keys. */
export function queuedTabs(workshop: string, keys: Iterable<string>): string[] {
  const prefix = `${pendingKey(workshop)}:`;
  return [...keys].filter((k) => k.startsWith(prefix) && k.length > prefix.length).map((k) => k.slice(prefix.length));
}

const FORMAT = 1;

interface StoredShape {
  v: number;
  epoch: string | null;
  identity: VerifiedIdentity | null;
  entries: Array<{ u: string; t: Array<[string, string]>; n: number }>;
}

/** The device's copy of one workshop's queue, epoch and identity. Never throws: a full or disabled storage only forgets. */
export class PendingStore {
  private readonly key: string;
  private readonly sharedKey: string;
  private readonly tabbed: boolean;
  private adopt: string[];
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly workshop: string,
    options: PendingStoreOptions = {},
  ) {
    this.sharedKey = pendingKey(workshop);
    this.key = pendingKey(workshop, options.tab);
    this.tabbed = Boolean(options.tab);
    this.adopt = (options.adopt ?? []).filter((t) => t && t !== options.tab);
  }

  load(): KeptCopy {
    const own = this.read(this.key);
    if (!this.tabbed) return own;
    const shared = this.read(this.sharedKey);
    const epoch = shared.epoch ?? own.epoch;
    const identity = shared.identity ?? own.identity;
    // Taken over once: the one-tab format's queue under the shared key, and the queues of tabs that are gone.
    const taken = [this.sharedKey, ...this.adopt.map((tab) => pendingKey(this.workshop, tab))];
    this.adopt = [];
    const adopted = taken.flatMap((key) => {
      const orphan = key === this.sharedKey ? shared : this.read(key);
      // Of another history of the workshop (P17): never to be sent.
      return orphan.epoch === null || epoch === null || orphan.epoch === epoch ? orphan.entries : [];
    });
    const copy: KeptCopy = { epoch, identity, entries: [...adopted, ...own.entries] };
    if (adopted.length > 0 || taken.length > 1) {
      // Into this tab's queue first, then off the orphans' keys: a crash in between only sends one twice
      // (Yjs updates are idempotent), never loses one.
      this.save(copy);
      for (const key of taken.slice(1)) this.remove(key);
    }
    return copy;
  }

  private read(key: string): KeptCopy {
    const empty: KeptCopy = { epoch: null, identity: null, entries: [] };
    let raw: string | null;
    try {
      raw = this.storage.getItem(key);
    } catch {
      return empty;
    }
    if (!raw) return empty;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredShape>;
      if (parsed.v !== FORMAT || !Array.isArray(parsed.entries)) return empty;
      const entries: PendingEntry[] = [];
      for (const e of parsed.entries) {
        if (!e || typeof e.u !== 'string') continue;
        const touched = Array.isArray(e.t) ? e.t.filter((t): t is [string, string] => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'string') : [];
        entries.push({ update: fromBase64(e.u), touched, count: Number.isInteger(e.n) && e.n > 0 ? e.n : 1 });
      }
      const identity = parsed.identity && typeof parsed.identity === 'object' && typeof parsed.identity.id === 'string' ? parsed.identity : null;
      return { epoch: typeof parsed.epoch === 'string' ? parsed.epoch : null, identity, entries };
    } catch {
      return empty;
    }
  }

  save(copy: KeptCopy): void {
    const shape: StoredShape = {
      v: FORMAT,
      epoch: copy.epoch,
      identity: copy.identity,
      entries: copy.entries.map((e) => ({ u: toBase64(e.update), t: e.touched.map(([r, k]) => [r, k]), n: e.count })),
    };
    try {
      this.storage.setItem(this.key, JSON.stringify(shape));
      // What every tab of the workshop shares: the epoch and identity, with no entries (those are each tab's).
      if (this.tabbed) this.storage.setItem(this.sharedKey, JSON.stringify({ ...shape, entries: [] }));
    } catch {
      // Storage full or disabled: the document's own copy (y-indexeddb in the browser) still holds the edits.
    }
  }

  /** Forgets this tab's queue and the workshop's shared epoch and identity (the page drops its copy, P17); other tabs' queues stay theirs. */
  clear(): void {
    this.remove(this.key);
    if (this.tabbed) this.remove(this.sharedKey);
  }

  private remove(key: string): void {
    try {
      this.storage.removeItem(key);
    } catch {
      /* see save() */
    }
  }
}

/** A Map-backed storage for Node tools and tests (what a browser's localStorage is to the page). */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Every entry in one: what a long offline session keeps, so the stored queue stays small. */
export function mergeEntries(entries: readonly PendingEntry[]): PendingEntry {
  const seen = new Set<string>();
  const touched: Touched[] = [];
  for (const e of entries) {
    for (const t of e.touched) {
      const k = `${t[0]}\u0000${t[1]}`;
      if (!seen.has(k)) {
        seen.add(k);
        touched.push(t);
      }
    }
  }
  return { update: Y.mergeUpdates(entries.map((e) => e.update)), touched, count: entries.reduce((n, e) => n + e.count, 0) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types as AbstractType<any>
type AnyType = Y.AbstractType<any>;

/** Where one local transaction changed the document: each changed type climbed to its root and the key under it. */
export function touchedBy(doc: Y.Doc, transaction: Y.Transaction): Touched[] {
  const roots = new Map<AnyType, string>();
  for (const [name, type] of doc.share) roots.set(type, name);
  const out = new Map<string, Touched>();
  const add = (root: string, key: string) => out.set(`${root}\u0000${key}`, [root, key]);
  for (const [type, keys] of transaction.changed) {
    let t: AnyType = type;
    let under: string | null = null;
    while (t._item) {
      under = t._item.parentSub;
      t = t._item.parent as AnyType;
    }
    const root = roots.get(t);
    if (root === undefined) continue;
    if (under !== null) add(root, under);
    else for (const key of keys) if (key !== null) add(root, key);
  }
  return [...out.values()];
}
