// What the soak's server runs with beyond the defaults (bench/soak/server-process.ts), and what the hostile
// client must know of it. Output per socket is bounded low (4 MiB against the default 96) so that the socket
// that does not read reaches the bound within one attack; an honest client's whole state is far below it.
export const SOAK_MAX_SOCKET_OUTPUT_BYTES = 4 * 1024 * 1024;
