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

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StartOptions {
  /** Serve the Next.js UI too (default). Integration tests of the API and protocol turn it off. */
  next?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Boots one ClusterCanvas node: the store, the workshop records, the demo workshop, the Socket.IO sync
 * server and Next.js, all on one http.Server and one port.
 */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const store = await openStore(config);
  const workshops = new WorkshopService(store);
  const demo = config.seedDemo ? await ensureDemoWorkshop(workshops, config.dataDir) : null;

  const httpServer = http.createServer();
  const sync = attachSync(httpServer, { store, auth: workshops, config });

  let nextHandler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  if (options.next !== false) {
    const { default: next } = await import('next');
    const app = next({ dev: config.dev, dir: PROJECT_DIR, hostname: config.hostname, port: config.port });
    await app.prepare();
    nextHandler = app.getRequestHandler();
  }

  const scores = new ScoreService();
  const ctx: ApiContext = { config, storeKind: 'sqlite', workshops, sync, scores, demo };
  httpServer.on('request', (req, res) => {
    // Socket.IO answers its own path on the same server; everything else is ours or Next's.
    if (req.url?.startsWith('/socket.io')) return;
    void (async () => {
      if (await handleApi(req, res, ctx)) return;
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

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Stop taking new work, let rooms persist and close their sockets, then release the store.
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await sync.close();
      await scores.close();
      httpServer.closeAllConnections();
      await stopped;
      await store.close();
    })());

  return { url: `http://${host}:${port}`, port, close };
}
