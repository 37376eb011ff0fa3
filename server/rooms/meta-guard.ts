import * as Y from 'yjs';
import { DOC_KEYS, FACILITATOR_META_KEYS } from '../../lib/map/ydoc';

// Finds which facilitator-only meta keys (docs/protocol.md P13) an update would change, without applying
// it: the replica must stay exactly the stored log, so a refused update may never touch it, not even in a
// scratch transaction on the replica itself.
//
// In a decoded update an item names its parent in one of three ways:
//   - a string: the name of a root type (here "meta"), with `parentSub` the map key;
//   - an ID: the item holding the nested type it belongs to (e.g. a Y.Map stored under meta.weights);
//   - nothing: the item has an origin or right origin and shares that neighbour's parent and key (this is
//     how overwriting an existing key is encoded: the new entry's origin is the old one).
// Those ids are looked up in the update itself first, then in the replica, until a root is reached.

type Where = { root: string; key: string | null } | null;

const RESTRICTED: ReadonlySet<string> = new Set(FACILITATOR_META_KEYS);
/** Nesting deeper than this is not something our clients write; it reads as "unknown" rather than looping. */
const MAX_HOPS = 64;

/**
 * The facilitator-only meta keys `update` would add, overwrite or delete in `doc`, sorted. Items the replica
 * already holds and deletions it already has are not changes. An item whose parent cannot be resolved
 * (its neighbour is in neither the update nor the replica; Yjs would keep it pending) is not counted.
 * Throws if the update cannot be decoded.
 */
export function restrictedMetaKeysTouched(doc: Y.Doc, update: Uint8Array): string[] {
  const { structs, ds } = Y.decodeUpdate(update);
  const incoming = new Map<number, Y.Item[]>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    const list = incoming.get(s.id.client) ?? [];
    list.push(s);
    incoming.set(s.id.client, list);
  }
  const meta = doc.share.get(DOC_KEYS.meta);

  const findIncoming = (id: Y.ID): Y.Item | undefined =>
    incoming.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);

  const findStored = (id: Y.ID): Y.Item | Y.GC | undefined => {
    if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
    return Y.getItem(doc.store, id) as Y.Item | Y.GC;
  };

  /** Where an item of the replica lives: its root type's name and the key under that root. */
  const whereStored = (item: Y.Item, hops: number): Where => {
    const parent = item.parent as Y.AbstractType<unknown>;
    if (parent._item === null) return { root: parent === meta ? DOC_KEYS.meta : '', key: item.parentSub };
    return hops > MAX_HOPS ? null : whereStored(parent._item, hops + 1);
  };

  /** Where an incoming item lives, following its parent or neighbours through the update and the replica. */
  const whereIncoming = (item: Y.Item, hops: number): Where => {
    if (hops > MAX_HOPS) return null;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { root: parent, key: item.parentSub };
    const next = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin);
    if (!next) return null;
    const found = findIncoming(next);
    // A nested parent (an ID) stands for the whole type: what matters is where that type sits.
    if (found) return whereIncoming(found, hops + 1);
    const stored = findStored(next);
    return stored instanceof Y.Item ? whereStored(stored, hops + 1) : null;
  };

  const touched = new Set<string>();
  const note = (where: Where) => {
    if (where && where.root === DOC_KEYS.meta && where.key !== null && RESTRICTED.has(where.key)) touched.add(where.key);
  };

  for (const [client, items] of incoming) {
    const known = Y.getState(doc.store, client);
    for (const item of items) if (item.id.clock + item.length > known) note(whereIncoming(item, 0));
  }

  for (const [client, ranges] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored) continue;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= known) continue;
      let i = Y.findIndexSS(stored, clock);
      for (; i < stored.length && stored[i].id.clock < clock + len; i++) {
        const s = stored[i];
        if (s instanceof Y.Item && !s.deleted) note(whereStored(s, 0));
      }
    }
  }
  return [...touched].sort();
}
