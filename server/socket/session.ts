import type { VerifiedIdentity } from '../../lib/sync/protocol';
import type { Room } from '../rooms/room';

/** What the handshake established about a socket; kept in `socket.data`. */
export interface SyncSession {
  workshop: { id: string; title: string; epoch: string };
  identity: VerifiedIdentity;
  room: Room;
  /** Gives back the connection place (idempotent: the socket may close before or after it connected). */
  release: () => void;
}

export const roomChannel = (workshopId: string) => `workshop:${workshopId}`;
