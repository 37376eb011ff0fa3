import * as decoding from 'lib0/decoding';
import { readAny, readString, skipAny, stringAt } from './fast-decoding';

// A lean reader of the Yjs update format v1 (docs/protocol.md P3, P14): the structs and the delete set of an
// update, read straight from the bytes into typed arrays. Y.decodeUpdate builds a Yjs Item, its content and,
// for a nested type, a whole Y.Map or Y.Array per struct; the server's check of every update needs none of
// that, and on a 2 MiB update of 100,000 structs the allocations alone cost more than the check. Names,
// keys and values stay in the bytes (their offsets are kept) until someone asks for them. It reads exactly what Yjs reads (Item.js readItemContent, encoding.js readClientsStructRefs,
// DeleteSet.js readDeleteSet) and throws where Yjs would, so an update it accepts is one Yjs can decode.

/** What an item carries, as far as the check needs to know. */
export type ItemContent = 'value' | 'type' | 'deleted' | 'other';

export const STRUCT_ITEM = 0;
export const STRUCT_GC = 1;
export const STRUCT_SKIP = 2;
export const HAS_ORIGIN = 1;
export const HAS_RIGHT_ORIGIN = 2;
/** No origin, parent or key. */
export const NONE = -1;

const CONTENT_KINDS: readonly ItemContent[] = ['other', 'deleted', 'value', 'type'];
const CONTENT_OTHER = 0;
const CONTENT_DELETED = 1;
const CONTENT_VALUE = 2;
const CONTENT_TYPE = 3;

/** The structs of an update, column by column: struct i is (client[i], clock[i]) … */
export class UpdateStructs {
  count = 0;
  kind: Uint8Array;
  /** HAS_ORIGIN and HAS_RIGHT_ORIGIN bits. */
  flags: Uint8Array;
  client: Uint32Array;
  clock: Uint32Array;
  length: Uint32Array;
  originClient: Uint32Array;
  originClock: Uint32Array;
  rightClient: Uint32Array;
  rightClock: Uint32Array;
  /** 0 none (placed by a neighbour), 1 a root type's name, 2 the item holding its nested type. */
  parentKind: Uint8Array;
  /** Where the parent's name (a root type) starts in the update's bytes, and its length in bytes. */
  nameAt: Int32Array;
  nameLen: Int32Array;
  parentClient: Uint32Array;
  parentClock: Uint32Array;
  /** Where the map key starts in the update's bytes (NONE: no key), and its length in bytes. */
  keyAt: Int32Array;
  keyLen: Int32Array;
  content: Uint8Array;
  /** The content ref (Item.js contentRefs: 2 JSON, 8 Any, …), to read a value again. */
  ref: Uint8Array;
  /** Where the content's bytes start, to read a value later. */
  valueAt: Uint32Array;

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.client = new Uint32Array(capacity);
    this.clock = new Uint32Array(capacity);
    this.length = new Uint32Array(capacity);
    this.originClient = new Uint32Array(capacity);
    this.originClock = new Uint32Array(capacity);
    this.rightClient = new Uint32Array(capacity);
    this.rightClock = new Uint32Array(capacity);
    this.parentKind = new Uint8Array(capacity);
    this.nameAt = new Int32Array(capacity);
    this.nameLen = new Int32Array(capacity);
    this.parentClient = new Uint32Array(capacity);
    this.parentClock = new Uint32Array(capacity);
    this.keyAt = new Int32Array(capacity);
    this.keyLen = new Int32Array(capacity);
    this.content = new Uint8Array(capacity);
    this.ref = new Uint8Array(capacity);
    this.valueAt = new Uint32Array(capacity);
  }

  contentOf(i: number): ItemContent {
    return CONTENT_KINDS[this.content[i]];
  }

  /** Room for `more` structs: columns grow to fit (at least doubling), so reading stays linear. */
  reserve(more: number): void {
    if (this.count + more <= this.kind.length) return;
    const size = Math.max(this.kind.length * 2, this.count + more);
    const wider = <T extends Uint8Array | Int32Array | Uint32Array | Uint32Array>(column: T): T => {
      const next = new (column.constructor as new (n: number) => T)(size);
      next.set(column);
      return next;
    };
    this.kind = wider(this.kind);
    this.flags = wider(this.flags);
    this.client = wider(this.client);
    this.clock = wider(this.clock);
    this.length = wider(this.length);
    this.originClient = wider(this.originClient);
    this.originClock = wider(this.originClock);
    this.rightClient = wider(this.rightClient);
    this.rightClock = wider(this.rightClock);
    this.parentKind = wider(this.parentKind);
    this.nameAt = wider(this.nameAt);
    this.nameLen = wider(this.nameLen);
    this.parentClient = wider(this.parentClient);
    this.parentClock = wider(this.parentClock);
    this.keyAt = wider(this.keyAt);
    this.keyLen = wider(this.keyLen);
    this.content = wider(this.content);
    this.ref = wider(this.ref);
    this.valueAt = wider(this.valueAt);
  }
}

export interface ReadUpdate {
  bytes: Uint8Array;
  /** One decoder over `bytes`, moved to wherever a value is read again (valueOf). */
  values: decoding.Decoder;
  structs: UpdateStructs;
  /** Per client, the index range [from, to) of its structs, in clock order. */
  clients: Map<number, { from: number; to: number }>;
  /** Per client, the deleted ranges as [clock, length]. */
  deletes: Map<number, Array<[number, number]>>;
}

const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const TYPE_XML_ELEMENT = 3;
const TYPE_XML_HOOK = 5;

/** Moves past a varString, returning where its bytes start (its length is set in `len[i]`). */
function skipString(d: decoding.Decoder, len: Int32Array, i: number): number {
  const n = decoding.readVarUint(d);
  const start = d.pos;
  if (start + n > d.arr.length) throw new Error('Unexpected end of array');
  d.pos = start + n;
  len[i] = n;
  // Yjs decodes every key and root name as strict UTF-8 and throws on bad bytes: an update that passed the
  // check but that Yjs cannot apply must be refused here, before it is stored (docs/protocol.md P5).
  for (let k = start; k < start + n; k++) {
    if (d.arr[k] >= 0x80) {
      STRICT_UTF8.decode(d.arr.subarray(start, start + n));
      break;
    }
  }
  return start;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A string of the update, from where the reader found it. */
export const textAt = (read: ReadUpdate, start: number, len: number) => stringAt(read.bytes, start, len);

/**
 * A client id or clock: Yjs makes client ids of 32 bits, and no client id reaches 2^32 operations, so
 * anything larger is refused as malformed rather than carried in wider columns.
 */
function readU32(d: decoding.Decoder): number {
  const n = decoding.readVarUint(d);
  if (n > 0xffffffff) throw new Error(`${n} is larger than a Yjs client id or clock can be`);
  return n;
}

/** Reads `update`; throws on anything Yjs could not decode (truncated, an unknown content or type ref). */
export function readUpdate(update: Uint8Array): ReadUpdate {
  const d = decoding.createDecoder(update);
  // Columns are sized from each block's count, which a struct of at least two bytes bounds by the bytes
  // left: a small update (most are) costs little, and a lying count cannot make it allocate more.
  const structs = new UpdateStructs(16);
  const clients = new Map<number, { from: number; to: number }>();
  const blocks = decoding.readVarUint(d);
  for (let c = 0; c < blocks; c++) {
    const count = decoding.readVarUint(d);
    const client = readU32(d);
    let clock = readU32(d);
    // A second block for the same client replaces the first, as in Yjs's readClientsStructRefs.
    const from = structs.count;
    structs.reserve(Math.min(count, (update.length - d.pos) >> 1));
    for (let k = 0; k < count; k++) {
      structs.reserve(1);
      const i = structs.count++;
      structs.client[i] = client;
      structs.clock[i] = clock;
      const info = decoding.readUint8(d);
      const ref = info & BITS5;
      if (ref === 0 || ref === 10) {
        structs.kind[i] = ref === 0 ? STRUCT_GC : STRUCT_SKIP;
        structs.length[i] = readU32(d);
        clock += structs.length[i];
        if (clock > 0xffffffff) throw new Error('a struct ends beyond the clocks a client can have');
        continue;
      }
      structs.kind[i] = STRUCT_ITEM;
      structs.flags[i] = 0;
      structs.parentKind[i] = 0;
      structs.keyAt[i] = NONE;
      if ((info & BIT8) === BIT8) {
        structs.flags[i] |= HAS_ORIGIN;
        structs.originClient[i] = readU32(d);
        structs.originClock[i] = readU32(d);
      }
      if ((info & BIT7) === BIT7) {
        structs.flags[i] |= HAS_RIGHT_ORIGIN;
        structs.rightClient[i] = readU32(d);
        structs.rightClock[i] = readU32(d);
      }
      if ((info & (BIT7 | BIT8)) === 0) {
        if (decoding.readVarUint(d) === 1) {
          structs.parentKind[i] = 1;
          structs.nameAt[i] = skipString(d, structs.nameLen, i);
        } else {
          structs.parentKind[i] = 2;
          structs.parentClient[i] = readU32(d);
          structs.parentClock[i] = readU32(d);
        }
        if ((info & BIT6) === BIT6) structs.keyAt[i] = skipString(d, structs.keyLen, i);
      }
      structs.valueAt[i] = d.pos;
      structs.ref[i] = ref;
      readContent(d, ref, structs, i);
      clock += structs.length[i];
      if (clock > 0xffffffff) throw new Error('a struct ends beyond the clocks a client can have');
    }
    clients.set(client, { from, to: structs.count });
  }
  const deletes = new Map<number, Array<[number, number]>>();
  const deleting = decoding.readVarUint(d);
  for (let c = 0; c < deleting; c++) {
    const client = readU32(d);
    const count = decoding.readVarUint(d);
    let ranges = deletes.get(client);
    if (count > 0 && !ranges) deletes.set(client, (ranges = []));
    for (let k = 0; k < count; k++) ranges!.push([decoding.readVarUint(d), decoding.readVarUint(d)]);
  }
  return { bytes: update, values: decoding.createDecoder(update), structs, clients, deletes };
}

/** Reads one item's content (Item.js contentRefs 1–9): its length and kind; values are skipped over. */
function readContent(d: decoding.Decoder, ref: number, s: UpdateStructs, i: number): void {
  s.length[i] = 1;
  s.content[i] = CONTENT_OTHER;
  switch (ref) {
    case 1: // ContentDeleted
      s.length[i] = decoding.readVarUint(d);
      s.content[i] = CONTENT_DELETED;
      return;
    case 2: {
      // ContentJSON: strings of JSON, 'undefined' for undefined
      const len = decoding.readVarUint(d);
      for (let k = 0; k < len; k++) {
        const text = readString(d);
        if (text !== 'undefined') JSON.parse(text);
      }
      s.length[i] = len;
      if (len === 1) s.content[i] = CONTENT_VALUE;
      return;
    }
    case 3: // ContentBinary
      decoding.readVarUint8Array(d);
      return;
    case 4: // ContentString: its length in UTF-16 units, as Yjs counts it
      s.length[i] = readString(d).length;
      return;
    case 5: // ContentEmbed
      JSON.parse(readString(d));
      return;
    case 6: // ContentFormat
      readString(d);
      JSON.parse(readString(d));
      return;
    case 7: {
      // ContentType
      const typeRef = decoding.readVarUint(d);
      if (typeRef > 6) throw new Error(`unknown type ref ${typeRef}`);
      if (typeRef === TYPE_XML_ELEMENT || typeRef === TYPE_XML_HOOK) readString(d);
      s.content[i] = CONTENT_TYPE;
      return;
    }
    case 8: {
      // ContentAny
      const len = decoding.readVarUint(d);
      for (let k = 0; k < len; k++) skipAny(d);
      s.length[i] = len;
      if (len === 1) s.content[i] = CONTENT_VALUE;
      return;
    }
    case 9: // ContentDoc: guid and options
      readString(d);
      skipAny(d);
      return;
    default:
      throw new Error(`unknown content ref ${ref}`);
  }
}

/** The value of an item with `value` content (one JSON or `any` value), read again from its bytes. */
export function valueOf(read: ReadUpdate, i: number): unknown {
  const d = read.values;
  d.pos = read.structs.valueAt[i];
  decoding.readVarUint(d); // the count: 1
  if (read.structs.ref[i] !== 2) return readAny(d);
  const text = readString(d);
  return text === 'undefined' ? undefined : JSON.parse(text);
}
