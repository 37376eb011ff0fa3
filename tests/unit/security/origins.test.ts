import { describe, expect, it } from 'vitest';
import { checkOrigin, parseAllowedOrigins } from '../../../server/security/origins';

describe('checkOrigin (docs/operations.md §4 "Origins")', () => {
  const host = { host: 'canvas.local:3000' };
  it('lets a request without an Origin through (the CLI, bots, tests)', () => {
    expect(checkOrigin(host, {}).ok).toBe(true);
  });
  it('without configuration, matches the Origin’s host against Host or X-Forwarded-Host', () => {
    expect(checkOrigin({ ...host, origin: 'http://canvas.local:3000' }, {}).ok).toBe(true);
    expect(checkOrigin({ host: '127.0.0.1:3000', 'x-forwarded-host': 'canvas.example.org', origin: 'https://canvas.example.org' }, {}).ok).toBe(true);
  });
  it('attack: Origin http://evil.example, null, or a non-http scheme is refused', () => {
    for (const origin of ['http://evil.example', 'null', 'file://', 'chrome-extension://abc', 'http://canvas.local:3001', 'http://canvas.local']) {
      expect(checkOrigin({ ...host, origin }, {}).ok, origin).toBe(false);
    }
  });
  it('with PUBLIC_URL or ALLOWED_ORIGINS, only those origins, scheme and port included', () => {
    const policy = { publicUrl: 'https://canvas.example.org/base/', allowedOrigins: parseAllowedOrigins('http://localhost:3000, https://b.example') };
    expect(checkOrigin({ ...host, origin: 'https://canvas.example.org' }, policy).ok).toBe(true);
    expect(checkOrigin({ ...host, origin: 'https://b.example' }, policy).ok).toBe(true);
    expect(checkOrigin({ ...host, origin: 'http://localhost:3000' }, policy).ok).toBe(true);
    expect(checkOrigin({ ...host, origin: 'http://canvas.example.org' }, policy).ok).toBe(false);
    expect(checkOrigin({ ...host, origin: 'http://canvas.local:3000' }, policy).ok).toBe(false);
  });
  it('ALLOWED_ORIGINS refuses what is not an origin', () => {
    expect(() => parseAllowedOrigins('canvas.example.org')).toThrow(/not an origin/);
    expect(parseAllowedOrigins(undefined)).toEqual([]);
  });
});
