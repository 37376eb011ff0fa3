import type { Writer } from '../../lib/access/check-changes';
import type { RoundMessage } from '../../lib/sync/round-codec';
import type { Ack } from '../../lib/sync/protocol';
import type { RoomRounds } from '../rooms/room-rounds';
import { SyncError } from '../rooms/sync-error';

/**
 * One secret-round message from a connection (docs/protocol.md P18): open and close (the facilitator's),
 * a ballot (anyone who may discuss). Resolves with the ack once the result is durable; refusals throw
 * SyncError. `counts` and `mine` are the server's to send, never a client's.
 */
export async function handleRoundMessage(rounds: RoomRounds, writer: Writer, message: RoundMessage): Promise<Ack> {
  switch (message.kind) {
    case 'open':
      return { ok: true, round: await rounds.open(writer, message.elements) };
    case 'close':
      await rounds.close(writer, message.roundId);
      return { ok: true };
    case 'ballot':
      await rounds.cast(writer, message.roundId, message.elementId, message.value);
      return { ok: true };
    default:
      throw new SyncError('malformed', `a "${message.kind}" round message is sent by the server only`);
  }
}
