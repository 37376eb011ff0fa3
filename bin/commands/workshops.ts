import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { toMapDocument } from '../../lib/map/interchange';
import { readMap } from '../../lib/map/ydoc';
import { summarise } from '../../server/checkpoints/checkpoint-service';
import { openStore } from '../../server/store/open-store';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';
import { operatorCall, reachDataDir } from '../server-link';

export const summary = 'The operator’s view of the data directory: list, export and delete workshops';

export const usage = `Usage: clustercanvas workshops list [--json] [--data-dir DIR]
       clustercanvas workshops export <workshop-id> [-o FILE] [--data-dir DIR]
       clustercanvas workshops delete <workshop-id> --yes [--data-dir DIR]

list      Every workshop: id, created, last active (UTC) and title. Reads the store, safe while a server runs.
export    One workshop in full, as JSON: its record (no keys), the map (clustercanvas.map v1), the whole
          document as a Yjs update in base64 (votes, comments, decisions, people) and its checkpoints.
          Reads the store, safe while a server runs.
delete    Deletes the workshop and everything it holds (log, checkpoints, activity, join code). While a
          server runs the server deletes it and closes its live connections; else the store is changed
          directly, holding the data directory's lock (docs/operations.md "Operator commands").

Options:
  --json            list: {"workshops": [{id, title, cluster, createdAt, lastActiveAt}]}.
  -o, --out FILE    export: write to FILE instead of standard output.
  --yes             delete: required; there is no undo (export first).
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  -h, --help        Show this help.
`;

const when = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      json: { type: 'boolean', default: false },
      out: { type: 'string', short: 'o' },
      yes: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    });
    const [action, id, ...extra] = positionals;
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const dataDir = dataDirOf(values['data-dir'], io);
    if (action === 'list') {
      if (id !== undefined) throw new UsageError('list takes no workshop id');
      return list(dataDir, values.json, io);
    }
    if (action !== 'export' && action !== 'delete') throw new UsageError(action ? `unknown action "${action}" (list, export or delete)` : 'give an action: list, export or delete');
    if (!id) throw new UsageError(`give the id of the workshop to ${action}`);
    if (action === 'export') return exportOne(dataDir, id, values.out, io);
    if (!values.yes) throw new UsageError(`deleting "${id}" cannot be undone: add --yes (and export it first if in doubt)`);
    return deleteOne(dataDir, id, io);
  });
}

async function list(dataDir: string, json: boolean, io: CliIo): Promise<number> {
  const store = await openStore({ dataDir });
  try {
    const workshops = (await store.listWorkshops()).map(({ id, title, cluster, createdAt, lastActiveAt }) => ({ id, title, cluster: cluster ?? null, createdAt, lastActiveAt }));
    if (json) {
      io.stdout.write(`${JSON.stringify({ workshops }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (workshops.length === 0) {
      io.stdout.write(`No workshops in ${dataDir}.\n`);
      return EXIT.ok;
    }
    const width = Math.max(2, ...workshops.map((w) => w.id.length));
    io.stdout.write(`${'id'.padEnd(width)}  ${'created (UTC)'.padEnd(16)}  ${'last active'.padEnd(16)}  title\n`);
    for (const w of workshops) io.stdout.write(`${w.id.padEnd(width)}  ${when(w.createdAt)}  ${when(w.lastActiveAt)}  ${w.title}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function exportOne(dataDir: string, id: string, out: string | undefined, io: CliIo): Promise<number> {
  const store = await openStore({ dataDir });
  let text: string;
  try {
    const record = await store.getWorkshop(id);
    const doc = record && (await new WorkshopService(store).loadDoc(id));
    if (!record || !doc) {
      io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
      return EXIT.failed;
    }
    const { map, issues } = readMap(doc);
    for (const issue of issues) io.stderr.write(`warning: ${issue.path}: ${issue.message}\n`);
    const archive = {
      format: 'clustercanvas.workshop',
      version: 1,
      exportedAt: new Date().toISOString(),
      workshop: { id: record.id, title: record.title, cluster: record.cluster ?? null, createdAt: record.createdAt, lastActiveAt: record.lastActiveAt },
      map: toMapDocument(map),
      state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
      checkpoints: (await store.listCheckpoints(id)).map(summarise),
    };
    doc.destroy();
    text = `${JSON.stringify(archive, null, 2)}\n`;
  } finally {
    await store.close();
  }
  if (!out) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const file = path.resolve(io.cwd, out);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
  io.stderr.write(`wrote ${file}\n`);
  return EXIT.ok;
}

async function deleteOne(dataDir: string, id: string, io: CliIo): Promise<number> {
  const reach = reachDataDir(dataDir, `workshops delete ${id}`);
  if (reach.via === 'server') {
    try {
      const done = await operatorCall<{ closedSockets: number }>(reach, 'DELETE', `/api/operator/workshops/${encodeURIComponent(id)}`);
      io.stdout.write(`Deleted workshop "${id}" through the running server; ${done.closedSockets} live connection(s) closed.\n`);
      return EXIT.ok;
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
      io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
      return EXIT.failed;
    }
  }
  const store = await openStore({ dataDir });
  try {
    if (!(await store.getWorkshop(id))) {
      io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
      return EXIT.failed;
    }
    await store.deleteWorkshop(id);
    io.stdout.write(`Deleted workshop "${id}".\n`);
    return EXIT.ok;
  } finally {
    await store.close();
    reach.lock.release();
  }
}
