import { describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, parseJoinCode, type JoinCode } from '../../../lib/map/ids';

// Join codes (docs/architecture.md "Joining"): short, nothing that reads as something else, typed any way.
describe('join codes', () => {
  it('are six symbols of an alphabet without 0, O, 1 or I, read aloud in two groups', () => {
    expect(JOIN_CODE_LENGTH).toBe(6);
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    for (const ch of '0O1I') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(formatJoinCode('K7P4QX' as JoinCode)).toBe('K7P-4QX');
  });

  it('use every symbol about equally often (no bias towards the start of the alphabet)', () => {
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let i = 0; i < draws; i++) for (const ch of newJoinCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const expected = (draws * JOIN_CODE_LENGTH) / JOIN_CODE_ALPHABET.length;
    expect(counts.size).toBe(32);
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.25);
  });

  it('are read case- and dash-insensitively, with spaces a phone keyboard adds', () => {
    for (const typed of ['K7P-4QX', 'k7p4qx', ' k7p - 4qx ', 'K7P 4QX', 'K7P–4QX', 'k7p.4qx'])
      expect(parseJoinCode(typed)).toBe('K7P4QX');
    expect(parseJoinCode(formatJoinCode(parseJoinCode('abc-def')!))).toBe('ABCDEF');
  });

  it('refuse what cannot be a code: wrong length, or a symbol the alphabet leaves out', () => {
    for (const typed of ['', 'K7P-4Q', 'K7P-4QXY', 'K0P-4QX', 'KOP-4QX', 'K1P-4QX', 'KIP-4QX', 'K7P-4Q!', 'https://x/w/y#key=z'])
      expect(parseJoinCode(typed)).toBeNull();
  });
});
