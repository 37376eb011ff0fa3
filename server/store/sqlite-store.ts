import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './sqlite-migrations';
import { SqliteActivity } from './sqlite-activity';
import { SqliteInvites } from './sqlite-invites';
import { SqliteRounds } from './sqlite-rounds';
import { blob, bytes, hashColumn, toInfo, toParticipant, toRecord, type CheckpointRow, type ParticipantRow, type WorkshopRow } from './sqlite-rows';
import { ROLES, type CheckpointInfo, type ClientBinding, type ParticipantRecord, type Store, type StoredDocument, type WorkshopRecord } from './store';

export const SQLITE_FILE_NAME = 'clustercanvas.db';


/**
 * The default Store: one SQLite file, `<dataDir>/clustercanvas.db`.
 *
 * better-sqlite3 is synchronous, so each async method does its work before its promise settles; calls
 * therefore run, and commit, in the order they were made, which is what keeps concurrent appends ordered.
 */
export class SqliteStore implements Store {
  readonly file: string;
  private db: Database.Database | null;
  private readonly stmts: ReturnType<SqliteStore['prepare']>;
  readonly invites: SqliteInvites;
  readonly activity: SqliteActivity;
  readonly rounds: SqliteRounds;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, SQLITE_FILE_NAME);
    const db = new Database(this.file);
    try {
      db.pragma('journal_mode = WAL');
      // An update is acknowledged to the browser once appendUpdate resolves, so the commit must be on disk
      // by then. In WAL mode synchronous=NORMAL already survives a killed process (the WAL is in the OS
      // cache) but can lose the last commits on power loss or a kernel crash, because the WAL is only
      // fsync'd at checkpoints. FULL fsyncs the WAL at every commit: an acked update survives both.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // Another process (the CLI importing while the server runs) may hold the write lock briefly.
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    this.db = db;
    this.stmts = this.prepare(db);
    this.invites = new SqliteInvites(db, () => void this.open());
    this.activity = new SqliteActivity(db, () => void this.open());
    this.rounds = new SqliteRounds(db, () => void this.open());
  }

  private prepare(db: Database.Database) {
    return {
      insertWorkshop: db.prepare(
        `INSERT INTO workshops (id, title, cluster, facilitator_key_hash, participant_key_hash, observer_key_hash, created_at, last_active_at)
         VALUES (@id, @title, @cluster, @facilitator, @participant, @observer, @createdAt, @lastActiveAt)`,
      ),
      getWorkshop: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
      listWorkshops: db.prepare<[], WorkshopRow>('SELECT * FROM workshops ORDER BY created_at, id'),
      deleteWorkshop: db.prepare<[string]>('DELETE FROM workshops WHERE id = ?'),
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM workshops WHERE id = ?'),
      lastLoggedSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM updates WHERE workshop_id = ?'),
      snapshotSeq: db.prepare<[string], { through_seq: number }>('SELECT through_seq FROM snapshots WHERE workshop_id = ?'),
      insertUpdate: db.prepare<[string, number, Buffer]>('INSERT INTO updates (workshop_id, seq, data) VALUES (?, ?, ?)'),
      snapshot: db.prepare<[string], { data: Buffer; through_seq: number }>(
        'SELECT data, through_seq FROM snapshots WHERE workshop_id = ?',
      ),
      logAfter: db.prepare<[string, number], { data: Buffer }>(
        'SELECT data FROM updates WHERE workshop_id = ? AND seq > ? ORDER BY seq',
      ),
      logCount: db.prepare<[string, number], { n: number }>(
        'SELECT COUNT(*) AS n FROM updates WHERE workshop_id = ? AND seq > ?',
      ),
      upsertSnapshot: db.prepare<[string, Buffer, number]>(
        `INSERT INTO snapshots (workshop_id, data, through_seq) VALUES (?, ?, ?)
         ON CONFLICT (workshop_id) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq`,
      ),
      dropLogThrough: db.prepare<[string, number]>('DELETE FROM updates WHERE workshop_id = ? AND seq <= ?'),
      insertCheckpoint: db.prepare(
        `INSERT INTO checkpoints (workshop_id, id, name, kind, created_at, created_by, data)
         VALUES (@workshopId, @id, @name, @kind, @createdAt, @createdBy, @data)`,
      ),
      listCheckpoints: db.prepare<[string], CheckpointRow>(
        'SELECT workshop_id, id, name, kind, created_at, created_by FROM checkpoints WHERE workshop_id = ? ORDER BY created_at, id',
      ),
      findParticipant: db.prepare<[string, string], ParticipantRow>('SELECT * FROM participants WHERE workshop_id = ? AND secret_hash = ?'),
      upsertParticipant: db.prepare(
        `INSERT INTO participants (workshop_id, id, secret_hash, name, color, created_at, last_seen_at)
         VALUES (@workshopId, @id, @secretHash, @name, @color, @createdAt, @lastSeenAt)
         ON CONFLICT (workshop_id, id) DO UPDATE SET name = excluded.name, color = excluded.color, last_seen_at = excluded.last_seen_at`,
      ),
      listParticipants: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at, id'),
      clientBindings: db.prepare<[string], { client_id: number; participant_id: string }>(
        'SELECT client_id, participant_id FROM client_bindings WHERE workshop_id = ?',
      ),
      insertBinding: db.prepare<[string, number, string]>('INSERT INTO client_bindings (workshop_id, client_id, participant_id) VALUES (?, ?, ?)'),
      getCheckpoint: db.prepare<[string, string], CheckpointRow & { data: Buffer }>(
        'SELECT * FROM checkpoints WHERE workshop_id = ? AND id = ?',
      ),
    };
  }

  private open(): Database.Database {
    if (!this.db) throw new Error('the store is closed');
    return this.db;
  }

  private requireWorkshop(id: string): void {
    if (!this.stmts.exists.get(id)) throw new Error(`unknown workshop "${id}"`);
  }

  /** The newest seq ever given out: the log's last entry, or the snapshot's when compaction emptied the log. */
  private lastSeq(workshopId: string): number {
    const logged = this.stmts.lastLoggedSeq.get(workshopId)?.seq ?? null;
    const snap = this.stmts.snapshotSeq.get(workshopId)?.through_seq ?? 0;
    return Math.max(logged ?? 0, snap);
  }

  async createWorkshop(record: WorkshopRecord): Promise<void> {
    this.open();
    for (const role of ROLES) {
      if (typeof record.keyHashes[role] !== 'string' || !record.keyHashes[role])
        throw new Error(`workshop "${record.id}" has no key hash for ${role}`);
    }
    try {
      this.stmts.insertWorkshop.run({
        id: record.id,
        title: record.title,
        cluster: record.cluster ?? null,
        facilitator: record.keyHashes.facilitator,
        participant: record.keyHashes.participant,
        observer: record.keyHashes.observer,
        createdAt: record.createdAt,
        lastActiveAt: record.lastActiveAt,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new Error(`workshop "${record.id}" already exists`);
      throw err;
    }
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    this.open();
    const row = this.stmts.getWorkshop.get(id);
    return row ? toRecord(row) : null;
  }

  async listWorkshops(): Promise<WorkshopRecord[]> {
    this.open();
    return this.stmts.listWorkshops.all().map(toRecord);
  }

  async updateWorkshop(
    id: string,
    patch: Partial<Pick<WorkshopRecord, 'title' | 'cluster' | 'lastActiveAt' | 'keyHashes'>>,
  ): Promise<void> {
    const db = this.open();
    const sets: string[] = [];
    const values: Record<string, unknown> = { id };
    if (patch.title !== undefined) {
      sets.push('title = @title');
      values.title = patch.title;
    }
    // `cluster: undefined` present in the patch clears it; absent leaves it alone.
    if ('cluster' in patch) {
      sets.push('cluster = @cluster');
      values.cluster = patch.cluster ?? null;
    }
    if (patch.lastActiveAt !== undefined) {
      sets.push('last_active_at = @lastActiveAt');
      values.lastActiveAt = patch.lastActiveAt;
    }
    if (patch.keyHashes !== undefined) {
      for (const role of ROLES) {
        if (typeof patch.keyHashes[role] !== 'string' || !patch.keyHashes[role])
          throw new Error(`new key hashes for workshop "${id}" lack ${role}`);
        sets.push(`${hashColumn(role)} = @${role}`);
        values[role] = patch.keyHashes[role];
      }
    }
    if (!sets.length) {
      this.requireWorkshop(id);
      return;
    }
    const result = db.prepare(`UPDATE workshops SET ${sets.join(', ')} WHERE id = @id`).run(values);
    if (result.changes === 0) throw new Error(`unknown workshop "${id}"`);
  }

  async deleteWorkshop(id: string): Promise<void> {
    this.open();
    // ON DELETE CASCADE takes its log, snapshot and checkpoints in the same statement.
    this.stmts.deleteWorkshop.run(id);
  }

  async appendUpdate(workshopId: string, update: Uint8Array): Promise<number> {
    return this.appendUpdates(workshopId, [update]);
  }

  async appendUpdates(workshopId: string, updates: Uint8Array[]): Promise<number> {
    const db = this.open();
    return db.transaction(() => {
      this.requireWorkshop(workshopId);
      let seq = this.lastSeq(workshopId);
      for (const update of updates) {
        if (!(update instanceof Uint8Array)) throw new TypeError('an update must be a Uint8Array');
        this.stmts.insertUpdate.run(workshopId, ++seq, blob(update));
      }
      return seq;
    }).immediate();
  }

  async loadDocument(workshopId: string): Promise<StoredDocument> {
    const db = this.open();
    // One read transaction: a compaction from another connection cannot slip between the two reads.
    return db.transaction((): StoredDocument => {
      const snap = this.stmts.snapshot.get(workshopId);
      const after = snap?.through_seq ?? 0;
      const updates = this.stmts.logAfter.all(workshopId, after).map((row) => bytes(row.data));
      return { snapshot: snap ? bytes(snap.data) : null, updates, lastSeq: this.lastSeq(workshopId) };
    }).deferred();
  }

  async logLength(workshopId: string): Promise<number> {
    this.open();
    const after = this.stmts.snapshotSeq.get(workshopId)?.through_seq ?? 0;
    return this.stmts.logCount.get(workshopId, after)?.n ?? 0;
  }

  async compact(workshopId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const db = this.open();
    if (!Number.isInteger(throughSeq) || throughSeq < 0) throw new Error(`throughSeq must be a whole number ≥ 0, got ${throughSeq}`);
    db.transaction(() => {
      this.requireWorkshop(workshopId);
      const last = this.lastSeq(workshopId);
      if (throughSeq > last) throw new Error(`cannot compact through seq ${throughSeq}: the log ends at ${last}`);
      const current = this.stmts.snapshotSeq.get(workshopId)?.through_seq ?? 0;
      // An older snapshot would silently drop the entries between it and the current one.
      if (throughSeq < current)
        throw new Error(`cannot compact through seq ${throughSeq}: the snapshot already covers ${current}`);
      this.stmts.upsertSnapshot.run(workshopId, blob(snapshot), throughSeq);
      this.stmts.dropLogThrough.run(workshopId, throughSeq);
    }).immediate();
  }

  async saveCheckpoint(info: CheckpointInfo, state: Uint8Array): Promise<void> {
    this.open();
    this.requireWorkshop(info.workshopId);
    try {
      this.stmts.insertCheckpoint.run({
        workshopId: info.workshopId,
        id: info.id,
        name: info.name,
        kind: info.kind,
        createdAt: info.createdAt,
        createdBy: info.createdBy ?? null,
        data: blob(state),
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new Error(`checkpoint "${info.id}" already exists in workshop "${info.workshopId}"`);
      throw err;
    }
  }

  async findParticipant(workshopId: string, secretHash: string): Promise<ParticipantRecord | null> {
    this.open();
    const row = this.stmts.findParticipant.get(workshopId, secretHash);
    return row ? toParticipant(row) : null;
  }

  async saveParticipant(record: ParticipantRecord): Promise<void> {
    this.open();
    this.requireWorkshop(record.workshopId);
    try {
      this.stmts.upsertParticipant.run(record);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new Error(`another participant of workshop "${record.workshopId}" already holds this secret`);
      throw err;
    }
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    this.open();
    return this.stmts.listParticipants.all(workshopId).map(toParticipant);
  }

  async loadClientBindings(workshopId: string): Promise<Map<number, string>> {
    this.open();
    return new Map(this.stmts.clientBindings.all(workshopId).map((row) => [row.client_id, row.participant_id]));
  }

  async bindClients(workshopId: string, bindings: readonly ClientBinding[]): Promise<void> {
    const db = this.open();
    db.transaction(() => {
      this.requireWorkshop(workshopId);
      for (const { clientId, participantId } of bindings) {
        if (!Number.isSafeInteger(clientId) || clientId < 0) throw new Error(`a client id is a whole number ≥ 0, got ${clientId}`);
        try {
          this.stmts.insertBinding.run(workshopId, clientId, participantId);
        } catch (err) {
          if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
            throw new Error(`client id ${clientId} of workshop "${workshopId}" is already bound`);
          throw err;
        }
      }
    }).immediate();
  }

  async listCheckpoints(workshopId: string): Promise<CheckpointInfo[]> {
    this.open();
    return this.stmts.listCheckpoints.all(workshopId).map(toInfo);
  }

  async getCheckpoint(
    workshopId: string,
    checkpointId: string,
  ): Promise<{ info: CheckpointInfo; state: Uint8Array } | null> {
    this.open();
    const row = this.stmts.getCheckpoint.get(workshopId, checkpointId);
    return row ? { info: toInfo(row), state: bytes(row.data) } : null;
  }

  async close(): Promise<void> {
    const db = this.db;
    if (!db) return;
    this.db = null;
    // Fold the WAL back into the main file so the database is one self-contained file at rest.
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }
}
