// Wire protocol constants shared by the server and every client. docs/protocol.md is the spec; its rule
// IDs (P1, P2, ...) are cited by the tests.
import { MAP_LIMITS } from '../map/limits';
import type { RefusalReason } from '../access/permissions';
import type { Role } from '../map/types';

/** The one Socket.IO event that carries y-protocols messages, framed exactly as y-websocket frames them. */
export const Y_EVENT = 'y' as const;
/** Server → client: something the client sent was refused (see ErrorCode). */
export const ERROR_EVENT = 'y-error' as const;
/** Server → client, once after the handshake: who the server says you are. */
export const WELCOME_EVENT = 'welcome' as const;
/** Server → client: a new entry of the workshop's activity feed (P15), an ActivityEntry, once it is stored. */
export const ACTIVITY_EVENT = 'activity' as const;

/** First varUint of a "y" frame. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/**
 * Secret rounds (P18): opening, closing, ballots, and what the server says back (counts for all, one's own
 * ballots for oneself). 2 and 3 are y-websocket's auth and query-awareness, which this protocol does not use.
 */
export const MESSAGE_ROUND = 4;

export const SOCKET_PATH = '/socket.io';

export type { Role };

export const ERROR_CODES = [
  'bad_workshop', // unknown workshop id
  'bad_key', // key does not open this workshop
  'key_revoked', // the key this socket was admitted with was withdrawn (P16); the server closes it
  'bad_origin', // the handshake came from a page at an origin this server does not serve (P2)
  'forbidden', // this role may not do that (observer writes)
  'too_large', // message over the size limit
  'rate_limited', // too many updates per second
  'room_full', // connections per workshop limit reached
  'malformed', // not a y-protocols message we accept
  'incomplete', // the update refers to something the server does not have; resend everything unacknowledged
  'internal', // the server failed to make the update durable; the client should resend
  'over_quota', // the workshop holds as many bytes as it may store (docs/protocol.md P9); nothing more is saved
  'no_round', // the secret round named is not open (closed, or never opened) (P18)
  'round_open', // a secret round is already open; close it before opening another (P18)
  'bad_round', // an element outside the round's set, or a round that names none of the map's (P18)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** The refusals only a secret-round message gets (P18): the page words them beside the ballot. */
export const ROUND_ERROR_CODES: readonly ErrorCode[] = ['no_round', 'round_open', 'bad_round'];

/**
 * Handshake `auth` payload (P2). `secret` is the browser's random secret for this workshop: the server
 * gives whoever holds it the same participant id, name and colour every time. `participant` says what the
 * person would like to be called; any id in it is ignored (ids are the server's).
 */
export interface HandshakeAuth {
  workshop: string;
  key: string;
  secret?: string;
  participant?: { name?: string; color?: string };
}

/** What a browser secret looks like: 22–128 URL-safe characters (the reference client makes 43). */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** Identity the server verified and stamps onto awareness states. */
export interface VerifiedIdentity {
  id: string;
  name: string;
  color: string;
  role: Role;
}

export interface WelcomeMessage {
  /** `epoch` names this history of the workshop's document (P17): it changes when the workshop is made again. */
  workshop: { id: string; title: string; epoch: string };
  you: VerifiedIdentity;
}

/** `round`: the id of the secret round an `open` message opened (P18). */
export type Ack = { ok: true; round?: string } | ({ ok: false } & ErrorMessage);

export interface ErrorMessage {
  code: ErrorCode;
  error: string;
  /** For `forbidden`: why, in words a client can translate (lib/access/permissions.ts RefusalReason). */
  reason?: RefusalReason;
}

/** Awareness state each client publishes; the server overwrites `user` with the verified identity. */
export interface PresenceState {
  user: VerifiedIdentity;
  /** Pointer in model (canvas) coordinates, or null when off the canvas. */
  cursor?: { x: number; y: number } | null;
  /** Ids of the elements this person has selected. */
  selection?: string[];
  /** Live positions of actors being dragged; committed to the document on drop. */
  dragging?: Record<string, { x: number; y: number }>;
  /** Which view this person is looking at. */
  view?: 'network' | 'value_chain';
  /** A facilitator's "Follow me" (P13): participants' canvases follow this person's viewport while true. */
  following?: boolean;
  /** What this person's canvas shows, published while `following`. */
  viewport?: SharedViewport | null;
  /** What else a leading facilitator shows (highlight, dock panel, focus), published while `following` (P8). */
  shows?: SharedShow | null;
}

/**
 * Besides the viewport, what followers' screens take from a leading facilitator's (docs/protocol.md P8):
 * the score panel's highlight, the dock panel and score tab open on their screen, the actor in focus, and
 * the what-if scenario open (its id; null on the live map). Panel and tab are names a client may not know
 * (an older one): it keeps its own then; a scenario it does not know (discarded since) leaves it as it is.
 */
export interface SharedShow {
  /** `source` names the control that lit it ("component:I3"); `elements` are canvas ids. */
  highlight: { source: string; elements: string[] } | null;
  panel: string | null;
  tab: string | null;
  focus: string | null;
  /** Optional for clients that predate scenarios: absent reads as null. */
  scenario?: string | null;
}

/**
 * A canvas viewport that screens of other sizes can reproduce: the model point at the centre, the zoom, and
 * the canvas size in CSS pixels (a smaller screen zooms out to show the same part of the map).
 */
export interface SharedViewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  /** In the value-chain view: the width over height its layout was made for, so followers lay it out alike. */
  chart?: number;
}

/** Second varUint of a sync frame (the y-protocols sync message types). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** Ack codes after which resending the same update may succeed; the rest are final refusals. */
export const RETRYABLE_CODES: readonly ErrorCode[] = ['internal', 'rate_limited'];

/**
 * Handshake refusals the server lifts by itself (P12): the client tries again after a growing pause (with
 * jitter, so a room's worth of clients do not come back at once), at most HANDSHAKE_RETRY_MAX_MS apart.
 */
export const HANDSHAKE_RETRY_CODES: readonly ErrorCode[] = ['internal', 'rate_limited', 'room_full'];
export const HANDSHAKE_RETRY_MAX_MS = 30_000;

/** Longest display name the server keeps (longer names are cut). */
export const MAX_NAME_LENGTH = MAP_LIMITS.nameLength;
