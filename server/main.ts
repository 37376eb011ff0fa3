import { configFromEnv } from './config';
import { startServer } from './start';

// `npm start` / `npm run dev` / `clustercanvas serve`: one process, one port, SQLite unless configured.
const dev = process.argv.includes('--dev') || process.env.NODE_ENV === 'development';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const config = configFromEnv(process.env, { dev });
const server = await startServer(config);
console.log(`ClusterCanvas is ready at ${server.url} (data in ${config.dataDir})`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: saving and closing…`);
    server.close().then(
      () => process.exit(0),
      (err) => {
        console.error('Shutdown failed', err);
        process.exit(1);
      },
    );
  });
}
