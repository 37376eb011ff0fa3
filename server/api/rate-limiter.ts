import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http';

// Token buckets by name for the HTTP API (docs/operations.md §4 "Limits", docs/protocol.md P9): calls per key
// and workshop creations per client address. In memory, bounded: a restart forgets, and past `maxEntries`
// the longest quiet bucket is forgotten first (it would be full again by then, or nearly).

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** `burst` at once, then `perSecond` more each second, per name. */
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private level(name: string): { tokens: number; at: number } {
    const t = this.now();
    const entry = this.buckets.get(name);
    if (!entry) return { tokens: this.burst, at: t };
    return { tokens: Math.min(this.burst, entry.tokens + ((t - entry.at) / 1000) * this.perSecond), at: t };
  }

  /** 0 when `name` may go now, else how long until it may (ms). Spends nothing. */
  waitMs(name: string): number {
    const { tokens } = this.level(name);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.perSecond) * 1000);
  }

  /**
   * Spends `cost` tokens for `name` if it has them: 0, else how long until it will (ms), and spends nothing.
   * A cost above the burst is capped at the burst, so an expensive call is slow, never impossible.
   */
  take(name: string, cost = 1): number {
    const level = this.level(name);
    const price = Math.min(Math.max(1, cost), this.burst);
    if (level.tokens < price) return Math.ceil(((price - level.tokens) / this.perSecond) * 1000);
    this.buckets.delete(name); // re-inserted last: the map stays ordered by last use
    this.buckets.set(name, { tokens: level.tokens - price, at: level.at });
    if (this.buckets.size > this.maxEntries) {
      for (const [oldest] of this.buckets) {
        if (this.buckets.size <= this.maxEntries) break;
        this.buckets.delete(oldest);
      }
    }
    return 0;
  }

  get size(): number {
    return this.buckets.size;
  }
}

// Keys are never bucket names: a keyed digest under a secret made at each start, so the limiter's memory
// holds neither a key nor the hash the store keeps of it.
const SECRET = randomBytes(32);

/** The bucket name of a bearer key (or of any secret a request carries). */
export const keyBucketName = (key: string): string => createHmac('sha256', SECRET).update(key, 'utf8').digest('base64url').slice(0, 22);

/** The key in `Authorization: Bearer <key>`, or null when none was sent. */
export function bearerOrNull(req: Pick<IncomingMessage, 'headers'>): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** The one answer over a limit: 429, `Retry-After` in whole seconds, `{error, details: {code, retryAfterSeconds}}`. */
export function sendRateLimited(res: ServerResponse, waitMs: number, error: (seconds: number) => string): void {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  sendJson(res, 429, { error: error(seconds), details: { code: 'rate_limited', retryAfterSeconds: seconds } }, { 'retry-after': String(seconds) });
}
