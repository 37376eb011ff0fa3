import type { Server, Socket } from 'socket.io';
import { ERROR_EVENT, type ErrorCode, type ErrorMessage, type Role } from '../../lib/sync/protocol';
import type { SyncSession } from './session';

// Closing the live sockets that hold a withdrawn key (docs/protocol.md P16). The key check of the handshake
// (P2) reads the store; a handshake that read the old key before a rotation and finishes after it is caught
// when it connects, by the revocation's sequence number.

export const REVOKED_WORDS = 'This link no longer opens the workshop: the facilitator made a new one.';
export const DELETED_WORDS = 'This workshop was deleted.';

export interface CloseOptions {
  /** Spares the sockets of this participant id (the facilitator who rotated their own key, P16). */
  keep?: string;
}

export class Revocations {
  private seq = 0;
  private readonly latest = new Map<string, Partial<Record<Role, number>>>();

  constructor(private readonly io: Server) {}

  /** Stamps a socket as its handshake begins (an io.use middleware before the key check). */
  readonly stamp = (socket: Socket, next: (err?: Error) => void) => {
    socket.data.keyCheckedAt = this.seq;
    next();
  };

  /** True (and the socket closed) when its key was withdrawn after its handshake checked it. */
  closeIfRevoked(socket: Socket, session: SyncSession): boolean {
    const at = this.latest.get(session.workshop.id)?.[session.identity.role];
    if (at === undefined || at <= (socket.data.keyCheckedAt as number)) return false;
    session.release();
    close(socket, 'key_revoked', REVOKED_WORDS);
    return true;
  }

  /** Closes every socket of the workshop holding one of `roles`' keys; resolves with how many. */
  closeHolders(workshopId: string, roles: readonly Role[], code: ErrorCode, words: string, options: CloseOptions = {}): number {
    const seq = ++this.seq;
    const marks = this.latest.get(workshopId) ?? {};
    for (const role of roles) marks[role] = seq;
    this.latest.set(workshopId, marks);
    let closed = 0;
    for (const socket of this.io.sockets.sockets.values()) {
      const session = socket.data.session as SyncSession | undefined;
      if (!session || session.workshop.id !== workshopId || !roles.includes(session.identity.role)) continue;
      if (options.keep !== undefined && session.identity.id === options.keep) continue;
      close(socket, code, words);
      closed++;
    }
    return closed;
  }
}

/** One error event saying why, then the socket is closed by the server (the client does not reconnect). */
function close(socket: Socket, code: ErrorCode, error: string): void {
  const message: ErrorMessage = { code, error };
  socket.emit(ERROR_EVENT, message);
  socket.disconnect(true);
}
