import * as Y from 'yjs';
import { DocChanges, LIST, extend, type YType } from './doc-changes';
import { HAS_ORIGIN, HAS_RIGHT_ORIGIN, NONE, STRUCT_ITEM, readUpdate, textAt } from './update-reader';

export { DocChanges, MAX_PATH, type ChangeView, type DocChange } from './doc-changes';

// What an update would change in a document, found without applying it (docs/protocol.md P14). The server
// runs this on every write, before anything is stored, and the permissions module (lib/access) decides on
// the result; a refused update therefore never touches the replica, not even in a scratch transaction.
//
// A decoded update holds new structs per client (items, GC'd ranges, skips) and a delete set. An item names
// where it goes in one of three ways: a root type's name, the item holding the nested type it belongs to,
// or nothing, when it shares the parent and key of its left or right neighbour (its origins) — that is how
// overwriting a map key is encoded. Yjs resolves those in the same order (Item.getMissing), and so does
// this: through the update itself, then the replica.
//
// Anything that cannot be resolved now (a clock the replica lacks, a gap, a neighbour or parent that is in
// neither) makes the whole update `incomplete`: Yjs would keep it pending and apply it later, unchecked.
//
// Cost: one pass over the update's structs with no object per struct (lib/sync/update-reader.ts keeps them
// in typed arrays), every item placed once through an explicit stack, plus one visit of each replica struct
// a delete range covers: linear in the update and in what it deletes. Paths and values are built only for
// the changes someone asks about.

export type UpdateAnalysis =
  | { ok: true; changes: DocChanges; writers: number[] }
  | { ok: false; code: 'incomplete'; reason: string };


const UNRESOLVED = -1;
const GC = -2;
/** On the stack, waiting for its neighbour: meeting it again means the update's origins form a cycle. */
const PLACING = -3;
const REPLICA_KEY = -2;

class Incomplete extends Error {}

/** A parent type the update writes into: one of the replica's, a root by name, or one the update creates. */
interface Parent {
  replica: YType | null;
  /** The incoming item holding this (new) type, or NONE. */
  holder: number;
  /** Path from the root, filled in when first asked (an incoming holder is placed then). */
  path: readonly string[] | null;
  /** Set when the holder itself turned out not to be placed anywhere (a GC'd neighbour). */
  gc: boolean;
}

/** Throws when `update` cannot be decoded (lib/sync/update-reader.ts); callers treat that as malformed. */
export function analyseUpdate(doc: Y.Doc, update: Uint8Array): UpdateAnalysis {
  const read = readUpdate(update);
  const { structs: s, clients } = read;
  const store = doc.store;

  // The clock each client reaches after the update, and its new items; any gap is unresolvable.
  const reach = new Map<number, number>();
  const fresh: number[] = [];
  const writers: number[] = [];
  for (const [client, { from, to }] of clients) {
    const known = Y.getState(store, client);
    let next = known;
    let wrote = false;
    for (let i = from; i < to; i++) {
      const end = s.clock[i] + s.length[i];
      if (end <= known) continue;
      if (s.clock[i] > next || s.kind[i] === 2) {
        return incomplete(`it skips clocks ${next}–${s.clock[i] + (s.kind[i] === 2 ? s.length[i] : 0)} of client ${client}, which the server does not have`);
      }
      next = Math.max(next, end);
      wrote = true;
      if (s.kind[i] === STRUCT_ITEM) fresh.push(i);
    }
    reach.set(client, next);
    if (wrote) writers.push(client);
  }

  // ---- parents ----------------------------------------------------------------------------------------
  const parents: Parent[] = [];
  const byType = new Map<YType, number>();
  const byRoot = new Map<string, number>();
  const byHolder = new Int32Array(s.count).fill(NONE);
  // Root types by object. A root the replica holds only as a placeholder (loaded, never asked for by
  // name) becomes a new Y.Map object the first time someone calls getMap on it, and paths are worked out
  // lazily, possibly after that: an unknown root object means the table is rebuilt from doc.share.
  const rootNames = new Map<YType, string>();
  const rootName = (type: YType): string => {
    let name = rootNames.get(type);
    if (name === undefined) {
      for (const [n, t] of doc.share) rootNames.set(t, n);
      name = rootNames.get(type) ?? '?';
    }
    return name;
  };
  const typePaths = new Map<YType, readonly string[]>();

  const pathOfType = (type: YType): readonly string[] => {
    const known = typePaths.get(type);
    if (known) return known;
    const holder = type._item;
    let path: readonly string[];
    if (holder === null) path = [rootName(type)];
    else path = extend(pathOfType(holder.parent as YType), holder.parentSub ?? LIST);
    typePaths.set(type, path);
    return path;
  };
  const parentOfType = (type: YType): number => {
    let p = byType.get(type);
    if (p === undefined) {
      p = parents.push({ replica: type, holder: NONE, path: null, gc: false }) - 1;
      byType.set(type, p);
    }
    return p;
  };
  const parentOfRoot = (name: string): number => {
    let p = byRoot.get(name);
    if (p === undefined) {
      p = parents.push({ replica: doc.share.get(name) ?? null, holder: NONE, path: [name], gc: false }) - 1;
      byRoot.set(name, p);
    }
    return p;
  };
  const parentOfHolder = (holder: number): number => {
    let p = byHolder[holder];
    if (p === NONE) p = byHolder[holder] = parents.push({ replica: null, holder, path: null, gc: false }) - 1;
    return p;
  };

  // An item's map key: NONE (a list position); i ≥ 0, the key bytes of incoming item i (its own, or the
  // neighbour's it shares); or REPLICA_KEY - r, the key of a replica neighbour, replicaKeys[r].
  const replicaKeys: string[] = [];
  const replicaKey = (key: string | null): number => (key === null ? NONE : REPLICA_KEY - (replicaKeys.push(key) - 1));
  const keyText = (ref: number): string =>
    ref === NONE ? LIST : ref >= 0 ? textAt(read, s.keyAt[ref], s.keyLen[ref]) : replicaKeys[REPLICA_KEY - ref];

  // Root names come in runs of the same bytes ("votes", "votes", …): compare with the last one read.
  let lastRootAt = -1;
  let lastRootLen = -1;
  let lastRoot = -1;
  const rootOf = (i: number): number => {
    const at = s.nameAt[i];
    const len = s.nameLen[i];
    if (lastRoot >= 0 && len === lastRootLen && sameBytes(read.bytes, at, lastRootAt, len)) return lastRoot;
    lastRootAt = at;
    lastRootLen = len;
    return (lastRoot = parentOfRoot(textAt(read, at, len)));
  };

  // ---- placing items ------------------------------------------------------------------------------------
  const placed = new Int32Array(s.count).fill(UNRESOLVED);
  const keyOf = new Int32Array(s.count).fill(NONE);

  // The replica's clock per client, asked for again and again while placing items: one Map, and the last
  // client asked for (an update usually has one) without even that.
  const knownStates = new Map<number, number>();
  let lastClient = NaN;
  let lastKnown = 0;
  const isReplicaClock = (client: number, clock: number) => {
    if (client !== lastClient) {
      let known = knownStates.get(client);
      if (known === undefined) knownStates.set(client, (known = Y.getState(store, client)));
      lastClient = client;
      lastKnown = known;
    }
    return clock < lastKnown;
  };
  /**
   * The update's struct holding (client, clock), or throws: the replica lacks it and so does the update.
   * `near` is where to look first (an item's left neighbour is usually the struct just before it).
   */
  const incomingAt = (client: number, clock: number, near: number): number => {
    if (near >= 0 && near < s.count && s.client[near] === client && clock >= s.clock[near] && clock < s.clock[near] + s.length[near]) return near;
    const range = clients.get(client);
    if (range && clock < (reach.get(client) ?? 0)) {
      // Most items are one clock long, so the index usually follows from the clock: try that first.
      const guess = range.from + (clock - s.clock[range.from]);
      if (guess >= range.from && guess < range.to && clock >= s.clock[guess] && clock < s.clock[guess] + s.length[guess]) return guess;
      let lo = range.from;
      let hi = range.to - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (clock < s.clock[mid]) hi = mid - 1;
        else if (clock >= s.clock[mid] + s.length[mid]) lo = mid + 1;
        else return mid;
      }
    }
    throw new Incomplete(`it refers to ${client}:${clock}, which the server does not have`);
  };
  const replicaAt = (client: number, clock: number) => Y.getItem(store, Y.createID(client, clock)) as Y.Item | Y.GC;

  /** Places item `start` (and whatever it depends on), iteratively, on one reused stack. */
  const stack = new Int32Array(Math.max(1, s.count));
  const place = (start: number) => {
    if (placed[start] !== UNRESOLVED) return;
    let top = 0;
    stack[top++] = start;
    placed[start] = PLACING;
    while (top > 0) {
      const i = stack[top - 1];
      if (s.parentKind[i] === 1) {
        placed[i] = rootOf(i);
        keyOf[i] = s.keyAt[i] === NONE ? NONE : i;
      } else if (s.parentKind[i] === 2) {
        const client = s.parentClient[i];
        const clock = s.parentClock[i];
        if (isReplicaClock(client, clock)) {
          const holder = replicaAt(client, clock);
          placed[i] = holder instanceof Y.Item && holder.content instanceof Y.ContentType ? parentOfType(holder.content.type as YType) : GC;
        } else {
          const h = incomingAt(client, clock, -1);
          placed[i] = s.kind[h] === STRUCT_ITEM && s.content[h] === 3 ? parentOfHolder(h) : GC;
        }
        keyOf[i] = s.keyAt[i] === NONE ? NONE : i;
      } else {
        // Placed by a neighbour: the left one (origin) if any, else the right one.
        let left: Y.Item | Y.GC | number | null = null;
        let right: Y.Item | Y.GC | number | null = null;
        if ((s.flags[i] & HAS_ORIGIN) !== 0) {
          const c = s.originClient[i];
          const k = s.originClock[i];
          left = isReplicaClock(c, k) ? replicaAt(c, k) : incomingAt(c, k, i - 1);
        }
        if ((s.flags[i] & HAS_RIGHT_ORIGIN) !== 0) {
          const c = s.rightClient[i];
          const k = s.rightClock[i];
          right = isReplicaClock(c, k) ? replicaAt(c, k) : incomingAt(c, k, i + 1);
        }
        const neighbour = left ?? right;
        if (neighbour === null || isCollected(left, s.kind) || isCollected(right, s.kind)) {
          placed[i] = GC;
        } else if (neighbour instanceof Y.Item) {
          placed[i] = neighbour.parent ? parentOfType(neighbour.parent as YType) : GC;
          keyOf[i] = replicaKey(neighbour.parentSub);
        } else if (typeof neighbour === 'number') {
          if (placed[neighbour] === PLACING) throw new Error('the update’s items name each other as neighbours in a cycle');
          if (placed[neighbour] === UNRESOLVED) {
            placed[neighbour] = PLACING;
            stack[top++] = neighbour;
            continue;
          }
          placed[i] = placed[neighbour];
          keyOf[i] = keyOf[neighbour];
        }
      }
      top--;
    }
  };

  /** The path of a parent from its root; a new type's path is its holder's place plus the holder's key. */
  const pathOfParent = (p: number): readonly string[] | null => {
    const parent = parents[p];
    if (parent.path) return parent.path;
    if (parent.gc) return null;
    if (parent.replica) return (parent.path = pathOfType(parent.replica));
    // Iteratively up the chain of new types, then back down.
    const chain: number[] = [];
    let q = p;
    while (!parents[q].path && !parents[q].gc && !parents[q].replica) {
      chain.push(q);
      const holder = parents[q].holder;
      place(holder);
      const above = placed[holder];
      if (above === GC) {
        parents[q].gc = true;
        break;
      }
      q = above;
    }
    for (let c = chain.length - 1; c >= 0; c--) {
      const here = parents[chain[c]];
      if (here.gc) continue;
      const holder = here.holder;
      const up = parents[placed[holder]];
      const upPath = up.path ?? (up.replica ? (up.path = pathOfType(up.replica)) : null);
      if (!upPath || up.gc) {
        here.gc = true;
        continue;
      }
      here.path = extend(upPath, keyText(keyOf[holder]));
    }
    return parent.gc ? null : parent.path;
  };

  // ---- changes ------------------------------------------------------------------------------------------
  const sets: number[] = [];
  const deleted: Y.Item[] = [];
  try {
    for (const i of fresh) {
      place(i);
      if (placed[i] === GC) continue;
      if (pathOfParent(placed[i]) === null) continue;
      sets.push(i);
    }
    for (const [client, ranges] of read.deletes) {
      const known = Y.getState(store, client);
      const end = reach.get(client) ?? known;
      const replicaStructs = store.clients.get(client);
      for (const [clock, len] of ranges) {
        if (clock + len > end) return incomplete(`it deletes clocks ${Math.max(clock, end)}–${clock + len} of client ${client}, which the server does not have`);
        // Deleting its own new items is no change to anyone else's; the replica's part is what counts.
        if (clock >= known || !replicaStructs) continue;
        const stop = Math.min(clock + len, known);
        for (let i = Y.findIndexSS(replicaStructs, clock); i < replicaStructs.length && replicaStructs[i].id.clock < stop; i++) {
          const struct = replicaStructs[i];
          if (struct instanceof Y.Item && !struct.deleted) deleted.push(struct);
        }
      }
    }
  } catch (err) {
    if (err instanceof Incomplete) return incomplete(err.message);
    throw err;
  }

  const changes = new DocChanges(read, sets, deleted, {
    parentPath: (i) => pathOfParent(placed[i])!,
    key: (i) => keyText(keyOf[i]),
    current: (i) => {
      const parent = parents[placed[i]];
      return parent.replica && keyOf[i] !== NONE ? (parent.replica._map.get(keyText(keyOf[i])) ?? null) : null;
    },
    pathOfType,
  });
  return { ok: true, changes, writers };
}

function sameBytes(bytes: Uint8Array, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}

/** A neighbour that is a collected range (the replica's GC, or the update's gc or skip): the item is collected too. */
function isCollected(neighbour: Y.Item | Y.GC | number | null, kinds: Uint8Array): boolean {
  return neighbour instanceof Y.GC || (typeof neighbour === 'number' && kinds[neighbour] !== STRUCT_ITEM);
}

function incomplete(reason: string): UpdateAnalysis {
  return { ok: false, code: 'incomplete', reason };
}
