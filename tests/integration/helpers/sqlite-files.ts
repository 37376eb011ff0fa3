import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../server/store/sqlite-migrations';
import { SQLITE_FILE_NAME, SqliteStore } from '../../../server/store/sqlite-store';
import type { WorkshopRecord } from '../../../server/store/store';

/** A fresh directory for one SQLite database. */
export const sqliteDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `cc-${prefix}-`));

/**
 * The factory a contract suite calls: each test gets a fresh directory, and calling it again within a test
 * reopens the same file (a restart).
 */
export function sqliteStoreFactory(prefix: string) {
  let currentDir: string | null = null;
  return async () => {
    currentDir ??= sqliteDir(prefix);
    const dir = currentDir;
    return {
      store: new SqliteStore(dir),
      cleanup: async () => {
        fs.rmSync(dir, { recursive: true, force: true });
        currentDir = null;
      },
    };
  };
}

/**
 * A database as an older release left it: the first `schema` migrations and that user_version, with one
 * workshop row. Open, so the test can add rows of its own before it closes it and opens a SqliteStore.
 */
export function olderDatabase(dir: string, schema: number, record: WorkshopRecord): Database.Database {
  const db = new Database(path.join(dir, SQLITE_FILE_NAME));
  for (const migration of MIGRATIONS.slice(0, schema)) db.exec(migration);
  db.pragma(`user_version = ${schema}`);
  db.prepare(
    `INSERT INTO workshops (id, title, cluster, facilitator_key_hash, participant_key_hash, observer_key_hash, created_at, last_active_at)
     VALUES (?, ?, NULL, ?, ?, ?, 1, 1)`,
  ).run(record.id, record.title, record.keyHashes.facilitator, record.keyHashes.participant, record.keyHashes.observer);
  return db;
}
