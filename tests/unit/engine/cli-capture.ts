import { Readable } from 'node:stream';

// In-process runs of the map commands (bin/commands/score.ts, metrics.ts): what they print, and a map file's
// JSON. Shared by the unit tests (standard input) and the integration tests (map files on disk).

/** An io for a command: `stdinText` on standard input, stdout and stderr kept. */
export function capture(stdinText = '') {
  let out = '';
  let err = '';
  return {
    io: {
      stdin: Readable.from([stdinText]),
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    },
    out: () => out,
    err: () => err,
  };
}

export const mapDocument = (map: unknown) => ({ format: 'clustercanvas.map', version: 1, ...(map as object) });
