import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROLES, type CheckpointInfo, type Role, type Store, type StoredDocument, type WorkshopRecord } from './store';

export const SQLITE_FILE_NAME = 'clustercanvas.db';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run. Append new steps,
 * never edit a shipped one: a database in the field may already carry it.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    cluster TEXT,
    facilitator_key_hash TEXT NOT NULL,
    participant_key_hash TEXT NOT NULL,
    observer_key_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_active_at INTEGER NOT NULL
  );
  -- Append-only Yjs update log. A rowid table (not WITHOUT ROWID) because entries can be large blobs.
  CREATE TABLE updates (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL
  );
  CREATE UNIQUE INDEX updates_by_workshop_seq ON updates (workshop_id, seq);
  CREATE TABLE snapshots (
    workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    through_seq INTEGER NOT NULL
  );
  CREATE TABLE checkpoints (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT,
    data BLOB NOT NULL,
    PRIMARY KEY (workshop_id, id)
  );
  `,
];

interface WorkshopRow {
  id: string;
  title: string;
  cluster: string | null;
  facilitator_key_hash: string;
  participant_key_hash: string;
  observer_key_hash: string;
  created_at: number;
  last_active_at: number;
}

interface CheckpointRow {
  workshop_id: string;
  id: string;
  name: string;
  created_at: number;
  created_by: string | null;
}

const hashColumn = (role: Role) => `${role}_key_hash` as const;

function toRecord(row: WorkshopRow): WorkshopRecord {
  const keyHashes = Object.fromEntries(ROLES.map((role) => [role, row[hashColumn(role)]])) as Record<Role, string>;
  const record: WorkshopRecord = {
    id: row.id,
    title: row.title,
    keyHashes,
    createdAt: row.created_at,
    lastActiveAt: row.last_active_at,
  };
  if (row.cluster !== null) record.cluster = row.cluster;
  return record;
}

function toInfo(row: CheckpointRow): CheckpointInfo {
  const info: CheckpointInfo = { id: row.id, workshopId: row.workshop_id, name: row.name, createdAt: row.created_at };
  if (row.created_by !== null) info.createdBy = row.created_by;
  return info;
}

/** better-sqlite3 hands back Buffers; callers get plain Uint8Arrays that own their bytes. */
const bytes = (buf: Buffer): Uint8Array => new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
const blob = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

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
        `INSERT INTO checkpoints (workshop_id, id, name, created_at, created_by, data)
         VALUES (@workshopId, @id, @name, @createdAt, @createdBy, @data)`,
      ),
      listCheckpoints: db.prepare<[string], CheckpointRow>(
        'SELECT workshop_id, id, name, created_at, created_by FROM checkpoints WHERE workshop_id = ? ORDER BY created_at, id',
      ),
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

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length)
    throw new Error(
      `the database is at schema version ${version}, newer than this ClusterCanvas knows (${MIGRATIONS.length}); upgrade ClusterCanvas`,
    );
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
