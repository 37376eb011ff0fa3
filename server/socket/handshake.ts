import type { Socket } from 'socket.io';
import type { ErrorCode, HandshakeAuth } from '../../lib/sync/protocol';
import { verifyIdentity } from '../rooms/identity';
import type { RoomManager } from '../rooms/room-manager';
import { SyncError } from '../rooms/sync-error';
import type { SyncSession } from './session';
import type { SyncAuth } from './sync-auth';

type ConnectError = Error & { data: { code: ErrorCode } };

function refusal(code: ErrorCode, message: string): ConnectError {
  const err = new Error(message) as ConnectError;
  err.data = { code };
  return err;
}

/**
 * The Socket.IO middleware that admits a connection (docs/protocol.md P2): the workshop must exist, the key
 * must open it, and the workshop must have room. A refused client gets one connect_error saying why, and
 * nothing else; an admitted one has its room loaded and a place reserved before it is told it connected.
 */
export function handshake(auth: SyncAuth, rooms: RoomManager) {
  return (socket: Socket, next: (err?: Error) => void) => {
    void admit(socket, auth, rooms).then(
      (session) => {
        socket.data.session = session;
        next();
      },
      (err: unknown) => {
        if (err instanceof SyncError) return next(refusal(err.code, err.message));
        console.error('[sync] handshake failed', err);
        next(refusal('internal', 'The server could not open this workshop; try again'));
      },
    );
  };
}

async function admit(socket: Socket, auth: SyncAuth, rooms: RoomManager): Promise<SyncSession> {
  const given = (socket.handshake.auth ?? {}) as Partial<Record<keyof HandshakeAuth, unknown>>;
  if (typeof given.workshop !== 'string' || given.workshop.length === 0) {
    throw new SyncError('bad_workshop', 'The handshake must name a workshop (auth.workshop)');
  }
  const workshopId = given.workshop;
  const workshop = await auth.get(workshopId);
  if (!workshop) throw new SyncError('bad_workshop', `No workshop with id "${workshopId}"`);
  const role = typeof given.key === 'string' && given.key.length > 0 ? await auth.authenticate(workshopId, given.key) : null;
  if (!role) throw new SyncError('bad_key', `This key does not open workshop "${workshopId}"`);

  const room = await rooms.joinConnection(workshopId);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rooms.leaveConnection(workshopId);
  };
  // If the client goes away between the handshake and the connection, no "disconnect" ever fires.
  socket.conn.once('close', release);
  const identity = verifyIdentity(role, given.participant, () => room.nextGuestNumber());
  return { workshop: { id: workshop.id, title: workshop.title }, identity, room, release };
}
