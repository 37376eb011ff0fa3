import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerConfig } from './config';
import { handleApi } from './api/routes';
import type { ApiContext } from './api/context';
import { openStore } from './store/open-store';
import { WorkshopService } from './workshops/workshop-service';
import { ensureDemoWorkshop } from './workshops/demo';
import { attachSync } from './socket/attach-sync';
import { ScoreService } from './scores/score-service';
import { CheckpointService } from './checkpoints/checkpoint-service';
import { checkpointAtPhaseChange } from './checkpoints/phase-checkpoints';
import { IdentityService } from './identity/identity-service';
import { GuessLimiter } from './api/guess-limiter';
import { WrongKeys } from './security/wrong-keys';
import { RateLimiter } from './api/rate-limiter';
import { lockDataDir } from './store/data-dir-lock';
import { rotateKeys } from './workshops/key-rotation';
import { randomBytes } from 'node:crypto';
import { securePage } from './security/headers';
import { DemoReset } from './workshops/demo-reset';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StartOptions {
  /** Serve the Next.js UI too (default). Integration tests of the API and protocol turn it off. */
  next?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
  /** The shared demo's reset (null without the demo); tests and the operator's tools may run it now. */
  demoReset: DemoReset | null;
}

/**
 * Boots one ClusterCanvas node: the store, the workshop records, the demo workshop, the Socket.IO sync
 * server and Next.js, all on one http.Server and one port.
 */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  // One process per data directory (docs/operations.md): refuse at once, saying who holds it.
  const lock = lockDataDir(config.dataDir);
  try {
    return await startLocked(config, options, lock);
  } catch (err) {
    lock.release();
    throw err;
  }
}

async function startLocked(config: ServerConfig, options: StartOptions, lock: ReturnType<typeof lockDataDir>): Promise<RunningServer> {
  const store = await openStore(config);
  const workshops = new WorkshopService(store);
  const demo = config.seedDemo ? await ensureDemoWorkshop(workshops, config.dataDir) : null;

  const httpServer = http.createServer();
  const identities = new IdentityService(store);
  // The checkpoints read and write live rooms through the sync server, which calls them back at phase changes.
  let checkpoints: CheckpointService | null = null;
  let demoReset: DemoReset | null = null;
  const wrongKeys = new WrongKeys(config.wrongKeyBurst, config.wrongKeyRefillMs, config.trustProxy);
  const sync = attachSync(httpServer, {
    store,
    auth: workshops,
    config,
    identities,
    origins: config,
    wrongKeys,
    onApplied: (room, applied) => {
      if (checkpoints) checkpointAtPhaseChange(checkpoints)(room, applied);
      demoReset?.onApplied(room, applied);
    },
  });
  checkpoints = new CheckpointService(store, sync);
  if (demo) {
    const rooms = { connectionsOf: (id: string) => sync.rooms.connectionsOf(id), applyToRoom: sync.applyToRoom.bind(sync) };
    demoReset = new DemoReset(demo.id, rooms, { afterEmptyMs: config.demoResetAfterEmptyMs, checkMs: config.demoResetCheckMs }).start();
  }

  let nextHandler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  if (options.next !== false) {
    const { default: next } = await import('next');
    const app = next({ dev: config.dev, dir: PROJECT_DIR, hostname: config.hostname, port: config.port });
    await app.prepare();
    nextHandler = app.getRequestHandler();
  }

  const scores = new ScoreService();
  const joinGuesses = new GuessLimiter(config.joinCodeGuessBurst, config.joinCodeRefillMs);
  const limits = {
    apiCalls: new RateLimiter(config.apiCallsPerSecond, config.apiCallBurst),
    workshopCreations: new RateLimiter(1000 / config.workshopCreateRefillMs, config.workshopCreateBurst),
    wrongKeys,
  };
  const operatorToken = randomBytes(32).toString('base64url');
  const keys = { rotate: rotateKeys.bind(null, workshops) };
  const operator = { token: operatorToken, workshops };
  const ctx: ApiContext = { config, storeKind: 'sqlite', workshops, sync, scores, demo, checkpoints, identities, invites: workshops.invites, joinGuesses, limits, keys, operator };
  httpServer.on('request', (req, res) => {
    // Socket.IO answers its own path on the same server; everything else is ours or Next's.
    if (req.url?.startsWith('/socket.io')) return;
    void (async () => {
      if (await handleApi(req, res, ctx)) return;
      // Every page and asset: the CSP with this request's nonce, set on the request for Next.js to read.
      securePage(req, res, config.dev);
      if (nextHandler) return nextHandler(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    })().catch((err) => {
      console.error('[server] request failed', err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.hostname, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.hostname === '0.0.0.0' || config.hostname === '::' ? 'localhost' : config.hostname;
  // For the CLI on this machine: the loopback address of whatever interface this listens on.
  const local = config.hostname === '0.0.0.0' ? '127.0.0.1' : config.hostname === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  lock.describe({ kind: 'server', pid: process.pid, startedAt: Date.now(), url: `http://${local}:${port}`, operatorToken });

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Stop taking new work, let rooms persist and close their sockets, then release the store.
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      demoReset?.close();
      await sync.close();
      await scores.close();
      httpServer.closeAllConnections();
      await stopped;
      await store.close();
      lock.release();
    })());

  return { url: `http://${host}:${port}`, port, close, demoReset };
}
