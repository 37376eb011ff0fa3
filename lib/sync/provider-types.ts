import type { ManagerOptions, SocketOptions } from 'socket.io-client';
import type * as Y from 'yjs';
import type { ActivityEntry } from '../activity/types';
import type { PendingStore, Touched } from './pending';
import type { ErrorCode, ErrorMessage, HandshakeAuth, WelcomeMessage } from './protocol';

// The reference client's events and options (lib/sync/provider.ts, docs/protocol.md).

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
  /** A new entry of the workshop's activity feed (P15), the writer's own included. Missed while offline: fetch the feed. */
  activity: (entry: ActivityEntry) => void;
  /** How many local changes wait for the server's acknowledgement (P17), whenever that number changes. */
  pending: (count: number) => void;
  /**
   * The server refused local changes for good (P14, P17): they are dropped from the queue, never resent, and
   * `touched` says where they were, so the app can tell the person by element. The local replica still
   * holds them: start again from the server's state.
   */
  refused: (refusal: Refusal) => void;
  /**
   * The kept copy belongs to another history of this workshop (its epoch differs from the server's, P17):
   * the provider has dropped its queue and ignores the server's messages. Start again with a fresh document.
   */
  stale: (epoch: string) => void;
}

export interface Refusal {
  error: ErrorMessage;
  touched: Touched[];
  /** How many local changes were lost with it. */
  count: number;
}

export interface WorkshopProviderOptions {
  /** Origin of the ClusterCanvas server, e.g. `window.location.origin` or `http://localhost:3000`. */
  url: string;
  workshop: string;
  key: string;
  /** The document to sync; a fresh one is made (and destroyed with the provider) when omitted. */
  doc?: Y.Doc;
  participant?: HandshakeAuth['participant'];
  /** This browser's secret for the workshop (P2): the server gives whoever holds it the same identity.
   * Default: a random one for this provider's lifetime. */
  secret?: string;
  /** Connect at once (default true). */
  autoConnect?: boolean;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  /** Wait before resending updates the server could not take (rate limit, store failure). */
  retryDelayMs?: number;
  /**
   * Where the queue of unacknowledged updates, the document's epoch and the identity are kept across
   * reloads (P17); without it they live as long as the provider. Its updates are applied to the document
   * at construction.
   */
  store?: PendingStore;
}
