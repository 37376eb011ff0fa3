// A bare Socket.IO client speaking the protocol by hand (like tests/integration/helpers/sync-server.ts
// rawSocket), for the soak's hostile client: it sends what the reference provider never would.
import { io, type Socket } from 'socket.io-client';
import { ERROR_EVENT, SOCKET_PATH, WELCOME_EVENT, Y_EVENT, type Ack, type WelcomeMessage } from '../../lib/sync/protocol';

export interface RawSocket {
  socket: Socket;
  welcome: WelcomeMessage | null;
  /** Bytes of "y" frames received. */
  received: { frames: number; bytes: number };
  errors: string[];
  /** Sends one frame and resolves with the ack's code ('ok' when accepted), or 'no answer' after `timeoutMs`. */
  send(payload: unknown, timeoutMs?: number): Promise<string>;
  /** Sends without asking for an ack (as awareness is sent). */
  fire(payload: unknown): void;
  close(): void;
}

export interface RawOptions {
  workshop: string;
  key: string;
  secret?: string;
  headers?: Record<string, string>;
}

/** Connects and resolves once welcomed; rejects with the handshake's refusal code (or message). */
export function rawSocket(url: string, options: RawOptions): Promise<RawSocket> {
  const auth: Record<string, string> = { workshop: options.workshop, key: options.key };
  if (options.secret) auth.secret = options.secret;
  const socket = io(url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true, reconnection: false, auth, extraHeaders: options.headers });
  const raw: RawSocket = {
    socket,
    welcome: null,
    received: { frames: 0, bytes: 0 },
    errors: [],
    send: (payload, timeoutMs = 30_000) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve('no answer'), timeoutMs);
        socket.emit(Y_EVENT, payload, (ack: Ack) => {
          clearTimeout(timer);
          resolve(ack?.ok ? 'ok' : (ack?.code ?? 'no code'));
        });
      }),
    fire: (payload) => void socket.emit(Y_EVENT, payload),
    close: () => void socket.disconnect(),
  };
  socket.on(Y_EVENT, (payload: ArrayBuffer | Uint8Array) => {
    raw.received.frames++;
    raw.received.bytes += payload.byteLength;
  });
  socket.on(ERROR_EVENT, (e: { code: string }) => raw.errors.push(e.code));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error('no welcome'));
    }, 30_000);
    socket.once(WELCOME_EVENT, (welcome: WelcomeMessage) => {
      clearTimeout(timer);
      raw.welcome = welcome;
      resolve(raw);
    });
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(new Error(err.data?.code ?? err.message));
    });
  });
}
