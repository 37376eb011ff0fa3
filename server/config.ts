import path from 'node:path';
import { parseAllowedOrigins } from './security/origins';

// Every tunable default of the server in one object. Environment variables override the few that an
// operator sets; tests pass their own values to startServer().
export const SERVER_DEFAULTS = {
  /** PORT */
  port: 3000,
  /** HOST: the interface to bind; the browser host must match it in dev (docs/operations.md). */
  hostname: '0.0.0.0',
  /** DATA_DIR: where the SQLite file lives. */
  dataDir: './data',
  /** Largest "y" message accepted; bigger ones get `too_large` and change nothing. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Socket.IO's own cap; above ours so that we, not Socket.IO, answer oversized messages clearly. */
  socketBufferBytes: 8 * 1024 * 1024,
  /** Document updates per second per connection (token bucket: this rate, and this burst). */
  updatesPerSecond: 50,
  updateBurst: 200,
  /**
   * Sync step 1 messages per connection (each is answered with everything the sender lacks, up to the whole
   * state): rate and burst, a bucket of their own (docs/protocol.md P9).
   */
  syncStep1PerSecond: 2,
  syncStep1Burst: 10,
  /** Awareness (presence) messages per connection: their own bucket, so cursors never starve edits (P9). */
  awarenessPerSecond: 30,
  awarenessBurst: 60,
  /** Secret-round messages (ballots, opening, closing) per connection: their own bucket (P18). */
  ballotsPerSecond: 10,
  ballotBurst: 40,
  /** Largest awareness message: presence is relayed to everyone in the room, so far below maxMessageBytes. */
  maxAwarenessBytes: 64 * 1024,
  /**
   * Bytes the server may hold unsent for one socket (engine.io's write buffer plus the WebSocket's
   * bufferedAmount) when more is to be sent; past it the socket is cut off (P9). Above maxWorkshopBytes,
   * so a newcomer's opening state always fits.
   */
  maxSocketOutputBytes: 96 * 1024 * 1024,
  /** What one workshop may store (snapshot plus update log); writes past it are refused with `over_quota` (P9). */
  maxWorkshopBytes: 64 * 1024 * 1024,
  /** Live connections per workshop. */
  maxConnectionsPerWorkshop: 200,
  /** Compact a workshop's log into its snapshot once it holds this many updates. */
  compactionThreshold: 500,
  /** Keep an empty room's replica this long after the last person leaves (a reload is free). */
  roomIdleUnloadMs: 10_000,
  /** Largest map accepted by PUT /api/workshops/:id/map. */
  maxImportBytes: 20 * 1024 * 1024,
  /**
   * Wrong join codes one client address may try at once, then one more per `joinCodeRefillMs`
   * (server/api/guess-limiter.ts): room for a venue's typos behind one router, not for a guesser.
   */
  joinCodeGuessBurst: 20,
  joinCodeRefillMs: 30_000,
  /**
   * Keys that open nothing (and unknown workshop ids), per client address, on the HTTP API and the socket
   * handshake alike (server/security/wrong-keys.ts): `wrongKeyBurst` at once — a room behind one router whose
   * links were just replaced, every tab trying its old key a few times — then one more per
   * `wrongKeyRefillMs`. Over it: 429 / `rate_limited` before the key is even looked up.
   */
  wrongKeyBurst: 200,
  wrongKeyRefillMs: 1_000,
  /**
   * HTTP API calls per key (server/api/routes.ts), a bucket per key (under a digest, never the key itself):
   * `apiCallsPerSecond` sustained, bursts of `apiCallBurst`. Everyone holding a link shares its key, so this
   * is per role of a workshop: a room of 200 joining (about five calls each: access, activity, checkpoints,
   * invite) fits the burst, and the app's own calls after that (activity pages, checkpoint lists when a menu
   * opens, report and export downloads) are far below the rate; so are the e2e tests. Over it: 429
   * `rate_limited` with Retry-After (docs/protocol.md P9).
   */
  apiCallsPerSecond: 20,
  apiCallBurst: 1_000,
  /**
   * Calls a PNG or PDF export spends of that bucket (server/api/export-route.ts): each takes the one render
   * thread for up to seconds. A facilitator's few downloads fit the burst; a key asking for PDFs in a loop
   * gets one every 2.5 s (50 / 20 per s) instead of queueing hundreds in front of everyone's.
   */
  renderCallCost: 50,
  /**
   * New workshops (POST /api/workshops) per client address (server/api/guess-limiter.ts clientAddress):
   * bursts of `workshopCreateBurst` (a class creating theirs at once behind one router; the e2e suite makes
   * ~50 on one server), then one more every `workshopCreateRefillMs`: 120 an hour, not a disk filler.
   */
  workshopCreateBurst: 60,
  workshopCreateRefillMs: 30_000,
  /**
   * Socket.IO heartbeat: a ping every `pingIntervalMs`, answered within `pingTimeoutMs`, so a browser sees a
   * silently dead connection (and says Offline) within their sum, 8 s, not Socket.IO's default 45 s. The
   * timeout is also how long a busy browser tab may go without answering before it is dropped
   * (docs/operations.md §4); the browser's own offline event is shown at once.
   */
  pingIntervalMs: 3_000,
  pingTimeoutMs: 5_000,
  /**
   * The shared demo resets itself to the Optics Valley template once nobody has been connected to it for
   * `demoResetAfterEmptyMs`, checked every `demoResetCheckMs` (server/workshops/demo-reset.ts,
   * docs/operations.md §8): long enough that a reload or a dropped Wi-Fi keeps a visitor's edits, short
   * enough that the next visitor finds the map as the template has it.
   */
  demoResetAfterEmptyMs: 5 * 60_000,
  demoResetCheckMs: 30_000,
} as const;

export type ServerConfig = {
  -readonly [K in keyof typeof SERVER_DEFAULTS]: (typeof SERVER_DEFAULTS)[K] extends number ? number : string;
} & {
  dev: boolean;
  /** SEED_DEMO=0 turns the ready demo workshop off. */
  seedDemo: boolean;
  /** PUBLIC_URL: the origin put into shared links when the server sits behind a proxy. */
  publicUrl?: string;
  /**
   * TRUST_PROXY=1: a reverse proxy of the operator's stands in front, so a client's address is the last
   * X-Forwarded-For entry (server/api/guess-limiter.ts clientAddress). Off: that header is never read.
   */
  trustProxy: boolean;
  /** ALLOWED_ORIGINS: more origins whose pages may use the API and the sync (server/security/origins.ts). */
  allowedOrigins?: string[];
};

export function configFromEnv(env: Record<string, string | undefined> = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...SERVER_DEFAULTS,
    port: env.PORT !== undefined ? Number(env.PORT) : SERVER_DEFAULTS.port,
    hostname: env.HOST ?? SERVER_DEFAULTS.hostname,
    dataDir: path.resolve(env.DATA_DIR ?? SERVER_DEFAULTS.dataDir),
    dev: false,
    seedDemo: env.SEED_DEMO !== '0',
    publicUrl: env.PUBLIC_URL || undefined,
    trustProxy: env.TRUST_PROXY === '1',
    allowedOrigins: parseAllowedOrigins(env.ALLOWED_ORIGINS),
    ...overrides,
  };
}
