import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real executable, run as a user would run it. */
export const CLI_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/clustercanvas');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `clustercanvas <args>` to its end and collects what it printed. The test's own DATA_DIR never
 * leaks in (a command names its store with --data-dir); `env` adds variables, and a variable set to
 * undefined is removed. stdin is closed at once, or after `input`.
 */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATA_DIR;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(CLI_BIN, args, { cwd: options.cwd ?? os.tmpdir(), env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
