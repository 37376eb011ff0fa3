import * as decoding from 'lib0/decoding';

// lib0's string and `any` readers, reading the same bytes and throwing where lib0 throws (see
// lib/sync/update-reader.ts), plus stringAt for strings read from a known place in a buffer.

const utf8 = new TextDecoder('utf-8', { fatal: false });

export function readString(d: decoding.Decoder): string {
  const len = decoding.readVarUint(d);
  const start = d.pos;
  if (start + len > d.arr.length) throw new Error('Unexpected end of array');
  d.pos = start + len;
  return stringAt(d.arr, start, len);
}

/** The UTF-8 string in `bytes` from `start`, `len` bytes long. */
export function stringAt(bytes: Uint8Array, start: number, len: number): string {
  return len === 0 ? '' : utf8.decode(bytes.subarray(start, start + len));
}

/** lib0's readAny (its type tags 127…116), with readString for strings and keys. */
export function readAny(d: decoding.Decoder): unknown {
  const tag = decoding.readUint8(d);
  switch (tag) {
    case 127:
      return undefined;
    case 126:
      return null;
    case 125:
      return decoding.readVarInt(d);
    case 124:
      return decoding.readFloat32(d);
    case 123:
      return decoding.readFloat64(d);
    case 122:
      return decoding.readBigInt64(d);
    case 121:
      return false;
    case 120:
      return true;
    case 119:
      return readString(d);
    case 118: {
      const len = decoding.readVarUint(d);
      const obj: Record<string, unknown> = {};
      for (let i = 0; i < len; i++) {
        const key = readString(d);
        obj[key] = readAny(d);
      }
      return obj;
    }
    case 117: {
      const len = decoding.readVarUint(d);
      const arr: unknown[] = [];
      for (let i = 0; i < len; i++) arr.push(readAny(d));
      return arr;
    }
    case 116:
      return decoding.readVarUint8Array(d);
    default:
      throw new Error(`unknown value type ${tag}`);
  }
}

/** Moves past one lib0 `any` value without building it (an update's values are read only when asked for). */
export function skipAny(d: decoding.Decoder): void {
  const tag = decoding.readUint8(d);
  switch (tag) {
    case 127:
    case 126:
    case 121:
    case 120:
      return;
    case 125:
      decoding.readVarInt(d);
      return;
    case 124:
      skipBytes(d, 4);
      return;
    case 123:
    case 122:
      skipBytes(d, 8);
      return;
    case 119:
    case 116:
      skipBytes(d, decoding.readVarUint(d));
      return;
    case 118: {
      const len = decoding.readVarUint(d);
      for (let i = 0; i < len; i++) {
        skipBytes(d, decoding.readVarUint(d));
        skipAny(d);
      }
      return;
    }
    case 117: {
      const len = decoding.readVarUint(d);
      for (let i = 0; i < len; i++) skipAny(d);
      return;
    }
    default:
      throw new Error(`unknown value type ${tag}`);
  }
}

function skipBytes(d: decoding.Decoder, n: number): void {
  if (d.pos + n > d.arr.length) throw new Error('Unexpected end of array');
  d.pos += n;
}
