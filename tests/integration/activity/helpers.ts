import type { ActivityEntry } from '../../../lib/activity/types';
import type { Role } from '../../../lib/map/types';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { api } from '../helpers/app-server';

// What the activity tests share: workshops made over HTTP, people connected as WorkshopProvider clients
// that record every activity entry the server pushes to them (docs/protocol.md P15).

export interface ApiWorkshop {
  id: string;
  keys: Record<Role, string>;
}

export interface Person {
  provider: WorkshopProvider;
  /** Their participant id, as the server gave it (P2). */
  id: string;
  /** Every activity entry pushed to this person, in arrival order. */
  pushed: ActivityEntry[];
}

export async function newWorkshop(url: string, title: string): Promise<ApiWorkshop> {
  const { json } = await api(url, 'POST', '/api/workshops', { body: { title } });
  return json as unknown as ApiWorkshop;
}

/** `secret`: the same browser again (the same person, P2), as after a reload. */
export async function connect(url: string, w: ApiWorkshop, role: Role, name: string, made: WorkshopProvider[], secret?: string): Promise<Person> {
  const provider = new WorkshopProvider({ url, workshop: w.id, key: w.keys[role], participant: { name }, retryDelayMs: 50, ...(secret ? { secret } : {}) });
  made.push(provider);
  const pushed: ActivityEntry[] = [];
  provider.on('activity', (entry) => pushed.push(entry));
  await provider.whenSynced();
  return { provider, id: provider.identity!.id, pushed };
}

/** GET /api/workshops/:id/activity with `key` and the query `query`. */
export async function feed(url: string, w: ApiWorkshop, key: string, query = '') {
  return api(url, 'GET', `/api/workshops/${w.id}/activity${query}`, { key });
}
