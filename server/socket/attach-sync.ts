import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type * as Y from 'yjs';
import { ACTIVITY_EVENT, SOCKET_PATH, Y_EVENT } from '../../lib/sync/protocol';
import { SERVER_DEFAULTS } from '../config';
import { IdentityService } from '../identity/identity-service';
import type { RoomOptions, WriteResult } from '../rooms/room';
import { RoomManager } from '../rooms/room-manager';
import { RoundRegistry, type OpenRoundState } from '../rooms/room-rounds';
import type { WrongKeys } from '../security/wrong-keys';
import { SyncError } from '../rooms/sync-error';
import type { ActivityEntry } from '../../lib/activity/types';
import type { ActivityPage } from '../store/activity-store';
import type { Role, Store } from '../store/store';
import { serveConnection } from './connection';
import { handshake } from './handshake';
import { DELETED_WORDS, REVOKED_WORDS, Revocations, type CloseOptions } from './revocation';
import { roomChannel, type SyncSession } from './session';
import type { SyncAuth } from './sync-auth';
import type { OriginPolicy } from '../security/origins';

/** The limits and timings the sync server reads (a ServerConfig has them all). */
export interface SyncConfig {
  maxMessageBytes: number;
  socketBufferBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
  syncStep1PerSecond: number;
  syncStep1Burst: number;
  awarenessPerSecond: number;
  awarenessBurst: number;
  ballotsPerSecond: number;
  ballotBurst: number;
  maxAwarenessBytes: number;
  maxSocketOutputBytes: number;
  maxWorkshopBytes: number;
  maxConnectionsPerWorkshop: number;
  compactionThreshold: number;
  roomIdleUnloadMs: number;
  pingIntervalMs: number;
  pingTimeoutMs: number;
}

export interface AttachSyncOptions {
  store: Store;
  auth: SyncAuth;
  /** Missing values fall back to SERVER_DEFAULTS. */
  config?: Partial<SyncConfig>;
  /** Called after every write a room applied (the automatic checkpoint at a phase change listens here). */
  onApplied?: RoomOptions['onApplied'];
  /** Who holds which browser secret; a fresh service on `store` when omitted. */
  identities?: IdentityService;
  /** Which page origins may connect (docs/protocol.md P2); omitted: the Host the handshake was sent to. */
  origins?: OriginPolicy;
  /** Keys that open nothing, per client address (server/security/wrong-keys.ts); unlimited when omitted. */
  wrongKeys?: WrongKeys;
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
  applyToRoom(workshopId: string, change: (doc: Y.Doc) => void, origin?: string, by?: string): Promise<WriteResult>;
  /** The workshop's activity feed, newest first (docs/protocol.md P15; the rooms record it). */
  listActivity(workshopId: string, page: ActivityPage): Promise<ActivityEntry[]>;
  /** The open secret round with its counts (never ballots), or null (docs/protocol.md P18). */
  openRound(workshopId: string): Promise<OpenRoundState | null>;
  /**
   * Closes, at once, every live socket of the workshop admitted with one of `roles`' keys, after those
   * keys were rotated (docs/protocol.md P16): each hears `key_revoked` first. Returns how many closed.
   */
  closeKeyHolders(workshopId: string, roles: readonly Role[], options?: CloseOptions): number;
  /** Closes every socket of a deleted workshop (`bad_workshop`); returns how many closed. */
  closeWorkshop(workshopId: string): number;
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
    pingInterval: config.pingIntervalMs,
    pingTimeout: config.pingTimeoutMs,
  });
  const rooms = new RoomManager(options.store, {
    compactionThreshold: config.compactionThreshold,
    maxWorkshopBytes: config.maxWorkshopBytes,
    roomIdleUnloadMs: config.roomIdleUnloadMs,
    maxConnectionsPerWorkshop: config.maxConnectionsPerWorkshop,
    onApplied: options.onApplied,
    broadcastFor: (workshopId) => (frame, except) => {
      const target = except ? io.to(roomChannel(workshopId)).except(except) : io.to(roomChannel(workshopId));
      target.emit(Y_EVENT, frame);
    },
    // Everyone in the room, the writer too: their own entry appears in their feed as in everyone's (P15).
    activityFor: (workshopId) => (entry) => void io.to(roomChannel(workshopId)).emit(ACTIVITY_EVENT, entry),
  });

  const rounds = new RoundRegistry(options.store, (workshopId) => ({
    toAll: (frame) => void io.to(roomChannel(workshopId)).emit(Y_EVENT, frame),
    toSockets: (ids, frame) => void (ids.length > 0 && io.to([...ids]).emit(Y_EVENT, frame)),
  }));

  const revocations = new Revocations(io);
  io.use(revocations.stamp);
  io.use(handshake(options.auth, rooms, options.identities ?? new IdentityService(options.store), options.origins ?? {}, options.wrongKeys));
  io.on('connection', (socket) => {
    const session = socket.data.session as SyncSession;
    if (revocations.closeIfRevoked(socket, session)) return;
    serveConnection(socket, session, config, rounds);
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
    async applyToRoom(workshopId, change, origin = 'api', by) {
      await requireWorkshop(workshopId);
      return rooms.withRoom(workshopId, (room) => room.transact(change, by ? { label: origin, by } : { label: origin }));
    },
    listActivity(workshopId, page) {
      return options.store.activity.list(workshopId, page);
    },
    async openRound(workshopId) {
      await requireWorkshop(workshopId);
      return rooms.withRoom(workshopId, async (room) => (await rounds.of(room)).state());
    },
    closeKeyHolders: (workshopId, roles, closeOptions) => revocations.closeHolders(workshopId, roles, 'key_revoked', REVOKED_WORDS, closeOptions),
    closeWorkshop: (workshopId) => revocations.closeHolders(workshopId, ['facilitator', 'participant', 'observer'], 'bad_workshop', DELETED_WORDS),
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
    pingIntervalMs,
    pingTimeoutMs,
  } = source;
  // The limits of docs/protocol.md P9 (server/config.ts), picked as one group.
  const { syncStep1PerSecond, syncStep1Burst, awarenessPerSecond, awarenessBurst, maxAwarenessBytes, maxSocketOutputBytes, maxWorkshopBytes } = source;
  const { ballotsPerSecond, ballotBurst } = source;
  return {
    pingIntervalMs,
    pingTimeoutMs,
    maxMessageBytes,
    socketBufferBytes,
    updatesPerSecond,
    updateBurst,
    maxConnectionsPerWorkshop,
    compactionThreshold,
    roomIdleUnloadMs,
    syncStep1PerSecond,
    syncStep1Burst,
    awarenessPerSecond,
    awarenessBurst,
    ballotsPerSecond,
    ballotBurst,
    maxAwarenessBytes,
    maxSocketOutputBytes,
    maxWorkshopBytes,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
