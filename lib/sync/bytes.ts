// Socket.IO hands binary payloads over as a Buffer in Node and as an ArrayBuffer in the browser; everything
// past the socket works on plain Uint8Array views.
export function toBytes(payload: unknown): Uint8Array | null {
  if (payload instanceof Uint8Array) return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  if (ArrayBuffer.isView(payload)) return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  return null;
}
