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
import { ERROR_EVENT, WELCOME_EVENT, Y_EVENT, type Ack, type ErrorCode, type WelcomeMessage } from '../../lib/sync/protocol';
import type { RoomConnection } from '../rooms/room';
import { SyncError } from '../rooms/sync-error';
import { TokenBucket } from '../rooms/token-bucket';
import { roomChannel, type SyncSession } from './session';

export interface ConnectionLimits {
  maxMessageBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
}

/**
 * Serves one admitted socket: the server's opening (P4), then every "y" message it sends. Each message is
 * handled on its own; whatever goes wrong with one is answered with an error event and a failing ack (P9)
 * and leaves the room and the server as they were.
 */
export function serveConnection(socket: Socket, session: SyncSession, limits: ConnectionLimits): void {
  const { room, identity, workshop } = session;
  const connection: RoomConnection = { id: socket.id, identity, awarenessClients: new Set() };
  const bucket = new TokenBucket(limits.updatesPerSecond, limits.updateBurst);

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
    const refuse = (code: ErrorCode, error: string) => {
      socket.emit(ERROR_EVENT, { code, error });
      reply({ ok: false, code, error });
    };
    const fail = (err: unknown) => {
      if (err instanceof SyncError) return refuse(err.code, err.message);
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

      if (message.kind === 'step1') {
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

      // Sync step 2 and update both carry document changes: the same write path (P5, P6, P13).
      if (!bucket.take()) {
        return refuse('rate_limited', `more than ${limits.updatesPerSecond} updates per second; this one was not applied, resend it`);
      }
      assertReadableUpdate(message.update);
      lastWrite = room.write(message.update, { connectionId: socket.id }, identity.role).then(() => reply({ ok: true }), fail);
    } catch (err) {
      fail(err);
    }
  });
}

/** Decodes the whole update first, so that an unreadable one is refused before it is stored or applied. */
function assertReadableUpdate(update: Uint8Array) {
  try {
    Y.decodeUpdate(update);
  } catch (err) {
    throw new MalformedMessageError(`not a readable Yjs update (${(err as Error).message})`);
  }
}
