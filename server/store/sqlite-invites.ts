import type Database from 'better-sqlite3';
import { CodeTakenError, type InviteRecord, type InviteStore } from './invite-store';
import { blob, bytes } from './sqlite-rows';

interface InviteRow {
  workshop_id: string;
  code_lookup: string;
  for_code: Buffer;
  for_facilitator: Buffer;
  created_at: number;
}

const toInvite = (row: InviteRow): InviteRecord => ({
  workshopId: row.workshop_id,
  codeLookup: row.code_lookup,
  forCode: bytes(row.for_code),
  forFacilitator: bytes(row.for_facilitator),
  createdAt: row.created_at,
});

/** The `invites` table (migration 3 in sqlite-migrations.ts), on the SqliteStore's connection. */
export class SqliteInvites implements InviteStore {
  private readonly stmts;

  constructor(
    db: Database.Database,
    private readonly requireOpen: () => void,
  ) {
    this.stmts = {
      upsert: db.prepare(
        `INSERT INTO invites (workshop_id, code_lookup, for_code, for_facilitator, created_at)
         VALUES (@workshopId, @codeLookup, @forCode, @forFacilitator, @createdAt)
         ON CONFLICT (workshop_id) DO UPDATE SET code_lookup = excluded.code_lookup, for_code = excluded.for_code,
           for_facilitator = excluded.for_facilitator, created_at = excluded.created_at`,
      ),
      get: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE workshop_id = ?'),
      find: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE code_lookup = ?'),
    };
  }

  async save(record: InviteRecord): Promise<void> {
    this.requireOpen();
    try {
      this.stmts.upsert.run({ ...record, forCode: blob(record.forCode), forFacilitator: blob(record.forFacilitator) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_UNIQUE') throw new CodeTakenError();
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new Error(`unknown workshop "${record.workshopId}"`);
      throw err;
    }
  }

  async get(workshopId: string): Promise<InviteRecord | null> {
    this.requireOpen();
    const row = this.stmts.get.get(workshopId);
    return row ? toInvite(row) : null;
  }

  async findByCode(codeLookup: string): Promise<InviteRecord | null> {
    this.requireOpen();
    const row = this.stmts.find.get(codeLookup);
    return row ? toInvite(row) : null;
  }
}
