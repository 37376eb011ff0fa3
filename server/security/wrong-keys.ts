import type { IncomingMessage } from 'node:http';
import { GuessLimiter, clientAddress } from '../api/guess-limiter';

// Wrong keys per client address (docs/operations.md §4 "Limits"), for the HTTP API and the socket handshake
// alike. A key has 128 random bits, so guessing one is hopeless; what this bounds is the work a client makes
// the server do (a store lookup and a hash per try) by sending a fresh wrong key with every request, which the
// per-key call buckets never see twice. Right keys cost nothing here, so a venue behind one router is only
// slowed when its own address keeps sending keys that open nothing.

export class WrongKeys {
  private readonly limiter: GuessLimiter;

  constructor(
    burst: number,
    refillMs: number,
    private readonly trustProxy: boolean,
  ) {
    this.limiter = new GuessLimiter(burst, refillMs);
  }

  /** 0 when this request's address may present a key now, else how long until it may (ms). */
  waitMs(req: Pick<IncomingMessage, 'socket' | 'headers'>): number {
    return this.limiter.waitMs(clientAddress(req, this.trustProxy));
  }

  /** The key this address presented opened nothing (a wrong key, or a workshop that does not exist). */
  failed(req: Pick<IncomingMessage, 'socket' | 'headers'>): void {
    this.limiter.failed(clientAddress(req, this.trustProxy));
  }
}

/** The words of the refusal, in seconds (the client words its own from the code, `rate_limited`). */
export const wrongKeysWords = (seconds: number) => `Too many keys from this network opened nothing; try again in ${seconds} s.`;
