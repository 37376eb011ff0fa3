import { summarise } from '../../server/checkpoints/checkpoint-service';
import { openStore } from '../../server/store/open-store';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';

export const summary = 'List a workshop’s checkpoints (saved, agreed, and those taken at phase changes)';

export const usage = `Usage: clustercanvas checkpoints <workshop-id> [--json] [--data-dir DIR]

Lists the workshop's checkpoints, oldest first: id, when, kind (manual, agreed, phase, before_restore,
before_import) and name. Reads the store directly and changes nothing, so it is safe while the server
runs. Open one with GET /api/workshops/<id>/checkpoints/<checkpoint-id>/map; restore one from the
workshop's Checkpoints panel or with POST …/restore (a facilitator key).

Options:
  --json            The list as JSON: {"checkpoints": [{id, name, kind, createdAt, createdBy, auto}]}.
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  -h, --help        Show this help.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, { json: { type: 'boolean', default: false }, 'data-dir': { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('give exactly one workshop id');
    const [id] = positionals;
    const dataDir = dataDirOf(values['data-dir'], io);
    const store = await openStore({ dataDir });
    try {
      if (!(await store.getWorkshop(id))) {
        io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
        return EXIT.failed;
      }
      const checkpoints = (await store.listCheckpoints(id)).map(summarise);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ checkpoints }, null, 2)}\n`);
        return EXIT.ok;
      }
      if (checkpoints.length === 0) {
        io.stdout.write('No checkpoints yet (one is saved at every phase change).\n');
        return EXIT.ok;
      }
      const rows = checkpoints.map((c) => [c.id, new Date(c.createdAt).toISOString().replace('T', ' ').slice(0, 19), c.kind, c.name]);
      const widths = [0, 1, 2].map((col) => Math.max(...rows.map((r) => r[col].length), ['id', 'saved (UTC)', 'kind'][col].length));
      const line = (r: string[]) => `${r.slice(0, 3).map((cell, col) => cell.padEnd(widths[col])).join('  ')}  ${r[3]}\n`;
      io.stdout.write(line(['id', 'saved (UTC)', 'kind', 'name']));
      for (const r of rows) io.stdout.write(line(r));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  });
}
