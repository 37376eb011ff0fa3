import { io, type Socket } from 'socket.io-client';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { randomToken } from '../map/ids';
import { toBytes } from './bytes';
import { Emitter } from './emitter';
import { decodeMessage, encodeAwarenessMessage, encodeSyncStep2, encodeSyncUpdate } from './messages';
import { touchedBy, type Touched } from './pending';
import { PendingQueue } from './pending-queue';
import { RoundClient } from './round-client';
import type { ActivityEntry } from '../activity/types';
import type { ConnectErrorInfo, ProviderEvents, ProviderStatus, WorkshopProviderOptions } from './provider-types';
import {
  ACTIVITY_EVENT,
  ERROR_EVENT,
  HANDSHAKE_RETRY_CODES,
  HANDSHAKE_RETRY_MAX_MS,
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

export type { ConnectErrorInfo, ProviderEvents, ProviderStatus, Refusal, WorkshopProviderOptions } from './provider-types';

/**
 * Syncs one workshop document with the server (docs/protocol.md). Every local update is sent with an ack and
 * kept until the server says it is durable; after a reconnect the server's sync step 1 is answered with a
 * step 2 computed from state vectors, which carries every unacknowledged and offline edit in one message.
 */
export class WorkshopProvider extends Emitter<ProviderEvents> {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly socket: Socket;
  /** Secret rounds: counts, one's own ballots, and the messages to open, close and vote (P18). */
  readonly rounds: RoundClient;
  readonly workshop: string;
  status: ProviderStatus = 'connecting';
  synced = false;
  role: Role | null = null;
  identity: VerifiedIdentity | null = null;
  /** The last refusal from the server, for display. */
  lastError: ErrorMessage | ConnectErrorInfo | null = null;

  private readonly ownsDoc: boolean;
  private readonly retryDelayMs: number;
  /** Local updates not yet acknowledged, kept on the device when a store is given (P17). */
  private readonly pending: PendingQueue;
  /** The epoch of the server document this replica belongs to (P17), once known. */
  epoch: string | null = null;
  /** The kept copy turned out to be of another history of the workshop (P17): nothing more is synced. */
  stale = false;
  private lastPendingCount = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** A new handshake after one the server refused for now (P12); how many in a row so far. */
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private refusedHandshakes = 0;
  /** disconnect() was called: stay offline until connect(). */
  private offlineOnPurpose = false;
  /** A resend of every unacknowledged update is queued or in flight (after an `incomplete` refusal, P14). */
  private resending = false;
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
    this.pending = new PendingQueue(options.store ?? null);
    // What an earlier page (a reload, a crashed tab) had not got acknowledged: queued again, and into the
    // document, in case the document's own copy missed the last of it (P17).
    const kept = this.pending.restore();
    this.epoch = kept.epoch;
    this.identity = kept.identity;
    this.role = kept.identity?.role ?? null;
    for (const entry of kept.entries) Y.applyUpdate(this.doc, entry.update, this);
    this.lastPendingCount = this.pending.count;
    const auth: HandshakeAuth = { workshop: options.workshop, key: options.key };
    if (options.participant) auth.participant = options.participant;
    // Without a secret of its own (a script, a test) the provider makes one, so that it stays the same
    // person across its reconnects: its Yjs client id is bound to that person (P2, P14).
    auth.secret = options.secret ?? randomToken(43);
    this.socket = io(options.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      ...options.socketOptions,
      autoConnect: false,
      auth,
    });

    this.rounds = new RoundClient(this.socket);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', this.onConnectError);
    this.socket.on(WELCOME_EVENT, this.onWelcome);
    this.socket.on(Y_EVENT, this.onMessage);
    this.socket.on(ERROR_EVENT, this.onServerError);
    this.socket.on(ACTIVITY_EVENT, this.onActivity);

    if (options.autoConnect !== false) this.connect();
  }

  connect(): void {
    if (this.destroyed || this.socket.connected) return;
    this.offlineOnPurpose = false;
    this.setStatus('connecting');
    this.socket.connect();
  }

  /** Goes offline on purpose; local edits keep accumulating and merge on connect(). */
  disconnect(): void {
    if (this.destroyed) return;
    this.offlineOnPurpose = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
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

  /** Number of local changes the server has not acknowledged yet (entries merged offline count for all they hold). */
  get pendingCount(): number {
    return this.pending.count;
  }

  /** Where the unacknowledged changes are (root and key), for a person's "what is not saved yet". */
  pendingTouched(): Touched[] {
    return this.pending.touched();
  }

  /** Forgets what the device keeps for this workshop (its queue, epoch and identity): the app drops its copy. */
  forgetKeptCopy(): void {
    this.pending.clear();
    this.refreshStatus();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
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

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => {
    if (origin === this || this.destroyed || this.stale) return;
    const id = this.pending.add({ update, touched: touchedBy(doc, transaction), count: 1 }, !this.socket.connected);
    this.keep();
    this.refreshStatus();
    if (this.socket.connected) this.send(encodeSyncUpdate(update), [id]);
  };

  /** The queue as it is now, on the device (P17): written at once, so a crash right after an edit keeps it. */
  private keep() {
    if (this.destroyed || this.stale) return;
    this.pending.keep(this.epoch, this.identity);
  }

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
    this.refusedHandshakes = 0;
    this.refreshStatus();
  };

  private readonly onDisconnect = () => {
    // The server drops our presence when the socket closes, so only the others' states go here.
    // Acks of messages in flight never come; the opening after the reconnect resends what they carried.
    this.resending = false;
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
    // Socket.IO never retries a handshake the server refused. A refusal the server lifts by itself (the
    // workshop is full, the server was busy or failed for a moment, P12) is tried again, ever more slowly;
    // any other (a wrong key, a deleted workshop) is final.
    if (info.code && HANDSHAKE_RETRY_CODES.includes(info.code)) this.scheduleReconnect();
  };

  private scheduleReconnect() {
    if (this.reconnectTimer || this.destroyed || this.offlineOnPurpose) return;
    const delay = Math.min(HANDSHAKE_RETRY_MAX_MS, this.retryDelayMs * 2 ** this.refusedHandshakes) * (0.5 + Math.random() / 2);
    this.refusedHandshakes++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.destroyed || this.offlineOnPurpose || this.socket.connected) return;
      this.setStatus('connecting');
      this.socket.connect();
    }, delay);
  }

  private readonly onWelcome = (welcome: WelcomeMessage) => {
    const epoch = typeof welcome.workshop?.epoch === 'string' ? welcome.workshop.epoch : null;
    if (this.epoch && epoch && this.epoch !== epoch) {
      // The server's document is another history than the one this copy was made from (the workshop was
      // reset or made again under the same id): what this copy holds must not be sent back (P17).
      this.stale = true;
      this.pending.clear();
      this.socket.disconnect();
      this.refreshStatus();
      this.emit('stale', epoch);
      return;
    }
    if (epoch) this.epoch = epoch;
    this.identity = welcome.you;
    this.role = welcome.you.role;
    // Setting the field publishes our presence (the awareness update handler sends it).
    this.awareness.setLocalStateField('user', welcome.you);
    this.keep();
    this.emit('welcome', welcome);
  };

  private readonly onServerError = (error: ErrorMessage) => {
    // `incomplete` is answered by resending (see onAck); only a resend that fails too reaches the app.
    if (error.code === 'incomplete') return;
    this.lastError = error;
    this.emit('error', error);
  };

  private readonly onActivity = (entry: ActivityEntry) => {
    if (this.destroyed || !entry || typeof entry !== 'object' || !Number.isInteger(entry.seq) || !Array.isArray(entry.items)) return;
    this.emit('activity', entry);
  };

  private readonly onMessage = (payload: unknown) => {
    if (this.destroyed || this.stale) return;
    const bytes = toBytes(payload);
    if (!bytes) return;
    let message;
    try {
      message = decodeMessage(bytes);
    } catch (err) {
      console.warn('[sync] unreadable message from the server', err);
      return;
    }
    if (message.type === 'round') this.rounds.receive(message);
    else if (message.type === 'awareness') {
      applyAwarenessUpdate(this.awareness, message.update, this);
    } else if (message.kind === 'step1') {
      // Everything the server lacks: offline edits and any update whose ack was lost.
      const ids = this.pending.ids();
      this.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)), ids);
    } else {
      Y.applyUpdate(this.doc, message.update, this);
      if (message.kind === 'step2') this.setSynced(true);
    }
  };

  private send(frame: Uint8Array, ids: number[], wholeState = false) {
    this.socket.emit(Y_EVENT, frame, (ack: Ack) => this.onAck(ids, ack, wholeState));
  }

  private onAck(ids: number[], ack: Ack, wholeState: boolean) {
    if (this.destroyed) return;
    if (wholeState) this.resending = false;
    if (ack?.ok) {
      this.pending.acknowledge(ids);
      this.keep();
    } else if (ack && ack.code === 'incomplete' && !wholeState) {
      // The server lacks something this update builds on (an earlier one was rate-limited, say): send
      // everything unacknowledged as one update, which the server's state plus ours always resolves.
      this.resendAll();
    } else if (ack && RETRYABLE_CODES.includes(ack.code)) {
      this.scheduleRetry();
    } else {
      if (ack && ack.code === 'incomplete') {
        // Even everything we have does not resolve: this replica is out of step with the server for good.
        const error: ErrorMessage = { code: 'incomplete', error: 'This copy of the map is out of step with the server; it starts again from the server’s copy' };
        this.lastError = error;
        this.emit('error', error);
      }
      // A final refusal (forbidden, too_large, malformed): resending cannot help, so stop waiting on it,
      // and on every later local update, which follows it in this replica's clocks and could only be
      // refused as incomplete (P14). The server also sent an ERROR_EVENT, which the 'error' listeners hear.
      const lost = this.pending.dropFrom(ids);
      this.keep();
      if (lost) {
        const { touched, count } = lost;
        const error: ErrorMessage = ack && !ack.ok ? { code: ack.code, error: ack.error, ...(ack.reason ? { reason: ack.reason } : {}) } : { code: 'internal', error: 'no answer' };
        this.emit('refused', { error, touched, count });
      }
    }
    this.refreshStatus();
  }

  private resendAll() {
    if (this.resending) return;
    this.resending = true;
    queueMicrotask(() => {
      if (this.destroyed || !this.socket.connected || this.pending.size === 0) {
        this.resending = false;
        return;
      }
      const ids = this.pending.ids();
      this.send(encodeSyncUpdate(Y.mergeUpdates(this.pending.updates(ids))), ids, true);
    });
  }

  private scheduleRetry() {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.destroyed || !this.socket.connected || this.pending.size === 0) return;
      const ids = this.pending.ids();
      this.send(encodeSyncUpdate(Y.mergeUpdates(this.pending.updates(ids))), ids);
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
    const count = this.pending.count;
    if (count !== this.lastPendingCount && !this.destroyed) {
      this.lastPendingCount = count;
      this.emit('pending', count);
    }
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
