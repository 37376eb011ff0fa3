import type { ActivityEntry, NewActivityEntry } from '../../lib/activity/types';

// Where a workshop's activity feed lives (docs/architecture.md "Activity"): one entry per accepted update
// that changed the map's structure, numbered 1, 2, 3… per workshop, the newest MAP_LIMITS.activityEntries
// kept. Compaction of the update log never touches it; deleting the workshop takes it.

export interface ActivityPage {
  /** Entries with a seq below this one only (the next page of an "older" list); absent: from the newest. */
  before?: number;
  /** At most this many, newest first. */
  limit: number;
}

export interface ActivityStore {
  /**
   * Appends an entry durably and numbers it (one more than the newest ever given in this workshop), then
   * drops the oldest beyond `keep` (default MAP_LIMITS.activityEntries). Resolves with the numbered entry.
   */
  append(workshopId: string, entry: NewActivityEntry, keep?: number): Promise<ActivityEntry>;
  /** Newest first. An unknown workshop has none. */
  list(workshopId: string, page: ActivityPage): Promise<ActivityEntry[]>;
}

/** The checks both stores make on what they are asked to keep and list. */
export function checkKeep(keep: number): void {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`an activity feed keeps a whole number ≥ 1 of entries, got ${keep}`);
}

export function checkPage(page: ActivityPage): void {
  if (!Number.isInteger(page.limit) || page.limit < 0) throw new Error(`an activity page is a whole number ≥ 0 of entries, got ${page.limit}`);
  if (page.before !== undefined && !Number.isInteger(page.before)) throw new Error(`"before" is an entry's seq, got ${page.before}`);
}
