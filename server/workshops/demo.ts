import fs from 'node:fs';
import path from 'node:path';
import { templateMap } from '../../lib/map/templates';
import { ROLES, type Role } from '../store/store';
import { generateKeys, KEY_PREFIXES, roleForKey } from './keys';
import { workshopLinks } from './links';
import type { WorkshopService } from './workshop-service';

/** The demo's id is fixed so the landing page and docs can point at /w/optics-valley. */
export const DEMO_WORKSHOP_ID = 'optics-valley';
export const DEMO_KEYS_FILE = 'demo-keys.json';

export interface DemoWorkshop {
  id: string;
  title: string;
  keys: Record<Role, string>;
}

let current: DemoWorkshop | null = null;

/** Keys saved by an earlier start, or null when the file is missing or not ours. */
export function readDemoKeys(file: string): Record<Role, string> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const keys = (parsed as { keys?: Record<string, unknown> } | null)?.keys;
  if (!keys || typeof keys !== 'object') return null;
  for (const role of ROLES) {
    const key = keys[role];
    if (typeof key !== 'string' || !key.startsWith(KEY_PREFIXES[role]) || key.length < 20) return null;
  }
  return keys as Record<Role, string>;
}

/** Written beside the database, readable by its owner only: these keys open the demo as facilitator. */
function writeDemoKeys(file: string, keys: Record<Role, string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify({ id: DEMO_WORKSHOP_ID, keys }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, file);
  fs.chmodSync(file, 0o600);
}

/**
 * Makes sure the demo workshop exists and that its keys are the ones in `<dataDir>/demo-keys.json`, so demo
 * links stay valid across restarts. Creates it from the Optics Valley template on a fresh data dir; if the
 * keys file was lost, issues new keys for the existing demo rather than wiping what people mapped in it.
 */
export async function ensureDemoWorkshop(service: WorkshopService, dataDir: string): Promise<DemoWorkshop> {
  const file = path.join(dataDir, DEMO_KEYS_FILE);
  let keys = readDemoKeys(file);
  if (!keys) {
    keys = generateKeys();
    writeDemoKeys(file, keys);
  } else {
    fs.chmodSync(file, 0o600);
  }

  let record = await service.get(DEMO_WORKSHOP_ID);
  if (!record) {
    ({ record } = await service.create({
      id: DEMO_WORKSHOP_ID,
      template: 'optics-valley',
      title: templateMap('optics-valley').meta.title,
      keys,
    }));
  } else if (ROLES.some((role) => roleForKey(record!.keyHashes, keys![role]) !== role)) {
    await service.rotateKeys(DEMO_WORKSHOP_ID, keys);
  } else {
    // A demo from before join codes gets its code on the first start that knows them.
    await service.ensureInvite(DEMO_WORKSHOP_ID, keys);
  }
  current = { id: record.id, title: record.title, keys };
  return current;
}

/** The demo's links for the landing page, once ensureDemoWorkshop ran in this process; else null. */
export function getDemoLinks(baseUrl: string): Record<Role, string> | null {
  return current ? workshopLinks(baseUrl, current.id, current.keys) : null;
}

/** The demo as last ensured in this process (null when the server runs without it). */
export function getDemoWorkshop(): DemoWorkshop | null {
  return current;
}
