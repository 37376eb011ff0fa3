import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { decodeAwarenessUpdate, encodeAwarenessEntries } from '../../../lib/sync/awareness-codec';
import { toBytes } from '../../../lib/sync/bytes';
import {
  MalformedMessageError,
  decodeMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../../../lib/sync/messages';
import { colorForId, isPaletteColor, PRESENCE_PALETTE } from '../../../lib/sync/palette';

function docWithText(text: string) {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', text);
  return doc;
}

describe('sync message codecs', () => {
  it('frame sync messages byte for byte as y-protocols (y-websocket) does', () => {
    const doc = docWithText('hello');
    const viaLib = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      write(e);
      return encoding.toUint8Array(e);
    };
    expect(encodeSyncStep1(Y.encodeStateVector(doc))).toEqual(viaLib((e) => syncProtocol.writeSyncStep1(e, doc)));
    expect(encodeSyncStep2(Y.encodeStateAsUpdate(doc))).toEqual(viaLib((e) => syncProtocol.writeSyncStep2(e, doc)));
    const update = Y.encodeStateAsUpdate(doc);
    expect(encodeSyncUpdate(update)).toEqual(viaLib((e) => syncProtocol.writeUpdate(e, update)));
    doc.destroy();
  });

  it('decode what they encode', () => {
    const doc = docWithText('x');
    const sv = Y.encodeStateVector(doc);
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeMessage(encodeSyncStep1(sv))).toEqual({ type: 'sync', kind: 'step1', stateVector: sv });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ type: 'sync', kind: 'step2', update });
    expect(decodeMessage(encodeSyncUpdate(update))).toEqual({ type: 'sync', kind: 'update', update });
    expect(decodeMessage(encodeAwarenessMessage(new Uint8Array([0])))).toEqual({ type: 'awareness', update: new Uint8Array([0]) });
    doc.destroy();
  });

  it('refuse empty, truncated, unknown and over-long frames with a reason', () => {
    const full = encodeSyncUpdate(Y.encodeStateAsUpdate(docWithText('some text')));
    const cases: Array<[Uint8Array, RegExp]> = [
      [new Uint8Array(0), /empty/],
      [full.slice(0, full.length - 3), /truncated/],
      [new Uint8Array([5, 0]), /unknown message type 5/],
      [new Uint8Array([0, 7, 0]), /unknown sync message type 7/],
      [new Uint8Array([...full, 0, 0]), /2 unexpected bytes/],
    ];
    for (const [bytes, reason] of cases) {
      expect(() => decodeMessage(bytes)).toThrow(MalformedMessageError);
      expect(() => decodeMessage(bytes)).toThrow(reason);
    }
  });

  it('read and rewrite awareness updates entry by entry, compatible with y-protocols', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: 'claimed' }, cursor: { x: 1, y: 2 } });
    const entries = decodeAwarenessUpdate(encodeAwarenessUpdate(awareness, [doc.clientID]));
    expect(entries).toEqual([{ clientID: doc.clientID, clock: 1, state: { user: { name: 'claimed' }, cursor: { x: 1, y: 2 } } }]);

    const other = new Awareness(new Y.Doc());
    const stamped = encodeAwarenessEntries([{ ...entries[0], state: { ...entries[0].state, user: { name: 'verified' } } }]);
    // y-protocols applies what we re-encode.
    applyAwarenessUpdate(other, stamped, 'test');
    expect(other.getStates().get(doc.clientID)).toEqual({ user: { name: 'verified' }, cursor: { x: 1, y: 2 } });
    for (const a of [awareness, other]) {
      a.destroy();
      a.doc.destroy();
    }
    expect(() => decodeAwarenessUpdate(new Uint8Array([1, 5, 1, 3, 91, 49, 93]))).toThrow(/not an object/);
    expect(() => decodeAwarenessUpdate(new Uint8Array([2, 5]))).toThrow(MalformedMessageError);
  });

  it('normalise Buffer, ArrayBuffer and views to Uint8Array, and nothing else', () => {
    const buf = Buffer.from([1, 2, 3]);
    expect(toBytes(buf)).toEqual(new Uint8Array([1, 2, 3]));
    expect(toBytes(new Uint8Array([4, 5]).buffer)).toEqual(new Uint8Array([4, 5]));
    expect(toBytes(new DataView(new Uint8Array([6]).buffer))).toEqual(new Uint8Array([6]));
    expect(toBytes('abc')).toBeNull();
    expect(toBytes([1, 2])).toBeNull();
    expect(toBytes(null)).toBeNull();
  });
});

describe('presence palette', () => {
  it('gives the same id the same palette colour and accepts only palette colours', () => {
    expect(colorForId('person-1')).toBe(colorForId('person-1'));
    expect(PRESENCE_PALETTE).toContain(colorForId('someone'));
    const spread = new Set(Array.from({ length: 200 }, (_, i) => colorForId(`p_${i}`)));
    expect(spread.size).toBe(PRESENCE_PALETTE.length);
    expect(isPaletteColor('#1D4ED8')).toBe(true);
    expect(isPaletteColor('#ff69b4')).toBe(false);
    expect(isPaletteColor(3)).toBe(false);
  });
});
