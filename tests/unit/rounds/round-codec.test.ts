import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { MalformedMessageError, decodeMessage } from '../../../lib/sync/messages';
import { MESSAGE_ROUND } from '../../../lib/sync/protocol';
import { ROUND_BALLOT, ROUND_OPEN, encodeBallot, encodeRoundClose, encodeRoundCounts, encodeRoundMine, encodeRoundOpen } from '../../../lib/sync/round-codec';

// The secret-round messages of the "y" event (docs/protocol.md P18): each round trip, and every way a frame
// can be wrong refused as malformed (P3, P9) before the server looks at it.

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_ROUND);
  write(e);
  return encoding.toUint8Array(e);
};

describe('secret-round codec (P18)', () => {
  it('P18: round-trips open, close, ballot, counts and mine', () => {
    expect(decodeMessage(encodeRoundOpen(['a_hust', 't_lab']))).toEqual({ type: 'round', kind: 'open', elements: ['a_hust', 't_lab'] });
    expect(decodeMessage(encodeRoundOpen([]))).toEqual({ type: 'round', kind: 'open', elements: [] });
    expect(decodeMessage(encodeRoundClose('r_1'))).toEqual({ type: 'round', kind: 'close', roundId: 'r_1' });
    expect(decodeMessage(encodeBallot('r_1', '武汉大学', 'unsure'))).toEqual({ type: 'round', kind: 'ballot', roundId: 'r_1', elementId: '武汉大学', value: 'unsure' });
    // Elements nobody voted on are left out of the counts.
    expect(decodeMessage(encodeRoundCounts('r_1', { a_hust: 3, a_yofc: 0 }))).toEqual({ type: 'round', kind: 'counts', roundId: 'r_1', counts: { a_hust: 3 } });
    expect(decodeMessage(encodeRoundMine('r_1', { a_hust: 'agree', t_lab: 'disagree' }))).toEqual({
      type: 'round',
      kind: 'mine',
      roundId: 'r_1',
      ballots: { a_hust: 'agree', t_lab: 'disagree' },
    });
  });

  it('P18: refuses a ballot value other than agree, disagree or unsure', () => {
    const bad = frame((e) => {
      encoding.writeVarUint(e, ROUND_BALLOT);
      encoding.writeVarString(e, 'r_1');
      encoding.writeVarString(e, 'a_hust');
      encoding.writeVarString(e, 'strongly agree');
    });
    expect(() => decodeMessage(bad)).toThrow(MalformedMessageError);
    expect(() => decodeMessage(bad)).toThrow(/agree, disagree, unsure/);
  });

  it('P18: refuses empty or overlong ids, repeated elements, too many elements, unknown kinds, truncation and trailing bytes', () => {
    const ballot = (round: string, element: string) => frame((e) => {
      encoding.writeVarUint(e, ROUND_BALLOT);
      encoding.writeVarString(e, round);
      encoding.writeVarString(e, element);
      encoding.writeVarString(e, 'agree');
    });
    expect(() => decodeMessage(ballot('', 'a_hust'))).toThrow(/round id/);
    expect(() => decodeMessage(ballot('r_1', 'x'.repeat(MAP_LIMITS.idLength + 1)))).toThrow(/element id/);
    expect(() => decodeMessage(encodeRoundOpen(['a_1', 'a_1']))).toThrow(/once/);
    const tooMany = frame((e) => {
      encoding.writeVarUint(e, ROUND_OPEN);
      encoding.writeVarUint(e, MAP_LIMITS.roundElements + 1);
    });
    expect(() => decodeMessage(tooMany)).toThrow(/at most/);
    expect(() => decodeMessage(frame((e) => encoding.writeVarUint(e, 9)))).toThrow(/unknown round message/);
    const whole = encodeBallot('r_1', 'a_hust', 'agree');
    expect(() => decodeMessage(whole.slice(0, whole.length - 2))).toThrow(MalformedMessageError);
    expect(() => decodeMessage(new Uint8Array([...whole, 0]))).toThrow(/unexpected bytes/);
  });
});
