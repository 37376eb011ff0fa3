import { formatJoinCode } from '../../lib/map/ids';
import { openStore } from '../../server/store/open-store';
import { ROLES, type Role } from '../../server/store/store';
import { parseRoles, rotateKeys } from '../../server/workshops/key-rotation';
import { workshopLinks } from '../../server/workshops/links';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';
import { operatorCall, reachDataDir } from '../server-link';

export const summary = 'Rotate a workshop’s keys: new links for any role, the old ones stop working at once';

export const usage = `Usage: clustercanvas keys rotate <workshop-id> --role ROLE [--role ROLE]… [--base-url URL] [--json] [--data-dir DIR]

Gives the roles named (facilitator, participant, observer, or all) new keys and prints their new links.
The old links stop opening the workshop at once; while a server runs it makes the change and closes every
live connection that holds an old key, which then reads "This link no longer opens the workshop"
(docs/operations.md "Keys"). Without a server the store is changed directly, holding the data directory's
lock. A new participant key also means a new join code.

The operator holds no key, so the facilitator's Invite dialog can show only links it can open: after
rotating some roles but not all, it shows those still valid and "Make new links" makes the rest. Rotating
all three (--role all) makes a new invite with every link and a new code.

Options:
  --role ROLE       facilitator, participant, observer or all; repeat for several.
  --base-url URL    Origin for the links (default: $PUBLIC_URL, else the server's address, else
                    http://localhost:$PORT, port 3000).
  --json            Print {id, rotated, keys, links, code, closedSockets} as JSON.
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  -h, --help        Show this help.
`;

interface Rotated {
  rotated: Role[];
  keys: Partial<Record<Role, string>>;
  links: Partial<Record<Role, string>>;
  code: string | null;
  closedSockets: number;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      role: { type: 'string', multiple: true },
      'base-url': { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    });
    const [action, id, ...extra] = positionals;
    if (action !== 'rotate') throw new UsageError(action ? `unknown action "${action}" (rotate)` : 'give an action: rotate');
    if (!id || extra.length) throw new UsageError('give exactly one workshop id');
    let roles: Role[];
    try {
      roles = parseRoles(values.role ?? []);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const explicitBase = values['base-url'] || io.env.PUBLIC_URL || undefined;
    const dataDir = dataDirOf(values['data-dir'], io);
    const reach = reachDataDir(dataDir, `keys rotate ${id}`);
    let result: Rotated;
    if (reach.via === 'server') {
      try {
        result = await operatorCall<Rotated>(reach, 'POST', `/api/operator/workshops/${encodeURIComponent(id)}/keys`, { roles, baseUrl: explicitBase });
      } catch (err) {
        if ((err as { status?: number }).status !== 404) throw err;
        io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
        return EXIT.failed;
      }
    } else {
      const store = await openStore({ dataDir });
      try {
        const service = new WorkshopService(store);
        if (!(await service.get(id))) {
          io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
          return EXIT.failed;
        }
        const done = await rotateKeys(service, id, roles, null);
        const base = explicitBase ?? `http://localhost:${io.env.PORT ?? 3000}`;
        const all = workshopLinks(base, id, { facilitator: done.keys.facilitator ?? '', participant: done.keys.participant ?? '', observer: done.keys.observer ?? '' });
        result = {
          rotated: done.rotated,
          keys: Object.fromEntries(done.rotated.map((r) => [r, done.keys[r]])),
          links: Object.fromEntries(done.rotated.map((r) => [r, all[r]])),
          code: done.code ? formatJoinCode(done.code) : null,
          closedSockets: 0,
        };
      } finally {
        await store.close();
        reach.lock.release();
      }
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ id, ...result }, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(`New keys for workshop "${id}": the old ${result.rotated.join(', ')} link(s) no longer open it.\n\n`);
    for (const role of ROLES) if (result.links[role]) io.stdout.write(`  ${role.padEnd(12)} ${result.links[role]}\n`);
    if (result.code) io.stdout.write(`  ${'join code'.padEnd(12)} ${result.code}\n`);
    if (reach.via === 'server') io.stdout.write(`\n${result.closedSockets} live connection(s) holding an old key were closed.\n`);
    return EXIT.ok;
  });
}
