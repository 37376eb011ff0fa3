import type { Role } from '../../lib/sync/protocol';

/**
 * What the sync server needs to admit a connection; WorkshopService provides it. Kept this small so the
 * socket layer depends on the workshop records' meaning, not on how they are stored.
 */
export interface SyncAuth {
  get(workshopId: string): Promise<{ id: string; title: string } | null>;
  /** The role a key opens in this workshop, or null when it opens none. */
  authenticate(workshopId: string, key: string): Promise<Role | null>;
}
