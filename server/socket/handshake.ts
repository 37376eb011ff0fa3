import type { Socket } from 'socket.io';
import type { ErrorCode, HandshakeAuth } from '../../lib/sync/protocol';
import { writePerson } from '../../lib/map/discussion';
import type { IdentityService } from '../identity/identity-service';
import type { RoomManager } from '../rooms/room-manager';
import { SyncError } from '../rooms/sync-error';
import type { SyncSession } from './session';
import { documentEpoch, type SyncAuth } from './sync-auth';
import { checkOrigin, originRefusal, type OriginPolicy } from '../security/origins';
import { wrongKeysWords, type WrongKeys } from '../security/wrong-keys';

type ConnectError = Error & { data: { code: ErrorCode } };

function refusal(code: ErrorCode, message: string): ConnectError {
  const err = new Error(message) as ConnectError;
  err.data = { code };
  return err;
}

/**
 * The Socket.IO middleware that admits a connection (docs/protocol.md P2): a browser's page must be at the
 * public origin (server/security/origins.ts), the workshop must exist, the key
 * must open it, and the workshop must have room. A refused client gets one connect_error saying why, and
 * nothing else; an admitted one has its room loaded and a place reserved before it is told it connected.
 */
export function handshake(auth: SyncAuth, rooms: RoomManager, identities: IdentityService, origins: OriginPolicy, wrongKeys?: WrongKeys) {
  return (socket: Socket, next: (err?: Error) => void) => {
    // First, before any workshop is looked up: a page on another site must learn nothing here (P2).
    const verdict = checkOrigin(socket.handshake.headers, origins);
    if (!verdict.ok) return next(refusal('bad_origin', originRefusal(verdict)));
    void admit(socket, auth, rooms, identities, wrongKeys).then(
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

async function admit(socket: Socket, auth: SyncAuth, rooms: RoomManager, identities: IdentityService, wrongKeys?: WrongKeys): Promise<SyncSession> {
  const given = (socket.handshake.auth ?? {}) as Partial<Record<keyof HandshakeAuth, unknown>>;
  if (typeof given.workshop !== 'string' || given.workshop.length === 0) {
    throw new SyncError('bad_workshop', 'The handshake must name a workshop (auth.workshop)');
  }
  const workshopId = given.workshop;
  // Keys (and workshop ids) that open nothing, per address, as on the HTTP API (server/security/wrong-keys.ts).
  const waitMs = wrongKeys?.waitMs(socket.request) ?? 0;
  if (waitMs > 0) throw new SyncError('rate_limited', wrongKeysWords(Math.max(1, Math.ceil(waitMs / 1000))));
  const workshop = await auth.get(workshopId);
  if (!workshop) {
    wrongKeys?.failed(socket.request);
    throw new SyncError('bad_workshop', `No workshop with id "${workshopId}"`);
  }
  const role = typeof given.key === 'string' && given.key.length > 0 ? await auth.authenticate(workshopId, given.key) : null;
  if (!role) {
    wrongKeys?.failed(socket.request);
    throw new SyncError('bad_key', `This key does not open workshop "${workshopId}"`);
  }

  const room = await rooms.joinConnection(workshopId);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rooms.leaveConnection(workshopId);
  };
  // If the client goes away between the handshake and the connection, no "disconnect" ever fires.
  socket.conn.once('close', release);
  try {
    const asked = given.participant && typeof given.participant === 'object' ? (given.participant as Record<string, unknown>) : {};
    const identity = await identities.identify(workshopId, role, { secret: given.secret, name: asked.name, color: asked.color }, () => room.nextGuestNumber());
    // The directory of people is the server's to write (P14): names on votes and comments come from here.
    if (role !== 'observer') {
      await room.transact((doc) => writePerson(doc, identity.id, { name: identity.name, color: identity.color, role }), { label: 'people' });
    }
    return { workshop: { id: workshop.id, title: workshop.title, epoch: documentEpoch(workshop) }, identity, room, release };
  } catch (err) {
    release();
    throw err;
  }
}
