import fs from 'node:fs';
import { olderDatabase, sqliteDir, sqliteStoreFactory } from '../helpers/sqlite-files';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { inviteStoreContract } from '../../contract/invite-store.contract';
import { workshopRecord } from '../../contract/store.contract';

const tempDir = () => sqliteDir('invites');

inviteStoreContract('SqliteStore', sqliteStoreFactory('invites'));

describe('SqliteStore invites', () => {
  it('a database from before join codes (schema 2) gains the invites table; its workshops have none yet', async () => {
    const dir = tempDir();
    const record = workshopRecord();
    olderDatabase(dir, 2, record).close();
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
