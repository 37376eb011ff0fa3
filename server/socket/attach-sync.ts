import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type * as Y from 'yjs';
import { SOCKET_PATH, Y_EVENT } from '../../lib/sync/protocol';
import { SERVER_DEFAULTS } from '../config';
import { RoomManager } from '../rooms/room-manager';
import { SyncError } from '../rooms/sync-error';
import type { Store } from '../store/store';
import { serveConnection } from './connection';
import { handshake } from './handshake';
import { roomChannel, type SyncSession } from './session';
import type { SyncAuth } from './sync-auth';

/** The limits and timings the sync server reads (a ServerConfig has them all). */
export interface SyncConfig {
  maxMessageBytes: number;
  socketBufferBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
  maxConnectionsPerWorkshop: number;
  compactionThreshold: number;
  roomIdleUnloadMs: number;
}

export interface AttachSyncOptions {
  store: Store;
  auth: SyncAuth;
  /** Missing values fall back to SERVER_DEFAULTS. */
  config?: Partial<SyncConfig>;
}

export interface SyncServer {
  readonly io: Server;
  readonly rooms: RoomManager;
  /** Workshops whose replica is in memory. */
  roomCount(): number;
  /**
   * The live replica of a workshop, loaded if needed: read it synchronously right away (it may be unloaded
   * once idle) and never write to it directly (use applyToRoom).
   */
  getRoomDoc(workshopId: string): Promise<Y.Doc>;
  /**
   * Runs `change` as one transaction on the workshop's state and resolves once the result is stored and
   * sent to every connected client. `origin` is the transaction origin seen by observers of the replica.
   */
  applyToRoom(workshopId: string, change: (doc: Y.Doc) => void, origin?: string): Promise<void>;
  /** Stops admitting, closes every socket (clients will try to reconnect), waits for pending writes, unloads rooms. */
  close(): Promise<void>;
}

/** Attaches the Socket.IO sync server (docs/protocol.md) to `httpServer`. The http server stays the caller's. */
export function attachSync(httpServer: HttpServer, options: AttachSyncOptions): SyncServer {
  const config = pickSyncConfig({ ...SERVER_DEFAULTS, ...definedOnly(options.config ?? {}) });
  const io = new Server(httpServer, {
    path: SOCKET_PATH,
    serveClient: false,
    transports: ['websocket'],
    maxHttpBufferSize: config.socketBufferBytes,
  });
  const rooms = new RoomManager(options.store, {
    compactionThreshold: config.compactionThreshold,
    roomIdleUnloadMs: config.roomIdleUnloadMs,
    maxConnectionsPerWorkshop: config.maxConnectionsPerWorkshop,
    broadcastFor: (workshopId) => (frame, except) => {
      const target = except ? io.to(roomChannel(workshopId)).except(except) : io.to(roomChannel(workshopId));
      target.emit(Y_EVENT, frame);
    },
  });

  io.use(handshake(options.auth, rooms));
  io.on('connection', (socket) => {
    const session = socket.data.session as SyncSession;
    serveConnection(socket, session, config);
  });

  const requireWorkshop = async (workshopId: string) => {
    if (!(await options.store.getWorkshop(workshopId))) throw new SyncError('bad_workshop', `No workshop with id "${workshopId}"`);
  };

  let closing: Promise<void> | null = null;
  return {
    io,
    rooms,
    roomCount: () => rooms.size,
    async getRoomDoc(workshopId) {
      await requireWorkshop(workshopId);
      return rooms.withRoom(workshopId, (room) => room.doc);
    },
    async applyToRoom(workshopId, change, origin = 'api') {
      await requireWorkshop(workshopId);
      await rooms.withRoom(workshopId, (room) => room.transact(change, { label: origin }));
    },
    close() {
      return (closing ??= (async () => {
        // Closing the transports (not io.close(), which would also close the caller's http server) makes
        // clients see a transport close, so they reconnect when the server is back.
        io.engine.close();
        await rooms.closeAll();
      })());
    },
  };
}

function pickSyncConfig(source: SyncConfig): SyncConfig {
  const {
    maxMessageBytes,
    socketBufferBytes,
    updatesPerSecond,
    updateBurst,
    maxConnectionsPerWorkshop,
    compactionThreshold,
    roomIdleUnloadMs,
  } = source;
  return {
    maxMessageBytes,
    socketBufferBytes,
    updatesPerSecond,
    updateBurst,
    maxConnectionsPerWorkshop,
    compactionThreshold,
    roomIdleUnloadMs,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
