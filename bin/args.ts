import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, type CliIo } from './io';

/** Bad usage: the dispatcher prints the message and the command's usage line, and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode, with its errors turned into plain usage messages. */
export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
}

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

/** DATA_DIR rules of the server: --data-dir, else env DATA_DIR, else ./data, relative to the caller's cwd. */
export function dataDirOf(value: string | undefined, io: CliIo): string {
  return path.resolve(io.cwd, value ?? io.env.DATA_DIR ?? './data');
}

/**
 * Runs a command: `--help`/`-h` prints its usage and exits 0; otherwise runs `body`, turning UsageError into
 * exit 2 with the usage text, and other errors into exit 1.
 */
export async function guarded(args: string[], io: Pick<CliIo, 'stdout' | 'stderr'>, usage: string, body: () => Promise<number>): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${err.message}\n\n${usage}`);
      return EXIT.usage;
    }
    io.stderr.write(`error: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
}
