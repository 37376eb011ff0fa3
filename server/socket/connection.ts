import type { Socket } from 'socket.io';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeAwarenessUpdate } from '../../lib/sync/awareness-codec';
import { toBytes } from '../../lib/sync/bytes';
import {
  MalformedMessageError,
  decodeMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
} from '../../lib/sync/messages';
import type { Writer } from '../../lib/access/check-changes';
import type { RefusalReason } from '../../lib/access/permissions';
import { ERROR_EVENT, WELCOME_EVENT, Y_EVENT, type Ack, type ErrorCode, type ErrorMessage, type WelcomeMessage } from '../../lib/sync/protocol';
import type { RoomConnection } from '../rooms/room';
import type { RoundRegistry } from '../rooms/room-rounds';
import { SyncError } from '../rooms/sync-error';
import { TokenBucket } from '../rooms/token-bucket';
import { guardOutput } from './output-guard';
import { handleRoundMessage } from './round-handler';
import { roomChannel, type SyncSession } from './session';

/** Per-connection limits (docs/protocol.md P9; defaults in server/config.ts SERVER_DEFAULTS). */
export interface ConnectionLimits {
  maxMessageBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
  syncStep1PerSecond: number;
  syncStep1Burst: number;
  awarenessPerSecond: number;
  awarenessBurst: number;
  maxAwarenessBytes: number;
  maxSocketOutputBytes: number;
  /** Secret-round messages (open, close, ballots, P18): their own bucket. */
  ballotsPerSecond: number;
  ballotBurst: number;
}

/**
 * Serves one admitted socket: the server's opening (P4), then every "y" message it sends. Each message is
 * handled on its own; whatever goes wrong with one is answered with an error event and a failing ack (P9)
 * and leaves the room and the server as they were.
 */
export function serveConnection(socket: Socket, session: SyncSession, limits: ConnectionLimits, rounds: RoundRegistry): void {
  const { room, identity, workshop } = session;
  const connection: RoomConnection = { id: socket.id, identity, awarenessClients: new Set() };
  // Three buckets, so that no kind of message can spend another's allowance: cursors never starve edits (P9).
  const writes = new TokenBucket(limits.updatesPerSecond, limits.updateBurst);
  const step1s = new TokenBucket(limits.syncStep1PerSecond, limits.syncStep1Burst);
  const presences = new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst);
  const ballots = new TokenBucket(limits.ballotsPerSecond, limits.ballotBurst);
  const writer: Writer = { role: identity.role, participant: identity.id };

  guardOutput(socket, limits.maxSocketOutputBytes, (waiting) =>
    console.warn(`[sync] cut off ${socket.id} in workshop ${workshop.id}: ${waiting} bytes waiting to be sent, over ${limits.maxSocketOutputBytes}`),
  );
  room.addConnection(connection);
  void socket.join(roomChannel(workshop.id));
  socket.on('disconnect', () => {
    room.removeConnection(connection);
    session.release();
  });

  const welcome: WelcomeMessage = { workshop, you: identity };
  socket.emit(WELCOME_EVENT, welcome);
  socket.emit(Y_EVENT, encodeSyncStep1(Y.encodeStateVector(room.doc)));
  socket.emit(Y_EVENT, encodeSyncStep2(Y.encodeStateAsUpdate(room.doc)));
  const present = [...room.awareness.getStates().keys()];
  if (present.length > 0) socket.emit(Y_EVENT, encodeAwarenessMessage(encodeAwarenessUpdate(room.awareness, present)));
  // An open secret round's counts, and this person's own ballots to them alone (P18).
  rounds
    .of(room)
    .then((r) => r.greet(socket.id, identity.id))
    .catch((err) => console.error(`[rounds] workshop ${workshop.id}: could not load the secret round`, err));

  // This connection's messages reach the others in the order it sent them (P7): presence waits for the
  // document writes queued before it, which are stored first. Otherwise the "drag ended" presence of a
  // dropped actor overtakes the drop itself, and the actor jumps back on everyone else's screen.
  let lastWrite: Promise<void> = Promise.resolve();

  socket.on(Y_EVENT, (...args: unknown[]) => {
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (ack: Ack) => void) : undefined;
    const reply = (result: Ack) => {
      try {
        ack?.(result);
      } catch {
        // The socket may already be gone; nothing to tell.
      }
    };
    const refuse = (code: ErrorCode, error: string, reason?: RefusalReason) => {
      const message: ErrorMessage = reason ? { code, error, reason } : { code, error };
      socket.emit(ERROR_EVENT, message);
      reply({ ok: false, ...message });
    };
    const fail = (err: unknown) => {
      if (err instanceof SyncError) return refuse(err.code, err.message, err.reason);
      if (err instanceof MalformedMessageError) return refuse('malformed', err.message);
      console.error(`[sync] message from ${socket.id} in workshop ${workshop.id} failed`, err);
      refuse('internal', 'the server could not handle this message');
    };

    try {
      const bytes = toBytes(args[0]);
      if (!bytes) return refuse('malformed', 'a "y" message must be binary: a y-protocols sync or awareness frame');
      if (bytes.length > limits.maxMessageBytes) {
        return refuse('too_large', `a message of ${bytes.length} bytes is over the limit of ${limits.maxMessageBytes} bytes`);
      }
      const message = decodeMessage(bytes);

      if (message.type === 'awareness') {
        if (bytes.length > limits.maxAwarenessBytes) {
          return refuse('too_large', `a presence message of ${bytes.length} bytes is over the limit of ${limits.maxAwarenessBytes} bytes`);
        }
        if (!presences.take()) return refuse('rate_limited', `more than ${limits.awarenessPerSecond} presence messages per second; this one was dropped`);
        const entries = decodeAwarenessUpdate(message.update);
        lastWrite
          .then(() => {
            // Gone while its writes were stored: its presence was already removed and must stay so.
            if (!socket.connected) return;
            const refused = room.applyAwareness(connection, entries);
            if (refused.length > 0) return refuse('forbidden', `awareness client id(s) ${refused.join(', ')} belong to another connection`);
            reply({ ok: true });
          })
          .catch(fail);
        return;
      }

      if (message.type === 'round') {
        if (!ballots.take()) return refuse('rate_limited', `more than ${limits.ballotsPerSecond} secret-round messages per second; this one was not counted, send it again`);
        lastWrite
          .then(() => rounds.of(room))
          .then((r) => handleRoundMessage(r, writer, message))
          .then(reply, fail);
        return;
      }

      if (message.kind === 'step1') {
        if (!step1s.take()) return refuse('rate_limited', `more than ${limits.syncStep1PerSecond} sync step 1 messages per second; this one was not answered, resend it`);
        let stateVector: Uint8Array;
        try {
          Y.decodeStateVector(message.stateVector);
          stateVector = message.stateVector;
        } catch {
          return refuse('malformed', 'sync step 1 does not carry a readable state vector');
        }
        socket.emit(Y_EVENT, encodeSyncStep2(Y.encodeStateAsUpdate(room.doc, stateVector)));
        return reply({ ok: true });
      }

      // Sync step 2 and update both carry document changes: the same write path (P5, P6, P14).
      if (!writes.take()) {
        return refuse('rate_limited', `more than ${limits.updatesPerSecond} updates per second; this one was not applied, resend it`);
      }
      lastWrite = room.write(message.update, { connectionId: socket.id }, writer).then(() => reply({ ok: true }), fail);
    } catch (err) {
      fail(err);
    }
  });
}
