// A sync server in its own process, so a test can kill it with SIGKILL. Usage:
//   node --import tsx tests/integration/helpers/sync-server-process.ts <dataDir> [--create]
// Prints one JSON line: {port} and, with --create, {workshop: {id, keys}} for a new workshop.
// COMPACTION_THRESHOLD in the environment sets the room's compaction threshold.
import http from 'node:http';
import { attachSync } from '../../../server/socket/attach-sync';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

const [dataDir, ...flags] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: sync-server-process.ts <dataDir> [--create]');
  process.exit(2);
}
const store = new SqliteStore(dataDir);
const workshops = new WorkshopService(store);
const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
const sync = attachSync(httpServer, {
  store,
  auth: workshops,
  config: { compactionThreshold: Number(process.env.COMPACTION_THRESHOLD ?? 500) },
});
httpServer.listen(0, '127.0.0.1', async () => {
  const out: Record<string, unknown> = { port: (httpServer.address() as { port: number }).port };
  if (flags.includes('--create')) {
    const { record, keys } = await workshops.create({ title: 'Crash test' });
    out.workshop = { id: record.id, keys };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
});

process.on('SIGTERM', async () => {
  await sync.close();
  httpServer.closeAllConnections();
  httpServer.close();
  await store.close();
  process.exit(0);
});
