import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { WorkshopProvider, type WorkshopProviderOptions } from '../../../lib/sync/provider';
import type { Role } from '../../../lib/sync/protocol';
import { attachSync, type SyncConfig, type SyncServer } from '../../../server/socket/attach-sync';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

// A real sync server for integration tests: a bare http.Server on port 0 with attachSync, a real
// SqliteStore in a temp dir and the real WorkshopService (no Next.js: that boot belongs to the app's tests).

export interface TestWorkshop {
  id: string;
  keys: Record<Role, string>;
}

export interface TestSyncServer {
  url: string;
  port: number;
  dataDir: string;
  store: SqliteStore;
  workshops: WorkshopService;
  sync: SyncServer;
  createWorkshop(title?: string): Promise<TestWorkshop>;
  /** A provider against this server; destroyed by close() if the test did not. */
  client(workshop: TestWorkshop | { id: string; key: string }, role?: Role, options?: Partial<WorkshopProviderOptions>): WorkshopProvider;
  /** Stops the sync server, the http server and the store (the data dir stays, for restarts). */
  close(): Promise<void>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cc-sync-'));
}

export async function startSyncServer(options: { dataDir?: string; port?: number; config?: Partial<SyncConfig> } = {}): Promise<TestSyncServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const store = new SqliteStore(dataDir);
  const workshops = new WorkshopService(store);
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  const sync = attachSync(httpServer, { store, auth: workshops, config: { roomIdleUnloadMs: 200, ...options.config } });
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (httpServer.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  const clients = new Set<WorkshopProvider>();

  return {
    url,
    port,
    dataDir,
    store,
    workshops,
    sync,
    async createWorkshop(title = 'Test workshop') {
      const { record, keys } = await workshops.create({ title });
      return { id: record.id, keys };
    },
    client(workshop, role = 'participant', extra = {}) {
      const key = 'key' in workshop ? workshop.key : workshop.keys[role];
      const provider = new WorkshopProvider({
        url,
        workshop: workshop.id,
        key,
        retryDelayMs: 50,
        socketOptions: { reconnectionDelay: 20, reconnectionDelayMax: 100 },
        ...extra,
      });
      clients.add(provider);
      return provider;
    },
    async close() {
      for (const provider of clients) provider.destroy();
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await sync.close();
      httpServer.closeAllConnections();
      await stopped;
      await store.close();
    },
  };
}

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The document exactly as a fresh load from the store would build it. */
export async function docFromStore(store: SqliteStore, workshopId: string): Promise<Y.Doc> {
  const stored = await store.loadDocument(workshopId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

export const stateVectorOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');

/** A bare Socket.IO client speaking the protocol by hand, for sending what a well-behaved provider never would. */
export async function rawSocket(url: string, auth: Record<string, unknown>, headers?: Record<string, string>): Promise<RawSocket> {
  const { io } = await import('socket.io-client');
  const socket = io(url, { path: '/socket.io', transports: ['websocket'], forceNew: true, reconnection: false, auth, extraHeaders: headers });
  const errors: Array<{ code: string; error: string }> = [];
  const frames: Uint8Array[] = [];
  socket.on('y-error', (e: { code: string; error: string }) => errors.push(e));
  socket.on('y', (payload: Uint8Array) => frames.push(new Uint8Array(payload)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    errors,
    frames,
    send: (payload: unknown) =>
      new Promise((resolve) => socket.emit('y', payload, (ack: { ok: boolean; code?: string; error?: string }) => resolve(ack))),
    close: () => void socket.disconnect(),
  };
}

export interface RawSocket {
  socket: import('socket.io-client').Socket;
  errors: Array<{ code: string; error: string }>;
  frames: Uint8Array[];
  send(payload: unknown): Promise<{ ok: boolean; code?: string; error?: string }>;
  close(): void;
}

/** The connect_error a handshake ends with (rejects if it connects instead). */
export async function connectError(url: string, auth: Record<string, unknown>, headers?: Record<string, string>): Promise<Error & { data?: { code?: string } }> {
  const { io } = await import('socket.io-client');
  const socket = io(url, { path: '/socket.io', transports: ['websocket'], forceNew: true, reconnection: false, auth, extraHeaders: headers });
  const events: string[] = [];
  socket.onAny((event) => events.push(event));
  try {
    return await new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('the handshake was accepted')));
      socket.once('connect_error', (err) => {
        // Give a stray message time to arrive: a refused client must get nothing else.
        setTimeout(() => (events.length ? reject(new Error(`refused client got ${events.join(', ')}`)) : resolve(err)), 50);
      });
    });
  } finally {
    socket.disconnect();
  }
}
