import * as encoding from 'lib0/encoding';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { HAS_ORIGIN, HAS_RIGHT_ORIGIN, STRUCT_GC, STRUCT_ITEM, STRUCT_SKIP, readUpdate, textAt, valueOf } from '../../../lib/sync/update-reader';

// The lean update reader (lib/sync/update-reader.ts) must read what Yjs reads: compared here with
// Y.decodeUpdate on random documents, and on hand-made updates that Yjs could not apply.

/** A random document's update: map sets, overwrites, deletes, nested maps, list inserts and text. */
const documents = fc.array(
  fc.record({ op: fc.integer({ min: 0, max: 6 }), key: fc.constantFrom('a', 'b', 'c', '元'), value: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), at: fc.nat(20) }),
  { minLength: 1, maxLength: 40 },
);

function build(ops: Array<{ op: number; key: string; value: unknown; at: number }>): Uint8Array {
  const doc = new Y.Doc();
  const root = doc.getMap('root');
  const list = doc.getArray('list');
  const text = doc.getText('text');
  for (const { op, key, value, at } of ops) {
    doc.transact(() => {
      if (op === 0) root.set(key, value);
      else if (op === 1) root.delete(key);
      else if (op === 2) {
        const inner = new Y.Map();
        root.set(key, inner);
        inner.set('x', value);
      } else if (op === 3) list.insert(Math.min(at, list.length), [value]);
      else if (op === 4 && list.length > 0) list.delete(Math.min(at, list.length - 1), 1);
      else if (op === 5) text.insert(Math.min(at, text.length), String(value));
      else root.set(key, { nested: value, list: [value] });
    });
  }
  return Y.encodeStateAsUpdate(doc);
}

describe('readUpdate reads what Yjs reads', () => {
  it('gives the same structs, parents, keys, contents and delete set as Y.decodeUpdate', () => {
    fc.assert(
      fc.property(documents, (ops) => {
        const update = build(ops);
        const ours = readUpdate(update);
        const theirs = Y.decodeUpdate(update);
        const s = ours.structs;
        expect(s.count).toBe(theirs.structs.length);
        theirs.structs.forEach((struct, i) => {
          expect([s.client[i], s.clock[i], s.length[i]]).toEqual([struct.id.client, struct.id.clock, struct.length]);
          if (struct instanceof Y.GC) return expect(s.kind[i]).toBe(STRUCT_GC);
          if (struct instanceof Y.Skip) return expect(s.kind[i]).toBe(STRUCT_SKIP);
          const item = struct as Y.Item;
          expect(s.kind[i]).toBe(STRUCT_ITEM);
          expect((s.flags[i] & HAS_ORIGIN) !== 0 ? [s.originClient[i], s.originClock[i]] : null).toEqual(item.origin ? [item.origin.client, item.origin.clock] : null);
          expect((s.flags[i] & HAS_RIGHT_ORIGIN) !== 0 ? [s.rightClient[i], s.rightClock[i]] : null).toEqual(item.rightOrigin ? [item.rightOrigin.client, item.rightOrigin.clock] : null);
          if (typeof item.parent === 'string') expect(textAt(ours, s.nameAt[i], s.nameLen[i])).toBe(item.parent);
          else if (item.parent instanceof Y.ID) expect([s.parentClient[i], s.parentClock[i]]).toEqual([item.parent.client, item.parent.clock]);
          else expect(s.parentKind[i]).toBe(0);
          expect(s.keyAt[i] >= 0 ? textAt(ours, s.keyAt[i], s.keyLen[i]) : null).toBe(item.parentSub);
          if (s.contentOf(i) === 'value') expect(valueOf(ours, i)).toEqual(item.content.getContent()[0]);
          expect(s.contentOf(i) === 'type').toBe(item.content instanceof Y.ContentType);
        });
        const ds = [...theirs.ds.clients].map(([client, items]) => [client, items.map((d) => [d.clock, d.len])]);
        expect([...ours.deletes].map(([client, ranges]) => [client, ranges])).toEqual(ds);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses what Yjs could not decode: truncated bytes, unknown content, ids past 32 bits', () => {
    const update = build([{ op: 0, key: 'a', value: 'x', at: 0 }]);
    expect(() => readUpdate(update.subarray(0, update.length - 3))).toThrow();
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1); // one client block
    encoding.writeVarUint(e, 1); // one struct
    encoding.writeVarUint(e, 2 ** 40); // a client id no Yjs document has
    encoding.writeVarUint(e, 0);
    encoding.writeUint8(e, 0);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 0);
    expect(() => readUpdate(encoding.toUint8Array(e))).toThrow(/larger than a Yjs client id/);
    const unknown = encoding.createEncoder();
    encoding.writeVarUint(unknown, 1);
    encoding.writeVarUint(unknown, 1);
    encoding.writeVarUint(unknown, 7);
    encoding.writeVarUint(unknown, 0);
    encoding.writeUint8(unknown, 12); // content ref 12 does not exist
    encoding.writeVarUint(unknown, 1); // its parent: a root by name
    encoding.writeVarString(unknown, 'root');
    expect(() => readUpdate(encoding.toUint8Array(unknown))).toThrow(/unknown content ref/);
  });

  it('refuses items that name each other as neighbours in a cycle', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 99);
    encoding.writeVarUint(e, 0);
    for (const origin of [1, 0]) {
      encoding.writeUint8(e, 128 | 8); // origin given, ContentAny
      encoding.writeVarUint(e, 99);
      encoding.writeVarUint(e, origin);
      encoding.writeVarUint(e, 1);
      encoding.writeAny(e, 'x');
    }
    encoding.writeVarUint(e, 0);
    expect(() => analyseUpdate(new Y.Doc(), encoding.toUint8Array(e))).toThrow(/cycle/);
  });
});
