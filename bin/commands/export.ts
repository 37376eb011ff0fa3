import fs from 'node:fs';
import path from 'node:path';
import { computeReport } from '../../lib/engine';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportMap, isExportFormat } from '../../lib/export/formats';
import { readMap } from '../../lib/map/ydoc';
import { openStore } from '../../server/store/open-store';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';

export const summary = 'Print a workshop’s map as JSON, CSV, GraphML or GEXF';

export const usage = `Usage: clustercanvas export <workshop-id> [--format FORMAT] [--out FILE] [--data-dir DIR]

Reads the workshop straight from the store and prints its map. Safe while the server runs: the server
stores every update before it acknowledges it, so the export includes every saved edit. The CSV,
GraphML and GEXF files carry the engine's measures beside what was mapped.

Formats:
${EXPORT_FORMAT_NAMES.map((f) => `  ${f.padEnd(12)} ${EXPORT_FORMATS[f].label}`).join('\n')}

Options:
  --format FORMAT   One of the formats above (default: json, a clustercanvas.map v1 document).
  --out FILE        Write to FILE instead of standard output.
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  -h, --help        Show this help.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one workshop id');
    const format = values.format;
    if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}" (one of: ${EXPORT_FORMAT_NAMES.join(', ')})`);
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
      text = exportMap(map, format, format === 'json' ? undefined : computeReport(map));
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
