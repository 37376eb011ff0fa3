import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE_AWARENESS, MESSAGE_ROUND, MESSAGE_SYNC, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE } from './protocol';
import { RoundFormatError, readRoundBody, type RoundMessage } from './round-codec';

// Codecs for the payload of the "y" event, framed exactly as y-websocket frames them (docs/protocol.md P3):
//   varUint 0 (sync), varUint 0|1|2 (step 1 | step 2 | update), varUint8Array payload
//   varUint 1 (awareness), varUint8Array awareness update
//   varUint 4 (secret round, P18), then the fields of lib/sync/round-codec.ts
// Decoding is strict: a frame must hold exactly one message and nothing after it.

export type SyncKind = 'step1' | 'step2' | 'update';

export type YMessage =
  | { type: 'sync'; kind: 'step1'; stateVector: Uint8Array }
  | { type: 'sync'; kind: 'step2' | 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | RoundMessage;

export class MalformedMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedMessageError';
  }
}

function frame(type: number, subtype: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (subtype !== null) encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => frame(MESSAGE_SYNC, SYNC_STEP1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => frame(MESSAGE_SYNC, SYNC_STEP2, update);
export const encodeSyncUpdate = (update: Uint8Array) => frame(MESSAGE_SYNC, SYNC_UPDATE, update);
export const encodeAwarenessMessage = (update: Uint8Array) => frame(MESSAGE_AWARENESS, null, update);

/** Reads one "y" frame; throws MalformedMessageError saying what is wrong with it. */
export function decodeMessage(bytes: Uint8Array): YMessage {
  if (bytes.length === 0) throw new MalformedMessageError('empty message');
  const decoder = decoding.createDecoder(bytes);
  let message: YMessage;
  try {
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const kind = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (kind === SYNC_STEP1) message = { type: 'sync', kind: 'step1', stateVector: payload };
      else if (kind === SYNC_STEP2) message = { type: 'sync', kind: 'step2', update: payload };
      else if (kind === SYNC_UPDATE) message = { type: 'sync', kind: 'update', update: payload };
      else throw new MalformedMessageError(`unknown sync message type ${kind}`);
    } else if (type === MESSAGE_AWARENESS) {
      message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    } else if (type === MESSAGE_ROUND) {
      message = readRoundBody(decoder);
    } else {
      throw new MalformedMessageError(`unknown message type ${type}`);
    }
  } catch (err) {
    if (err instanceof MalformedMessageError) throw err;
    if (err instanceof RoundFormatError) throw new MalformedMessageError(err.message);
    throw new MalformedMessageError(`truncated or unreadable message (${(err as Error).message})`);
  }
  if (decoding.hasContent(decoder)) {
    throw new MalformedMessageError(`${bytes.length - decoder.pos} unexpected bytes after the message`);
  }
  return message;
}
