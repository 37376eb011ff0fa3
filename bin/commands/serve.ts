import { configFromEnv, type ServerConfig } from '../../server/config';
import { ROLES } from '../../server/store/store';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';

export const summary = 'Start the ClusterCanvas server (UI, API and live sync on one port)';

export const usage = `Usage: clustercanvas serve [--port N] [--host H] [--data-dir DIR] [--dev] [--no-demo] [--api-only]

Serves the web app, the HTTP API and the Socket.IO sync on one port, storing workshops in
<data-dir>/clustercanvas.db. Production mode needs a built app ("npm run build") unless --dev is given.
On a fresh data directory it creates the Wuhan Optics Valley demo workshop and prints its links.
SIGTERM or Ctrl-C saves every room and exits cleanly.

Options:
  --port N          Port to listen on (default: $PORT or 3000; 0 picks a free port).
  --host H          Interface to bind (default: $HOST or 0.0.0.0).
  --data-dir DIR    Where the database lives (default: $DATA_DIR or ./data).
  --dev             Run Next.js in development mode (hot reload).
  --no-demo         Do not create the demo workshop (same as SEED_DEMO=0).
  --api-only        Serve the API and sync without the web UI (no build needed).
  -h, --help        Show this help.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      dev: { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      'api-only': { type: 'boolean', default: false },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const overrides: Partial<ServerConfig> = { dataDir: dataDirOf(values['data-dir'], io), dev: values.dev };
    if (values.port !== undefined) {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got "${values.port}"`);
      overrides.port = port;
    }
    if (values.host !== undefined) overrides.hostname = values.host;
    if (values['no-demo']) overrides.seedDemo = false;
    const config = configFromEnv(io.env, overrides);

    // Handlers go in before anything is printed: a supervisor may send SIGTERM the moment it sees the
    // banner, and a signal with no handler yet would kill the process without saving.
    const stop: { signal: NodeJS.Signals | null; begin: ((signal: NodeJS.Signals) => void) | null } = {
      signal: null,
      begin: null,
    };
    const handler = (signal: NodeJS.Signals) => {
      if (stop.signal) {
        // A second Ctrl-C means "now": acked updates are already on disk, so nothing saved is lost. The one
        // exit that does not wait for stdout to drain (bin/clustercanvas does): a blocked reader must not stop it.
        io.stderr.write('forced exit\n');
        process.exit(EXIT.failed);
      }
      stop.signal = signal;
      stop.begin?.(signal);
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);

    // Loaded here, not at the top, so `clustercanvas --help` does not pull in Next.js and Socket.IO.
    const { startServer } = await import('../../server/start');
    const { getDemoLinks } = await import('../../server/workshops/demo');
    const server = await startServer(config, { next: !values['api-only'] });

    io.stdout.write(`ClusterCanvas is running at ${server.url} (data: ${config.dataDir})\n`);
    const demo = getDemoLinks(config.publicUrl ?? server.url);
    if (demo) {
      io.stdout.write('Demo workshop (Wuhan Optics Valley; the facilitator link is for you only, `clustercanvas demo-link` prints it again):\n');
      for (const role of ROLES) io.stdout.write(`  ${role.padEnd(12)} ${demo[role]}\n`);
    }

    return new Promise<number>((resolve) => {
      stop.begin = (signal) => {
        io.stdout.write(`${signal}: saving and shutting down…\n`);
        server.close().then(
          () => {
            io.stdout.write('stopped cleanly\n');
            resolve(EXIT.ok);
          },
          (err: Error) => {
            io.stderr.write(`error while shutting down: ${err.message}\n`);
            resolve(EXIT.failed);
          },
        );
      };
      // A signal that came while the server was starting is honoured as soon as it is up.
      if (stop.signal) stop.begin(stop.signal);
    });
  });
}
