import type { Socket } from 'socket.io';

// Bounded output for sockets that do not read (docs/protocol.md P9). Socket.IO queues every packet for a
// socket in engine.io's write buffer while the WebSocket is still sending the previous batch, and the ws
// library holds what the kernel has not taken yet (its `bufferedAmount`). A client that stops reading makes
// both grow for ever with every relayed update and cursor. Past `maxBytes` waiting when more is to be sent,
// the socket is cut off: its transport is closed at once, so its room place, awareness and buffers go.

/** What engine.io's socket exposes that the guard reads (engine.io 6: socket.js, transports/websocket.js). */
interface EngineSocket {
  on(event: 'packetCreate', listener: (packet: { data?: unknown }) => void): void;
  on(event: 'flush', listener: () => void): void;
  transport?: { socket?: { bufferedAmount?: number; terminate?: () => void } };
  close(discard?: boolean): void;
}

/** Why a socket was cut off, kept in `socket.data.cutOff` (the tests and the log read it). */
export const CUT_OFF_REASON = 'output_buffer_full';

/** Watches what waits to be sent to `socket`; calls `onCutOff` once, after closing it, past `maxBytes`. */
export function guardOutput(socket: Socket, maxBytes: number, onCutOff: (waitingBytes: number) => void): void {
  const conn = socket.conn as unknown as EngineSocket;
  // Bytes in engine.io's write buffer: packets created since its last flush handed them to the transport.
  let queued = 0;
  let cut = false;
  conn.on('flush', () => {
    queued = 0;
  });
  conn.on('packetCreate', (packet) => {
    if (cut) return;
    const waiting = queued + (conn.transport?.socket?.bufferedAmount ?? 0);
    queued += sizeOf(packet.data);
    // One large packet into an empty buffer is fine (a newcomer's whole state); more on top of a full one is not.
    if (waiting <= maxBytes) return;
    cut = true;
    socket.data.cutOff = CUT_OFF_REASON;
    // Not inside engine.io's send (this may be one socket of a broadcast): right after it.
    setImmediate(() => {
      const ws = conn.transport?.socket;
      conn.close(true);
      ws?.terminate?.();
      onCutOff(waiting);
    });
  });
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}
