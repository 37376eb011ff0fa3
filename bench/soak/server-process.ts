// The soak's server in a process of its own (bench/soak/run.ts forks it), so that its memory is measured
// apart from the clients': the whole server as `npm start` boots it minus Next, like
// tests/integration/helpers/app-server.ts, on port 0 and the DATA_DIR given in argv.
// IPC: sends {port} once listening; answers 'sample' with its memory after a full GC; 'stop' closes it
// (rooms persist, the store closes) and exits.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { configFromEnv } from '../../server/config';
import { startServer } from '../../server/start';
import { SOAK_MAX_SOCKET_OUTPUT_BYTES } from './soak-config';

const dataDir = process.argv[2];
if (!dataDir || !process.send) {
  console.error('usage: forked by bench/soak/run.ts with <dataDir>');
  process.exit(2);
}
const send = (message: unknown) => process.send!(message);
const gc = (globalThis as { gc?: () => void }).gc;

const server = await startServer(configFromEnv({}, { port: 0, hostname: '127.0.0.1', dataDir, seedDemo: false, maxSocketOutputBytes: SOAK_MAX_SOCKET_OUTPUT_BYTES }), { next: false });
send({ type: 'listening', port: server.port });
// How long the event loop was held up between samples (better-sqlite3's commits wait for the disk on it).
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

process.on('message', async (message: unknown) => {
  if (message === 'sample') {
    gc?.();
    const m = process.memoryUsage();
    const cpu = process.cpuUsage();
    send({ type: 'sample', at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, cpuMs: (cpu.user + cpu.system) / 1000, loopDelayMaxMs: delay.max / 1e6, loopDelayMeanMs: delay.mean / 1e6, gc: Boolean(gc) });
    delay.reset();
  } else if (message === 'stop') {
    await server.close();
    send({ type: 'stopped' });
    process.exit(0);
  }
});
