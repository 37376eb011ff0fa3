// What every `clustercanvas <command>` receives, so commands can run in-process (tests) or from the shell.

export interface CliIo {
  /** Binary exports (PNG, PDF) write bytes; they refuse a terminal (`isTTY`). */
  stdout: { write(data: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Relative paths given on the command line resolve against this. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Every command module exports `run` with this signature; the number is the process exit code. */
export type CommandRun = (args: string[], io: CliIo) => Promise<number>;

/** 0 done · 1 failed (missing workshop, I/O error) · 2 bad usage or invalid input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
