import { describe, expect, it } from 'vitest';
import { generateKey, generateKeys, hashesEqual, hashKey, KEY_PREFIXES, roleForKey, roleFromPrefix } from '../../../server/workshops/keys';
import { workshopLinks } from '../../../server/workshops/links';
import { ROLES } from '../../../server/store/store';

describe('workshop keys', () => {
  it('are prefixed by role and carry 24 random bytes in base64url', () => {
    const keys = generateKeys();
    for (const role of ROLES) {
      const key = keys[role];
      expect(key.startsWith(KEY_PREFIXES[role])).toBe(true);
      const body = key.slice(KEY_PREFIXES[role].length);
      expect(body).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(Buffer.from(body, 'base64url')).toHaveLength(24);
      expect(roleFromPrefix(key)).toBe(role);
    }
    expect(new Set(Object.values(keys)).size).toBe(3);
    const many = new Set(Array.from({ length: 500 }, () => generateKey('participant')));
    expect(many.size).toBe(500);
  });

  it('hash to sha-256 hex, and only the right key matches its role', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const keys = generateKeys();
    const hashes = { facilitator: hashKey(keys.facilitator), participant: hashKey(keys.participant), observer: hashKey(keys.observer) };
    for (const role of ROLES) expect(roleForKey(hashes, keys[role])).toBe(role);
    expect(roleForKey(hashes, `${keys.facilitator}x`)).toBeNull();
    expect(roleForKey(hashes, '')).toBeNull();
    // The prefix alone grants nothing: a forged "f-" key is still wrong.
    expect(roleForKey(hashes, 'f-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(hashesEqual(hashes.observer, hashes.observer)).toBe(true);
    expect(hashesEqual(hashes.observer, hashes.observer.slice(1))).toBe(false);
  });
});

describe('workshopLinks', () => {
  const keys = { facilitator: 'f-abc', participant: 'p-d_e-f', observer: 'o-xyz' };

  it('puts each key in the fragment of an absolute /w/<id> URL', () => {
    expect(workshopLinks('http://localhost:3000', 'w_abc', keys)).toEqual({
      facilitator: 'http://localhost:3000/w/w_abc#key=f-abc',
      participant: 'http://localhost:3000/w/w_abc#key=p-d_e-f',
      observer: 'http://localhost:3000/w/w_abc#key=o-xyz',
    });
  });

  it('keeps a base path and drops trailing slashes; the key never reaches the server', () => {
    const links = workshopLinks('https://maps.example.org/canvas/', 'optics-valley', keys);
    expect(links.participant).toBe('https://maps.example.org/canvas/w/optics-valley#key=p-d_e-f');
    const url = new URL(links.facilitator);
    expect(url.pathname + url.search).not.toContain('f-abc');
  });

  it('refuses a relative base', () => {
    expect(() => workshopLinks('/relative', 'w', keys)).toThrow();
  });
});
