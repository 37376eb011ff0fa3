import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../server/api/guess-limiter';
import { fromLoopback } from '../../../server/api/operator-routes';
import { keyBucketName, RateLimiter } from '../../../server/api/rate-limiter';

// The HTTP API's limits as pure logic (docs/protocol.md P9, docs/operations.md §4); against a real server in
// tests/integration/security/api-limits.test.ts.

type Req = Parameters<typeof clientAddress>[0];
const req = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as Req;

describe('RateLimiter', () => {
  it('attack: API flood from one key gets 429 with Retry-After (a burst, then the rate, per name)', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 3, 100, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    // Empty: how long until one more token (2 a second: 500 ms), and a refused call spends nothing.
    expect(limiter.take('a')).toBe(500);
    expect(limiter.take('a')).toBe(500);
    expect(limiter.waitMs('b')).toBe(0);
    now = 200;
    expect(limiter.waitMs('a')).toBe(300);
    now = 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    // Refills to the burst, never past it.
    now = 60_000;
    expect([0, 1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0, 500]);
  });

  it('attack: a loop of PDF exports spends a picture\'s cost per call, and waits for all of it', () => {
    let now = 0;
    const limiter = new RateLimiter(20, 100, 100, () => now);
    expect([limiter.take('k', 50), limiter.take('k', 50)]).toEqual([0, 0]);
    // Empty: a third PDF waits until 50 tokens are back (2.5 s at 20 a second), and spends nothing.
    expect(limiter.take('k', 50)).toBe(2500);
    // A cost above the burst is capped at the burst: slow, never impossible.
    now = 10_000;
    expect(limiter.take('k', 1_000)).toBe(0);
    expect(limiter.take('k')).toBe(50);
  });

  it('remembers a bounded number of names, forgetting the longest quiet first', () => {
    const limiter = new RateLimiter(1 / 60, 1, 2, () => 0);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    expect(limiter.waitMs('a')).toBe(0); // forgotten: full again
    expect(limiter.waitMs('c')).toBe(60_000);
  });

  it('names a key by a digest: the same key the same bucket, never the key itself', () => {
    const key = 'k'.repeat(43);
    expect(keyBucketName(key)).toBe(keyBucketName(key));
    expect(keyBucketName(key)).not.toContain(key.slice(0, 8));
    expect(keyBucketName(key)).not.toBe(keyBucketName(key + 'x'));
  });
});

describe('client address behind a proxy', () => {
  it('attack: workshop creation flood from one address (a forged X-Forwarded-For names no new address)', () => {
    const forged = req('203.0.113.7', { 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(forged)).toBe('203.0.113.7');
    // Only with TRUST_PROXY: the last entry, the one the operator's proxy added; earlier ones are the client's.
    const proxied = req('127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' });
    expect(clientAddress(proxied, true)).toBe('203.0.113.7');
    expect(clientAddress(req('127.0.0.1', { 'x-forwarded-for': '2001:db8:1:2::9' }), true)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(req('127.0.0.1', { 'x-forwarded-for': 'nonsense' }), true)).toBe('127.0.0.1');
    expect(clientAddress(req('127.0.0.1'), true)).toBe('127.0.0.1');
  });
});

describe('fromLoopback', () => {
  it('attack: operator route from a non-loopback address', () => {
    expect(fromLoopback(req('127.0.0.1'))).toBe(true);
    expect(fromLoopback(req('127.8.0.1'))).toBe(true);
    expect(fromLoopback(req('::1'))).toBe(true);
    expect(fromLoopback(req('::ffff:127.0.0.1'))).toBe(true);
    expect(fromLoopback(req('192.0.2.2'))).toBe(false);
    expect(fromLoopback(req('::ffff:192.0.2.2'))).toBe(false);
    expect(fromLoopback(req('fd00::2'))).toBe(false);
    expect(fromLoopback(req('128.0.0.1'))).toBe(false);
    // A proxy on this machine connects from loopback for anyone.
    expect(fromLoopback(req('127.0.0.1', { 'x-forwarded-for': '198.51.100.9' }))).toBe(false);
    expect(fromLoopback(req('127.0.0.1', { forwarded: 'for=198.51.100.9' }))).toBe(false);
    expect(fromLoopback(req('127.0.0.1', { 'x-real-ip': '198.51.100.9' }))).toBe(false);
  });
});
