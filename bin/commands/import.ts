import { openStore } from '../../server/store/open-store';
import { ROLES } from '../../server/store/store';
import { workshopLinks } from '../../server/workshops/links';
import { formatJoinCode } from '../../lib/map/ids';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';
import { readMapInput } from '../map-input';
import { toMapDocument } from '../../lib/map/interchange';
import { operatorCall, reachDataDir } from '../server-link';
import type { Role } from '../../server/store/store';

interface Created {
  id: string;
  title: string;
  keys: Record<Role, string>;
  links: Record<Role, string>;
  code: string;
}

export const summary = 'Create a workshop from a clustercanvas.map JSON file and print its links';

export const usage = `Usage: clustercanvas import <file.json | -> [--title T] [--cluster C] [--base-url URL] [--data-dir DIR] [--json]

Validates the file (every problem is printed with its path, e.g. "actors[3].type"; nothing is stored and
the exit code is 2), then creates a new workshop holding that map and prints the facilitator,
participant and observer links. "-" reads the map from standard input.

While a server runs on the same data directory the workshop is made by that server (its operator route,
docs/operations.md "Operator commands"), never written behind its back; else straight into the store.

Options:
  --title T         Workshop title (default: the map's meta.title).
  --cluster C       Cluster name (default: the map's meta.cluster).
  --base-url URL    Origin for the links (default: $PUBLIC_URL, else the running server's address, else
                    http://localhost:$PORT, port 3000).
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  --json            Print {id, title, keys, links, code} as JSON instead of text.
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
    const explicitBase = values['base-url'] || io.env.PUBLIC_URL || undefined;
    const baseUrl = explicitBase ?? `http://localhost:${io.env.PORT ?? 3000}`;
    try {
      new URL(baseUrl);
    } catch {
      throw new UsageError(`--base-url must be an absolute URL such as http://localhost:3000, got "${baseUrl}"`);
    }

    const map = await readMapInput(positionals[0], io);
    if (!map) return EXIT.usage;

    const dataDir = dataDirOf(values['data-dir'], io);
    const reach = reachDataDir(dataDir, 'import');
    let created: Created;
    if (reach.via === 'server') {
      const body = { map: toMapDocument(map), title: values.title, cluster: values.cluster, baseUrl: explicitBase };
      created = await operatorCall<Created>(reach, 'POST', '/api/operator/workshops', body);
    } else {
      const store = await openStore({ dataDir });
      try {
        const { record, keys, code } = await new WorkshopService(store).create({ map, title: values.title, cluster: values.cluster });
        created = { id: record.id, title: record.title, keys, links: workshopLinks(baseUrl, record.id, keys), code: formatJoinCode(code) };
      } finally {
        await store.close();
        reach.lock.release();
      }
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(`Created workshop "${created.title}" (${created.id}): ${map.actors.length} actors, ${map.ties.length} ties.\n\n`);
    for (const role of ROLES) io.stdout.write(`  ${role.padEnd(12)} ${created.links[role]}\n`);
    const joinAt = created.links.participant.replace(/\/w\/[^/#]*#.*$/, '');
    io.stdout.write(`  ${'join code'.padEnd(12)} ${created.code}   (typed on ${joinAt}/ instead of the participant link)\n`);
    io.stdout.write('\nKeep the facilitator link to yourself; share the participant link with the room.\n');
    return EXIT.ok;
  });
}
