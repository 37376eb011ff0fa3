// Wire protocol constants shared by the server and every client. docs/protocol.md is the spec; its rule
// IDs (P1, P2, ...) are cited by the tests.

/** The one Socket.IO event that carries y-protocols messages, framed exactly as y-websocket frames them. */
export const Y_EVENT = 'y' as const;
/** Server → client: something the client sent was refused (see ErrorCode). */
export const ERROR_EVENT = 'y-error' as const;
/** Server → client, once after the handshake: who the server says you are. */
export const WELCOME_EVENT = 'welcome' as const;

/** First varUint of a "y" frame. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

export const SOCKET_PATH = '/socket.io';

export type Role = 'facilitator' | 'participant' | 'observer';

export const ERROR_CODES = [
  'bad_workshop', // unknown workshop id
  'bad_key', // key does not open this workshop
  'forbidden', // this role may not do that (observer writes)
  'too_large', // message over the size limit
  'rate_limited', // too many updates per second
  'room_full', // connections per workshop limit reached
  'malformed', // not a y-protocols message we accept
  'internal', // the server failed to make the update durable; the client should resend
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Handshake `auth` payload. `participant` is optional and lets a person keep name and colour across reloads. */
export interface HandshakeAuth {
  workshop: string;
  key: string;
  participant?: { id?: string; name?: string; color?: string };
}

/** Identity the server verified and stamps onto awareness states. */
export interface VerifiedIdentity {
  id: string;
  name: string;
  color: string;
  role: Role;
}

export interface WelcomeMessage {
  workshop: { id: string; title: string };
  you: VerifiedIdentity;
}

export type Ack = { ok: true } | { ok: false; code: ErrorCode; error: string };

export interface ErrorMessage {
  code: ErrorCode;
  error: string;
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
}

/** Second varUint of a sync frame (the y-protocols sync message types). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** Ack codes after which resending the same update may succeed; the rest are final refusals. */
export const RETRYABLE_CODES: readonly ErrorCode[] = ['internal', 'rate_limited'];

/** Participant ids the server accepts from a handshake as they are (anything else gets a fresh random id). */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Longest display name the server keeps (longer names are cut). */
export const MAX_NAME_LENGTH = 40;
