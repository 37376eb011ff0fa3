import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import type { JoinCode } from '../../lib/map/ids';

// Sealing the keys an invite hands out (docs/architecture.md "Joining"). AES-256-GCM with a fresh nonce;
// the workshop id is bound in as associated data, so a sealed value copied to another workshop opens
// nothing. Changing any constant here makes every stored invite unreadable: add a version instead.

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A join code has 30 bits, too few for a fast hash: whoever copies the database could try every code in
 * seconds. scrypt (16 MiB, ~0.1 s a try on the project's VM) makes trying all 2^30 about a thousand CPU-days, while one lookup stays
 * cheap for the server; the online guesser is stopped by server/api/guess-limiter.ts long before.
 */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const CODE_SALT = 'clustercanvas join code v1';

export interface CodeSecrets {
  /** Finds the invite in the store (InviteRecord.codeLookup). */
  lookup: string;
  /** Opens the participant key sealed with the code; not derivable from `lookup`. */
  sealKey: Buffer;
}

export function codeSecrets(code: JoinCode): Promise<CodeSecrets> {
  return new Promise((resolve, reject) => {
    scrypt(code, CODE_SALT, 64, SCRYPT, (err, derived) => {
      if (err) return reject(err);
      resolve({ lookup: derived.subarray(0, 32).toString('hex'), sealKey: Buffer.from(derived.subarray(32)) });
    });
  });
}

/** The facilitator key has 192 random bits: HKDF is all it needs to become an AES key. */
export function facilitatorSealKey(facilitatorKey: string, workshopId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', facilitatorKey, workshopId, 'clustercanvas invite links v1', 32));
}

export function seal(key: Buffer, workshopId: string, plain: string): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(workshopId, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return new Uint8Array(Buffer.concat([nonce, cipher.getAuthTag(), body]));
}

/** The sealed text, or null when `key` is not the one it was sealed with (or the bytes were changed). */
export function open(key: Buffer, workshopId: string, sealed: Uint8Array): string | null {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  const bytes = Buffer.from(sealed);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(workshopId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
