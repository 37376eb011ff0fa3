import { describe, expect, it } from 'vitest';
import { clientAddress, GuessLimiter } from '../../../server/api/guess-limiter';

const req = (remoteAddress: string) => ({ socket: { remoteAddress } }) as Parameters<typeof clientAddress>[0];

describe('GuessLimiter', () => {
  it('allows a burst of wrong guesses, then one per refill period, per client', () => {
    let now = 0;
    const limiter = new GuessLimiter(3, 1000, 100, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.waitMs('a')).toBe(0);
      limiter.failed('a');
    }
    expect(limiter.waitMs('a')).toBe(1000);
    expect(limiter.waitMs('b')).toBe(0);
    now = 400;
    expect(limiter.waitMs('a')).toBe(600);
    now = 1000;
    expect(limiter.waitMs('a')).toBe(0);
    limiter.failed('a');
    expect(limiter.waitMs('a')).toBe(1000);
    now = 10_000;
    for (let i = 0; i < 3; i++) limiter.failed('a');
    expect(limiter.waitMs('a')).toBeGreaterThan(0);
  });

  it('remembers a bounded number of clients, forgetting the longest quiet first', () => {
    const limiter = new GuessLimiter(1, 60_000, 2, () => 0);
    limiter.failed('a');
    limiter.failed('b');
    limiter.failed('c');
    expect(limiter.waitMs('a')).toBe(0);
    expect(limiter.waitMs('b')).toBeGreaterThan(0);
    expect(limiter.waitMs('c')).toBeGreaterThan(0);
  });
});

describe('clientAddress', () => {
  it('counts IPv4 (also inside IPv6) per address and IPv6 per /64', () => {
    expect(clientAddress(req('203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(req('::ffff:203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(req('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(req('2001:db8:1:2:ffff:ffff:ffff:ffff'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(req('2001:db8::1'))).toBe('2001:db8:0:0::/64');
    expect(clientAddress(req('::1'))).toBe('0:0:0:0::/64');
  });
});
