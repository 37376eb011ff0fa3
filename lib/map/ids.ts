// Element ids: short, random, URL-safe, made the same way in the browser and in Node.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function randomToken(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * `a_k3j9x2m1q0`: the prefix says what the id names (a actor, t tie, s stage, c comment, w workshop,
 * k checkpoint, x scenario, r secret round).
 */
export function newId(prefix: 'a' | 't' | 's' | 'c' | 'w' | 'k' | 'x' | 'r'): string {
  return `${prefix}_${randomToken(10)}`;
}

/** Participant ids: minted by the server only (docs/protocol.md P2), `p_` and 12 random characters. */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const newParticipantId = () => `p_${randomToken(12)}`;

/**
 * Join codes: what people type or hear instead of a 70-character link (docs/architecture.md "Joining").
 * 32 symbols without 0/O and 1/I, so nothing reads as something else; 6 of them carry 30 bits, and the
 * server refuses a client that keeps guessing (server/api/guess-limiter.ts). Shown as "K7P-4QX".
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A join code, as stored and compared: JOIN_CODE_LENGTH symbols of JOIN_CODE_ALPHABET, no dash. */
export type JoinCode = string & { readonly __joinCode: unique symbol };

export function newJoinCode(): JoinCode {
  const bytes = new Uint8Array(JOIN_CODE_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  // 256 is a multiple of 32: every symbol is equally likely.
  return Array.from(bytes, (b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join('') as JoinCode;
}

/** What a person typed, as a code: any case, with or without dashes and spaces; null if it cannot be one. */
export function parseJoinCode(text: string): JoinCode | null {
  const code = text.replace(/[\s\-–—_.]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code as JoinCode;
}

/** "K7P4QX" → "K7P-4QX": two groups of three read aloud and type more easily. */
export function formatJoinCode(code: JoinCode): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}
