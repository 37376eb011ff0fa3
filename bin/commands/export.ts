import fs from 'node:fs';
import path from 'node:path';
import { toMapDocument } from '../../lib/map/interchange';
import { readMap } from '../../lib/map/ydoc';
import { openStore } from '../../server/store/open-store';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError, wantsHelp } from '../args';
import { EXIT, type CliIo } from '../io';

export const summary = 'Print a workshop’s map as clustercanvas.map JSON';

export const usage = `Usage: clustercanvas export <workshop-id> [--format json] [--out FILE] [--data-dir DIR]

Reads the workshop straight from the store and prints its map as a clustercanvas.map v1 document
(docs/map-format.md). Safe while the server runs: the server stores every update before it
acknowledges it, so the export includes every saved edit.

Options:
  --format json     Output format (only json for now).
  --out FILE        Write to FILE instead of standard output.
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  -h, --help        Show this help.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  return guarded(io, usage, async () => {
    const { values, positionals } = parse(args, {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one workshop id');
    if (values.format !== 'json') throw new UsageError(`unknown format "${values.format}" (supported: json)`);
    const [id] = positionals;
    const dataDir = dataDirOf(values['data-dir'], io);

    const store = await openStore({ dataDir });
    let text: string;
    try {
      const doc = await new WorkshopService(store).loadDoc(id);
      if (!doc) {
        io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
        return EXIT.failed;
      }
      const { map, issues } = readMap(doc);
      doc.destroy();
      for (const issue of issues) io.stderr.write(`warning: ${issue.path}: ${issue.message}\n`);
      text = `${JSON.stringify(toMapDocument(map), null, 2)}\n`;
    } finally {
      await store.close();
    }

    if (values.out) {
      const out = path.resolve(io.cwd, values.out);
      // Write beside the target and rename, so an interrupted export never leaves half a file.
      const tmp = `${out}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, out);
      io.stderr.write(`wrote ${out}\n`);
    } else {
      io.stdout.write(text);
    }
    return EXIT.ok;
  });
}
