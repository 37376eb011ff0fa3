import type { RefusalReason } from '../../lib/access/permissions';
import type { ErrorCode } from '../../lib/sync/protocol';

/** A refusal with a protocol error code (docs/protocol.md P9); the socket layer turns it into an error event and ack. */
export class SyncError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For `forbidden`: the machine-readable reason (P14). */
    readonly reason?: RefusalReason,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}
