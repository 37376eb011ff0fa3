import type { Role } from '../../lib/sync/protocol';

/**
 * The epoch of a workshop's document (docs/protocol.md P17): a workshop made again under the same id (the
 * demo on a fresh data directory) is a new record with a new creation time, so a new epoch.
 */
export const documentEpoch = (workshop: { createdAt: number }): string => `e${workshop.createdAt.toString(36)}`;

/**
 * What the sync server needs to admit a connection; WorkshopService provides it. Kept this small so the
 * socket layer depends on the workshop records' meaning, not on how they are stored.
 */
export interface SyncAuth {
  /** `createdAt` (ms) dates this history of the workshop: its epoch in the welcome (docs/protocol.md P17). */
  get(workshopId: string): Promise<{ id: string; title: string; createdAt: number } | null>;
  /** The role a key opens in this workshop, or null when it opens none. */
  authenticate(workshopId: string, key: string): Promise<Role | null>;
}
