import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { olderDatabase, sqliteDir, sqliteStoreFactory } from '../helpers/sqlite-files';
import { describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, SqliteStore } from '../../../server/store/sqlite-store';
import { openStore } from '../../../server/store/open-store';
import { MIGRATIONS } from '../../../server/store/sqlite-migrations';
import { storeContract, workshopRecord } from '../../contract/store.contract';

const tempDir = () => sqliteDir('sqlite');

storeContract('SqliteStore', sqliteStoreFactory('sqlite'));

describe('SqliteStore specifics', () => {
  it('upgrades a database of schema 1 in place: its checkpoints become manual ones, nothing is lost', async () => {
    const dir = tempDir();
    const record = workshopRecord();
    const db = olderDatabase(dir, 1, record);
    db.prepare('INSERT INTO checkpoints (workshop_id, id, name, created_at, created_by, data) VALUES (?, ?, ?, 5, NULL, ?)').run(record.id, 'old', 'Before lunch', Buffer.from([1]));
    db.close();
    const store = new SqliteStore(dir);
    try {
      expect(await store.listCheckpoints(record.id)).toEqual([{ id: 'old', workshopId: record.id, name: 'Before lunch', kind: 'manual', createdAt: 5 }]);
      await store.bindClients(record.id, [{ clientId: 1, participantId: 'p_a' }]);
      expect(await store.loadClientBindings(record.id)).toEqual(new Map([[1, 'p_a']]));
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates <dataDir>/clustercanvas.db with WAL, synchronous FULL, foreign keys and a schema version', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const store = new SqliteStore(dir);
    try {
      expect(store.file).toBe(path.join(dir, SQLITE_FILE_NAME));
      expect(fs.existsSync(store.file)).toBe(true);
      const db = (store as unknown as { db: Database.Database }).db;
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    } finally {
      await store.close();
      fs.rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
    }
  });

  it('close() folds the WAL back into the database file', async () => {
    const dir = tempDir();
    const store = new SqliteStore(dir);
    await store.createWorkshop(workshopRecord());
    await store.appendUpdate((await store.listWorkshops())[0].id, new Uint8Array(50_000));
    await store.close();
    const wal = path.join(dir, `${SQLITE_FILE_NAME}-wal`);
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a database written by a newer schema instead of corrupting it', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    db.pragma('user_version = 99');
    db.close();
    expect(() => new SqliteStore(dir)).toThrow(/schema version 99/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('two stores on one file (server and CLI) see each other’s commits', async () => {
    const dir = tempDir();
    const server = new SqliteStore(dir);
    const cli = new SqliteStore(dir);
    const record = workshopRecord();
    await cli.createWorkshop(record);
    await cli.appendUpdate(record.id, new Uint8Array([1]));
    expect((await server.loadDocument(record.id)).updates).toEqual([new Uint8Array([1])]);
    expect(await server.appendUpdate(record.id, new Uint8Array([2]))).toBe(2);
    await cli.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('openStore gives a SqliteStore under dataDir, and refuses a DATABASE_URL it cannot serve', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    expect(store).toBeInstanceOf(SqliteStore);
    await store.close();
    await expect(openStore({ dataDir: dir, databaseUrl: 'postgres://localhost/x' })).rejects.toThrow(/DATABASE_URL/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
