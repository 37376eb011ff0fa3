import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAP_LIMITS } from '../map/limits';
import { VOTE_VALUES, type VoteValue } from '../map/types';
import { MESSAGE_ROUND } from './protocol';

// The secret-round messages of the "y" event (docs/protocol.md P18), framed like the others (P3):
//   varUint 4 (round), varUint kind, then the kind's fields:
//   0 open    client → server  varUint n, n × varString element id (n = 0: every actor and tie)
//   1 close   client → server  varString round id
//   2 ballot  client → server  varString round id, varString element id, varString agree|disagree|unsure
//   3 counts  server → all     varString round id, varUint n, n × (varString element id, varUint people)
//   4 mine    server → one     varString round id, varUint n, n × (varString element id, varString value)
// `counts` says how many distinct people have a ballot on each element (elements with none are left out);
// `mine` is sent only to the sockets of the person whose ballots they are.

export const ROUND_OPEN = 0;
export const ROUND_CLOSE = 1;
export const ROUND_BALLOT = 2;
export const ROUND_COUNTS = 3;
export const ROUND_MINE = 4;

export type RoundMessage =
  | { type: 'round'; kind: 'open'; elements: string[] }
  | { type: 'round'; kind: 'close'; roundId: string }
  | { type: 'round'; kind: 'ballot'; roundId: string; elementId: string; value: VoteValue }
  | { type: 'round'; kind: 'counts'; roundId: string; counts: Record<string, number> }
  | { type: 'round'; kind: 'mine'; roundId: string; ballots: Record<string, VoteValue> };

/** What is wrong with a round message's fields (the frame reader turns it into `malformed`). */
export class RoundFormatError extends Error {}

function start(kind: number): encoding.Encoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ROUND);
  encoding.writeVarUint(encoder, kind);
  return encoder;
}

export function encodeRoundOpen(elements: readonly string[]): Uint8Array {
  const e = start(ROUND_OPEN);
  encoding.writeVarUint(e, elements.length);
  for (const id of elements) encoding.writeVarString(e, id);
  return encoding.toUint8Array(e);
}

export function encodeRoundClose(roundId: string): Uint8Array {
  const e = start(ROUND_CLOSE);
  encoding.writeVarString(e, roundId);
  return encoding.toUint8Array(e);
}

export function encodeBallot(roundId: string, elementId: string, value: VoteValue): Uint8Array {
  const e = start(ROUND_BALLOT);
  encoding.writeVarString(e, roundId);
  encoding.writeVarString(e, elementId);
  encoding.writeVarString(e, value);
  return encoding.toUint8Array(e);
}

export function encodeRoundCounts(roundId: string, counts: Readonly<Record<string, number>>): Uint8Array {
  const e = start(ROUND_COUNTS);
  encoding.writeVarString(e, roundId);
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  encoding.writeVarUint(e, entries.length);
  for (const [id, n] of entries) {
    encoding.writeVarString(e, id);
    encoding.writeVarUint(e, n);
  }
  return encoding.toUint8Array(e);
}

export function encodeRoundMine(roundId: string, ballots: Readonly<Record<string, VoteValue>>): Uint8Array {
  const e = start(ROUND_MINE);
  encoding.writeVarString(e, roundId);
  const entries = Object.entries(ballots);
  encoding.writeVarUint(e, entries.length);
  for (const [id, value] of entries) {
    encoding.writeVarString(e, id);
    encoding.writeVarString(e, value);
  }
  return encoding.toUint8Array(e);
}

function readId(d: decoding.Decoder, what: string): string {
  const id = decoding.readVarString(d);
  if (id.length === 0 || id.length > MAP_LIMITS.idLength) throw new RoundFormatError(`${what} must be 1–${MAP_LIMITS.idLength} characters long`);
  return id;
}

function readValue(d: decoding.Decoder): VoteValue {
  const value = decoding.readVarString(d);
  if (!(VOTE_VALUES as readonly string[]).includes(value)) throw new RoundFormatError(`a ballot is one of ${VOTE_VALUES.join(', ')}, not "${value.slice(0, 20)}"`);
  return value as VoteValue;
}

function readLength(d: decoding.Decoder): number {
  const n = decoding.readVarUint(d);
  if (n > MAP_LIMITS.roundElements) throw new RoundFormatError(`a round holds at most ${MAP_LIMITS.roundElements} elements, not ${n}`);
  return n;
}

/** Reads what follows `varUint 4` in a frame; throws RoundFormatError (or lib0's error when truncated). */
export function readRoundBody(d: decoding.Decoder): RoundMessage {
  const kind = decoding.readVarUint(d);
  switch (kind) {
    case ROUND_OPEN: {
      const n = readLength(d);
      const elements: string[] = [];
      for (let i = 0; i < n; i++) elements.push(readId(d, 'an element id'));
      if (new Set(elements).size !== elements.length) throw new RoundFormatError('a round names each element once');
      return { type: 'round', kind: 'open', elements };
    }
    case ROUND_CLOSE:
      return { type: 'round', kind: 'close', roundId: readId(d, 'a round id') };
    case ROUND_BALLOT: {
      const roundId = readId(d, 'a round id');
      const elementId = readId(d, 'an element id');
      return { type: 'round', kind: 'ballot', roundId, elementId, value: readValue(d) };
    }
    case ROUND_COUNTS: {
      const roundId = readId(d, 'a round id');
      const counts: Record<string, number> = {};
      for (let i = 0, n = readLength(d); i < n; i++) {
        const id = readId(d, 'an element id');
        counts[id] = decoding.readVarUint(d);
      }
      return { type: 'round', kind: 'counts', roundId, counts };
    }
    case ROUND_MINE: {
      const roundId = readId(d, 'a round id');
      const ballots: Record<string, VoteValue> = {};
      for (let i = 0, n = readLength(d); i < n; i++) {
        const id = readId(d, 'an element id');
        ballots[id] = readValue(d);
      }
      return { type: 'round', kind: 'mine', roundId, ballots };
    }
    default:
      throw new RoundFormatError(`unknown round message type ${kind}`);
  }
}
