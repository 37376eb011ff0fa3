import { openStore } from '../../server/store/open-store';
import { ROLES } from '../../server/store/store';
import { workshopLinks } from '../../server/workshops/links';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';
import { readMapInput } from '../map-input';

export const summary = 'Create a workshop from a clustercanvas.map JSON file and print its links';

export const usage = `Usage: clustercanvas import <file.json | -> [--title T] [--cluster C] [--base-url URL] [--data-dir DIR] [--json]

Validates the file (every problem is printed with its path, e.g. "actors[3].type"; nothing is stored and
the exit code is 2), then creates a new workshop holding that map and prints the facilitator,
participant and observer links. "-" reads the map from standard input.

A running server on the same data directory sees the new workshop at once: rooms load from the store
when the first person joins.

Options:
  --title T         Workshop title (default: the map's meta.title).
  --cluster C       Cluster name (default: the map's meta.cluster).
  --base-url URL    Origin for the links (default: $PUBLIC_URL or http://localhost:$PORT, port 3000).
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  --json            Print {id, title, keys, links} as JSON instead of text.
  -h, --help        Show this help.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      title: { type: 'string' },
      cluster: { type: 'string' },
      'base-url': { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one map file');
    const baseUrl = values['base-url'] ?? io.env.PUBLIC_URL ?? `http://localhost:${io.env.PORT ?? 3000}`;
    try {
      new URL(baseUrl);
    } catch {
      throw new UsageError(`--base-url must be an absolute URL such as http://localhost:3000, got "${baseUrl}"`);
    }

    const map = await readMapInput(positionals[0], io);
    if (!map) return EXIT.usage;

    const store = await openStore({ dataDir: dataDirOf(values['data-dir'], io) });
    try {
      const { record, keys } = await new WorkshopService(store).create({
        map,
        title: values.title,
        cluster: values.cluster,
      });
      const links = workshopLinks(baseUrl, record.id, keys);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ id: record.id, title: record.title, keys, links }, null, 2)}\n`);
      } else {
        io.stdout.write(
          `Created workshop "${record.title}" (${record.id}): ${map.actors.length} actors, ${map.ties.length} ties.\n\n`,
        );
        for (const role of ROLES) io.stdout.write(`  ${role.padEnd(12)} ${links[role]}\n`);
        io.stdout.write('\nKeep the facilitator link to yourself; share the participant link with the room.\n');
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  });
}
