import path from 'node:path';

// Every tunable default of the server in one object. Environment variables override the few that an
// operator sets; tests pass their own values to startServer().
export const SERVER_DEFAULTS = {
  /** PORT */
  port: 3000,
  /** HOST: the interface to bind; the browser host must match it in dev (STACK.md). */
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
  /** Live connections per workshop. */
  maxConnectionsPerWorkshop: 200,
  /** Compact a workshop's log into its snapshot once it holds this many updates. */
  compactionThreshold: 500,
  /** Keep an empty room's replica this long after the last person leaves (a reload is free). */
  roomIdleUnloadMs: 10_000,
  /** Largest map accepted by PUT /api/workshops/:id/map. */
  maxImportBytes: 20 * 1024 * 1024,
} as const;

export type ServerConfig = {
  -readonly [K in keyof typeof SERVER_DEFAULTS]: (typeof SERVER_DEFAULTS)[K] extends number ? number : string;
} & {
  dev: boolean;
  /** SEED_DEMO=0 turns the ready demo workshop off. */
  seedDemo: boolean;
  /** PUBLIC_URL: the origin put into shared links when the server sits behind a proxy. */
  publicUrl?: string;
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
    ...overrides,
  };
}
