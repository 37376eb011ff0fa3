import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

// Replicas, clients and hand-made updates for the tests of the update check (docs/protocol.md P14).

/** A replica and a client that starts from the replica's state, as after a sync. */
export function pair(setup?: (doc: Y.Doc) => void) {
  const replica = new Y.Doc();
  if (setup) replica.transact(() => setup(replica));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(replica));
  return { replica, client };
}

/** What `change` on the client sends: its update since the shared state. */
export function updateOf(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

/** An update made only of a delete set: `ranges` of [client, clock, length]. */
export function deleteSetUpdate(ranges: Array<[number, number, number]>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  const byClient = new Map<number, Array<[number, number]>>();
  for (const [client, clock, len] of ranges) byClient.set(client, [...(byClient.get(client) ?? []), [clock, len]]);
  encoding.writeVarUint(e, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, list.length);
    for (const [clock, len] of list) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}
