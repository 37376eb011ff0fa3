import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run. Append new steps,
 * never edit a shipped one: a database in the field may already carry it.
 */
export const MIGRATIONS: readonly string[] = [
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
  // 2: identities the server vouches for (docs/protocol.md P2, P14) and kinds of checkpoint.
  `
  CREATE TABLE participants (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, id)
  );
  CREATE UNIQUE INDEX participants_by_secret ON participants (workshop_id, secret_hash);
  CREATE TABLE client_bindings (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    participant_id TEXT NOT NULL,
    PRIMARY KEY (workshop_id, client_id)
  );
  ALTER TABLE checkpoints ADD COLUMN kind TEXT NOT NULL DEFAULT 'manual';
  `,
  // 3: join codes and the links a facilitator can show again, sealed (server/store/invite-store.ts).
  `
  CREATE TABLE invites (
    workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    code_lookup TEXT NOT NULL UNIQUE,
    for_code BLOB NOT NULL,
    for_facilitator BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
  // 4: the activity feed (server/store/sqlite-activity.ts, docs/architecture.md "Activity"): the entry's
  // JSON with its number and time; the newest MAP_LIMITS.activityEntries per workshop are kept.
  `
  CREATE TABLE activity (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (workshop_id, seq)
  );
  `,
  // 5: the ballots of open secret rounds (server/store/sqlite-rounds.ts, docs/protocol.md P18): one row per
  // person, round and element, deleted when the round closes and its tallies are in the document.
  `
  CREATE TABLE ballots (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    round_id TEXT NOT NULL,
    element_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    value TEXT NOT NULL CHECK (value IN ('agree', 'disagree', 'unsure')),
    at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, round_id, element_id, participant_id)
  ) WITHOUT ROWID;
  `,
];

/** Brings the database up to the newest schema; refuses one from a newer ClusterCanvas. */
export function migrate(db: Database.Database): void {
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
