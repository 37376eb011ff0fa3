import type { ActivityEntry, NewActivityEntry } from '../../lib/activity/types';
import { MAP_LIMITS } from '../../lib/map/limits';
import { checkKeep, checkPage, type ActivityPage, type ActivityStore } from './activity-store';

interface Feed {
  entries: ActivityEntry[];
  lastSeq: number;
}

// Kept per MemoryStoreData, so a MemoryStore reopened over the same data sees the same feeds.
const byData = new WeakMap<object, Map<string, Feed>>();

/** The MemoryStore's activity feeds: gone with their workshop, like the SQLite table's ON DELETE CASCADE. */
export class MemoryActivity implements ActivityStore {
  private readonly feeds: Map<string, Feed>;

  constructor(
    data: object,
    private readonly hasWorkshop: (id: string) => boolean,
  ) {
    this.feeds = byData.get(data) ?? new Map();
    byData.set(data, this.feeds);
  }

  async append(workshopId: string, entry: NewActivityEntry, keep: number = MAP_LIMITS.activityEntries): Promise<ActivityEntry> {
    checkKeep(keep);
    if (!this.hasWorkshop(workshopId)) throw new Error(`unknown workshop "${workshopId}"`);
    let feed = this.feeds.get(workshopId);
    if (!feed) this.feeds.set(workshopId, (feed = { entries: [], lastSeq: 0 }));
    // A JSON round trip, as the SQLite store's: what comes back is exactly what JSON can carry.
    const numbered = JSON.parse(JSON.stringify({ ...entry, seq: ++feed.lastSeq })) as ActivityEntry;
    feed.entries.push(numbered);
    if (feed.entries.length > keep) feed.entries.splice(0, feed.entries.length - keep);
    return structuredClone(numbered);
  }

  async list(workshopId: string, page: ActivityPage): Promise<ActivityEntry[]> {
    checkPage(page);
    const entries = this.hasWorkshop(workshopId) ? (this.feeds.get(workshopId)?.entries ?? []) : [];
    const before = page.before;
    const older = before === undefined ? entries : entries.filter((e) => e.seq < before);
    return older.slice(Math.max(0, older.length - page.limit)).reverse().map((e) => structuredClone(e));
  }

  /** Called by MemoryStore.deleteWorkshop: a workshop made again under the same id starts with an empty feed. */
  forget(workshopId: string): void {
    this.feeds.delete(workshopId);
  }
}
