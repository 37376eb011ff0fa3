import type { Writer } from '../../lib/access/check-changes';
import type { DocChanges } from '../../lib/sync/update-changes';
import type { ActivityWho, PendingActivity } from '../activity/room-activity';

// The shapes of a room's group commit (docs/protocol.md P5): writes wait for their batch, are checked one by
// one, and the checked ones are stored in one transaction before any of them is applied or acknowledged.

/** Transaction origin of writes that came through the room (a connection, or the HTTP API). */
export interface WriteOrigin {
  connectionId?: string;
  label?: string;
  /** For the server's own writes: the participant whose request it is (the activity feed names them). */
  by?: string;
}

export type WriteResult = 'applied' | 'unchanged';

/** A write waiting for its batch. */
export interface PendingWrite {
  update: Uint8Array;
  origin: WriteOrigin;
  writer: Writer | null;
  resolve: (result: WriteResult) => void;
  reject: (err: unknown) => void;
}

/** A write that passed the check and waits in its batch to be stored. */
export interface StagedWrite {
  write: PendingWrite;
  changes: DocChanges | null;
  who: ActivityWho;
  activity: PendingActivity | null;
  /** Later writes must be checked against a replica that holds this one (see Room.check). */
  endsBatch: boolean;
}

/** At most this many writes share one store transaction, so one batch never holds the event loop for long. */
export const MAX_BATCH_WRITES = 200;
