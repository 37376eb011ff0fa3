import type Database from 'better-sqlite3';
import type { ActivityEntry, NewActivityEntry } from '../../lib/activity/types';
import { MAP_LIMITS } from '../../lib/map/limits';
import { checkKeep, checkPage, type ActivityPage, type ActivityStore } from './activity-store';

interface ActivityRow {
  seq: number;
  at: number;
  data: string;
}

/** The entry's JSON in the `data` column: everything but seq and at, which have their own columns. */
type StoredBody = Omit<NewActivityEntry, 'at'>;

const toEntry = (row: ActivityRow): ActivityEntry => ({ seq: row.seq, at: row.at, ...(JSON.parse(row.data) as StoredBody) });

/** The `activity` table (migration 4 in sqlite-migrations.ts), on the SqliteStore's connection. */
export class SqliteActivity implements ActivityStore {
  private readonly stmts;

  constructor(
    private readonly db: Database.Database,
    private readonly requireOpen: () => void,
  ) {
    this.stmts = {
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM workshops WHERE id = ?'),
      last: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM activity WHERE workshop_id = ?'),
      insert: db.prepare<[string, number, number, string]>('INSERT INTO activity (workshop_id, seq, at, data) VALUES (?, ?, ?, ?)'),
      prune: db.prepare<[string, number]>('DELETE FROM activity WHERE workshop_id = ? AND seq <= ?'),
      newest: db.prepare<[string, number], ActivityRow>('SELECT seq, at, data FROM activity WHERE workshop_id = ? ORDER BY seq DESC LIMIT ?'),
      before: db.prepare<[string, number, number], ActivityRow>(
        'SELECT seq, at, data FROM activity WHERE workshop_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
      ),
    };
  }

  async append(workshopId: string, entry: NewActivityEntry, keep: number = MAP_LIMITS.activityEntries): Promise<ActivityEntry> {
    this.requireOpen();
    checkKeep(keep);
    const { at, ...body } = entry;
    const data = JSON.stringify(body);
    return this.db.transaction((): ActivityEntry => {
      if (!this.stmts.exists.get(workshopId)) throw new Error(`unknown workshop "${workshopId}"`);
      // The newest entry is always kept, so MAX(seq) is the newest number ever given out.
      const seq = (this.stmts.last.get(workshopId)?.seq ?? 0) + 1;
      this.stmts.insert.run(workshopId, seq, at, data);
      this.stmts.prune.run(workshopId, seq - keep);
      return { seq, at, ...(JSON.parse(data) as StoredBody) };
    }).immediate();
  }

  async list(workshopId: string, page: ActivityPage): Promise<ActivityEntry[]> {
    this.requireOpen();
    checkPage(page);
    const rows = page.before === undefined ? this.stmts.newest.all(workshopId, page.limit) : this.stmts.before.all(workshopId, page.before, page.limit);
    return rows.map(toEntry);
  }
}
