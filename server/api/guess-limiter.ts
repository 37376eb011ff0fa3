import { isIP, isIPv6 } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * Counts wrong guesses (join codes) per client address: `burst` at once, then one more every `refillMs`
 * (docs/operations.md §4). A whole room behind one venue router shares one address, so the burst allows a
 * room's typos; a guesser gets a few thousand tries a day against 2^30 codes. In memory: a restart forgets.
 */
export class GuessLimiter {
  private readonly clients = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly maxClients = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private level(client: string): { tokens: number; at: number } {
    const t = this.now();
    const entry = this.clients.get(client);
    if (!entry) return { tokens: this.burst, at: t };
    return { tokens: Math.min(this.burst, entry.tokens + (t - entry.at) / this.refillMs), at: t };
  }

  /** 0 when this client may guess now, else how long until it may (ms). */
  waitMs(client: string): number {
    const { tokens } = this.level(client);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.refillMs);
  }

  /** A wrong guess: spends one. */
  failed(client: string): void {
    const level = this.level(client);
    this.clients.delete(client); // re-inserted last: the map stays ordered by last failure
    this.clients.set(client, { tokens: Math.max(0, level.tokens - 1), at: level.at });
    if (this.clients.size > this.maxClients) this.forgetOldest();
  }

  private forgetOldest() {
    for (const [client] of this.clients) {
      if (this.clients.size <= this.maxClients) return;
      // Oldest first; a client that waited long enough is back to a full burst anyway.
      this.clients.delete(client);
    }
  }
}

/**
 * Whose requests these are (wrong join codes, new workshops): the connection's address. IPv4 inside IPv6
 * counts as IPv4; IPv6 counts per /64, the block one subscriber gets. A forwarded header is read only when
 * the operator says a reverse proxy of theirs stands in front (`TRUST_PROXY=1`, docs/operations.md §4):
 * then the last `X-Forwarded-For` entry, the one that proxy added, since anything before it the client
 * chose freely. Without that setting the header is never read, and behind a proxy everyone shares its address.
 */
export function clientAddress(req: Pick<IncomingMessage, 'socket' | 'headers'>, trustProxy = false): string {
  const forwarded = trustProxy ? lastForwarded(req.headers['x-forwarded-for']) : null;
  const raw = forwarded ?? req.socket.remoteAddress ?? 'unknown';
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (v4) return v4[1];
  if (!isIPv6(raw)) return raw;
  return expandIPv6(raw).slice(0, 4).join(':') + '::/64';
}

function lastForwarded(header: string | string[] | undefined): string | null {
  const all = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  const last = all[all.length - 1].trim().replace(/^\[(.*)\](?::\d+)?$/, '$1');
  return isIP(last) ? last : null;
}

function expandIPv6(address: string): string[] {
  const [head, tail = ''] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const fill = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...fill, ...right].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ''));
}
