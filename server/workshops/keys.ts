import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '../store/store';

/**
 * A visible prefix per role, so a facilitator can tell the links apart at a glance (and so can support
 * when someone pastes the wrong one). The prefix carries no secret: the 24 random bytes after it do.
 */
export const KEY_PREFIXES: Record<Role, string> = { facilitator: 'f-', participant: 'p-', observer: 'o-' };

const KEY_BYTES = 24;

export function generateKey(role: Role): string {
  return KEY_PREFIXES[role] + randomBytes(KEY_BYTES).toString('base64url');
}

export function generateKeys(): Record<Role, string> {
  return Object.fromEntries(ROLES.map((role) => [role, generateKey(role)])) as Record<Role, string>;
}

/** sha-256 hex: keys have 192 random bits, so a fast unsalted hash is enough to make a leaked table useless. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares two hex hashes without leaking, through timing, how many leading characters matched. */
export function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The role whose hash matches `key`, or null. Checks every role so the time does not depend on which. */
export function roleForKey(keyHashes: Record<Role, string>, key: string): Role | null {
  const hash = hashKey(key);
  let found: Role | null = null;
  for (const role of ROLES) if (hashesEqual(keyHashes[role], hash) && found === null) found = role;
  return found;
}

/** The role a key's prefix claims (for messages only; never for authorisation). */
export function roleFromPrefix(key: string): Role | null {
  return ROLES.find((role) => key.startsWith(KEY_PREFIXES[role])) ?? null;
}
