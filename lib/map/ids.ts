// Element ids: short, random, URL-safe, made the same way in the browser and in Node.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function randomToken(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** `a_k3j9x2m1q0`: the prefix says what kind of element the id names (a actor, t tie, s stage). */
export function newId(prefix: 'a' | 't' | 's' | 'c' | 'w'): string {
  return `${prefix}_${randomToken(10)}`;
}
