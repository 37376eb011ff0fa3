import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/store/sqlite-migrations';
import { SQLITE_FILE_NAME, SqliteStore } from '../../../server/store/sqlite-store';
import { inviteStoreContract } from '../../contract/invite-store.contract';
import { workshopRecord } from '../../contract/store.contract';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cc-invites-'));

let currentDir: string | null = null;
inviteStoreContract('SqliteStore', async () => {
  currentDir ??= tempDir();
  const dir = currentDir;
  return {
    store: new SqliteStore(dir),
    cleanup: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      currentDir = null;
    },
  };
});

describe('SqliteStore invites', () => {
  it('a database from before join codes (schema 2) gains the invites table; its workshops have none yet', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    db.exec(MIGRATIONS[0]);
    db.exec(MIGRATIONS[1]);
    db.pragma('user_version = 2');
    const record = workshopRecord();
    db.prepare(
      `INSERT INTO workshops (id, title, cluster, facilitator_key_hash, participant_key_hash, observer_key_hash, created_at, last_active_at)
       VALUES (?, ?, NULL, ?, ?, ?, 1, 1)`,
    ).run(record.id, record.title, record.keyHashes.facilitator, record.keyHashes.participant, record.keyHashes.observer);
    db.close();
    const store = new SqliteStore(dir);
    try {
      expect(await store.invites.get(record.id)).toBeNull();
      await store.invites.save({ workshopId: record.id, codeLookup: 'x', forCode: new Uint8Array([1]), forFacilitator: new Uint8Array([2]), createdAt: 3 });
      expect((await store.invites.findByCode('x'))?.workshopId).toBe(record.id);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
