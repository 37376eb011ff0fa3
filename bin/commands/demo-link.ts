import fs from 'node:fs';
import path from 'node:path';
import { ROLES } from '../../server/store/store';
import { openStore } from '../../server/store/open-store';
import { DEMO_KEYS_FILE, DEMO_WORKSHOP_ID, readDemoKeys } from '../../server/workshops/demo';
import { roleForKey } from '../../server/workshops/keys';
import { workshopLinks } from '../../server/workshops/links';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';

export const summary = 'Print the shared demo’s links, the facilitator’s included (for the operator only)';

export const usage = `Usage: clustercanvas demo-link [--base-url URL] [--data-dir DIR] [--json]

Prints the shared demo workshop's facilitator, participant and observer links. The web app and the API
hand visitors only the participant and observer links (docs/operations.md §8); the facilitator link is
for whoever runs the server, from the keys in <data-dir>/${DEMO_KEYS_FILE}. Reads and changes nothing
else, so it is safe while the server runs.

Options:
  --base-url URL    Origin for the links (default: $PUBLIC_URL or http://localhost:$PORT, port 3000).
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  --json            {"id", "links": {"facilitator", "participant", "observer"}}.
  -h, --help        Show this help.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      'base-url': { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const baseUrl = values['base-url'] ?? io.env.PUBLIC_URL ?? `http://localhost:${io.env.PORT ?? 3000}`;
    try {
      new URL(baseUrl);
    } catch {
      throw new UsageError(`--base-url must be an absolute URL such as http://localhost:3000, got "${baseUrl}"`);
    }
    const dataDir = dataDirOf(values['data-dir'], io);
    const keys = readDemoKeys(path.join(dataDir, DEMO_KEYS_FILE));
    if (!keys) {
      io.stderr.write(`error: no demo keys in ${dataDir}; start the server there once (without --no-demo)\n`);
      return EXIT.failed;
    }
    // The keys file says what was issued; the database says whether they still open the demo.
    if (fs.existsSync(path.join(dataDir, 'clustercanvas.db'))) {
      const store = await openStore({ dataDir });
      try {
        const record = await store.getWorkshop(DEMO_WORKSHOP_ID);
        if (!record || roleForKey(record.keyHashes, keys.facilitator) !== 'facilitator') {
          io.stderr.write(`error: the demo keys in ${dataDir} do not open the demo workshop; start the server to issue them again\n`);
          return EXIT.failed;
        }
      } finally {
        await store.close();
      }
    }
    const links = workshopLinks(baseUrl, DEMO_WORKSHOP_ID, keys);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ id: DEMO_WORKSHOP_ID, links }, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write('Shared demo workshop (Wuhan Optics Valley); keep the facilitator link to yourself:\n');
    for (const role of ROLES) io.stdout.write(`  ${role.padEnd(12)} ${links[role]}\n`);
    return EXIT.ok;
  });
}
