import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { toBytes } from './bytes';
import { Emitter } from './emitter';
import { decodeMessage, encodeAwarenessMessage, encodeSyncStep2, encodeSyncUpdate } from './messages';
import {
  ERROR_EVENT,
  RETRYABLE_CODES,
  SOCKET_PATH,
  WELCOME_EVENT,
  Y_EVENT,
  type Ack,
  type ErrorCode,
  type ErrorMessage,
  type HandshakeAuth,
  type Role,
  type VerifiedIdentity,
  type WelcomeMessage,
} from './protocol';

export type ProviderStatus = 'connecting' | 'saving' | 'saved' | 'offline';

export interface ConnectErrorInfo {
  message: string;
  /** Set when the server refused the handshake (bad_workshop, bad_key, room_full). */
  code?: ErrorCode;
}

export interface ProviderEvents {
  status: (status: ProviderStatus) => void;
  synced: (synced: boolean) => void;
  welcome: (welcome: WelcomeMessage) => void;
  /** The server refused something this client sent (an ERROR_EVENT or a failing ack). */
  error: (error: ErrorMessage) => void;
  connect_error: (error: ConnectErrorInfo) => void;
}

export interface WorkshopProviderOptions {
  /** Origin of the ClusterCanvas server, e.g. `window.location.origin` or `http://localhost:3000`. */
  url: string;
  workshop: string;
  key: string;
  /** The document to sync; a fresh one is made (and destroyed with the provider) when omitted. */
  doc?: Y.Doc;
  participant?: HandshakeAuth['participant'];
  /** Connect at once (default true). */
  autoConnect?: boolean;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  /** Wait before resending updates the server could not take (rate limit, store failure). */
  retryDelayMs?: number;
}

/**
 * Syncs one workshop document with the server (docs/protocol.md). Every local update is sent with an ack and
 * kept until the server says it is durable; after a reconnect the server's sync step 1 is answered with a
 * step 2 computed from state vectors, which carries every unacknowledged and offline edit in one message.
 */
export class WorkshopProvider extends Emitter<ProviderEvents> {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly socket: Socket;
  readonly workshop: string;
  status: ProviderStatus = 'connecting';
  synced = false;
  role: Role | null = null;
  identity: VerifiedIdentity | null = null;
  /** The last refusal from the server, for display. */
  lastError: ErrorMessage | ConnectErrorInfo | null = null;

  private readonly ownsDoc: boolean;
  private readonly retryDelayMs: number;
  /** Local updates not yet acknowledged, by a local sequence number. */
  private readonly pending = new Map<number, Uint8Array>();
  private nextPendingId = 1;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private flushWaiters: Array<() => void> = [];
  private syncWaiters: Array<() => void> = [];
  private destroyed = false;

  constructor(options: WorkshopProviderOptions) {
    super();
    this.workshop = options.workshop;
    this.ownsDoc = !options.doc;
    this.doc = options.doc ?? new Y.Doc();
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.awareness = new Awareness(this.doc);
    const auth: HandshakeAuth = { workshop: options.workshop, key: options.key };
    if (options.participant) auth.participant = options.participant;
    this.socket = io(options.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      ...options.socketOptions,
      autoConnect: false,
      auth,
    });

    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', this.onConnectError);
    this.socket.on(WELCOME_EVENT, this.onWelcome);
    this.socket.on(Y_EVENT, this.onMessage);
    this.socket.on(ERROR_EVENT, this.onServerError);

    if (options.autoConnect !== false) this.connect();
  }

  connect(): void {
    if (this.destroyed || this.socket.connected) return;
    this.setStatus('connecting');
    this.socket.connect();
  }

  /** Goes offline on purpose; local edits keep accumulating and merge on connect(). */
  disconnect(): void {
    if (this.destroyed) return;
    this.socket.disconnect();
  }

  /** Resolves once the server's state has been applied (after the current or next connect). */
  whenSynced(): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve) => this.syncWaiters.push(resolve));
  }

  /** Resolves once every local update made so far has been acknowledged as durable (or refused for good). */
  flushed(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push(resolve));
  }

  /** Number of local updates the server has not acknowledged yet. */
  get pendingCount(): number {
    return this.pending.size;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.socket.off();
    this.socket.disconnect();
    if (this.ownsDoc) this.doc.destroy();
    this.setStatus('offline');
    this.removeAllListeners();
  }

  // ---------------------------------------------------------------------------------------------------

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.destroyed) return;
    const id = this.nextPendingId++;
    this.pending.set(id, update);
    this.refreshStatus();
    if (this.socket.connected) this.send(encodeSyncUpdate(update), [id]);
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this || !this.socket.connected) return;
    const own = this.awareness.clientID;
    if ([...added, ...updated, ...removed].includes(own)) {
      this.socket.emit(Y_EVENT, encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, [own])));
    }
  };

  private readonly onConnect = () => {
    this.lastError = null;
    this.refreshStatus();
  };

  private readonly onDisconnect = () => {
    // The server drops our presence when the socket closes, so only the others' states go here.
    this.setStatus('offline');
    this.setSynced(false);
    const others = [...this.awareness.getStates().keys()].filter((c) => c !== this.awareness.clientID);
    if (others.length > 0) removeAwarenessStates(this.awareness, others, this);
    // Forget their clocks too: on reconnect the server resends their current states, possibly with the
    // same clocks, and those must be taken as new rather than ignored as already seen.
    for (const client of others) this.awareness.meta.delete(client);
    this.refreshStatus();
  };

  private readonly onConnectError = (err: Error & { data?: { code?: ErrorCode } }) => {
    const info: ConnectErrorInfo = { message: err.message };
    if (err.data?.code) info.code = err.data.code;
    this.lastError = info;
    this.setStatus('offline');
    this.emit('connect_error', info);
  };

  private readonly onWelcome = (welcome: WelcomeMessage) => {
    this.identity = welcome.you;
    this.role = welcome.you.role;
    // Setting the field publishes our presence (the awareness update handler sends it).
    this.awareness.setLocalStateField('user', welcome.you);
    this.emit('welcome', welcome);
  };

  private readonly onServerError = (error: ErrorMessage) => {
    this.lastError = error;
    this.emit('error', error);
  };

  private readonly onMessage = (payload: unknown) => {
    if (this.destroyed) return;
    const bytes = toBytes(payload);
    if (!bytes) return;
    let message;
    try {
      message = decodeMessage(bytes);
    } catch (err) {
      console.warn('[sync] unreadable message from the server', err);
      return;
    }
    if (message.type === 'awareness') {
      applyAwarenessUpdate(this.awareness, message.update, this);
    } else if (message.kind === 'step1') {
      // Everything the server lacks: offline edits and any update whose ack was lost.
      const ids = [...this.pending.keys()];
      this.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)), ids);
    } else {
      Y.applyUpdate(this.doc, message.update, this);
      if (message.kind === 'step2') this.setSynced(true);
    }
  };

  private send(frame: Uint8Array, ids: number[]) {
    this.socket.emit(Y_EVENT, frame, (ack: Ack) => this.onAck(ids, ack));
  }

  private onAck(ids: number[], ack: Ack) {
    if (this.destroyed) return;
    if (ack?.ok) {
      for (const id of ids) this.pending.delete(id);
    } else if (ack && RETRYABLE_CODES.includes(ack.code)) {
      this.scheduleRetry();
    } else {
      // A final refusal (forbidden, too_large, malformed): resending cannot help, so stop waiting on it.
      // The server also sent an ERROR_EVENT for it, which is what the 'error' listeners hear.
      for (const id of ids) this.pending.delete(id);
    }
    this.refreshStatus();
  }

  private scheduleRetry() {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.destroyed || !this.socket.connected || this.pending.size === 0) return;
      const ids = [...this.pending.keys()];
      this.send(encodeSyncUpdate(Y.mergeUpdates(ids.map((id) => this.pending.get(id)!))), ids);
    }, this.retryDelayMs);
  }

  private setSynced(synced: boolean) {
    if (this.synced === synced) return;
    this.synced = synced;
    if (synced) {
      const waiters = this.syncWaiters;
      this.syncWaiters = [];
      for (const resolve of waiters) resolve();
    }
    this.emit('synced', synced);
    this.refreshStatus();
  }

  private refreshStatus() {
    if (this.pending.size === 0 && this.flushWaiters.length > 0) {
      const waiters = this.flushWaiters;
      this.flushWaiters = [];
      for (const resolve of waiters) resolve();
    }
    if (this.destroyed) return;
    if (!this.socket.connected) {
      if (this.status !== 'connecting') this.setStatus('offline');
    }
    else if (!this.synced) this.setStatus('connecting');
    else this.setStatus(this.pending.size > 0 ? 'saving' : 'saved');
  }

  private setStatus(status: ProviderStatus) {
    if (this.status === status) return;
    this.status = status;
    this.emit('status', status);
  }
}
