import { CHECKPOINT_KINDS, ROLES, type CheckpointInfo, type CheckpointKind, type ParticipantRecord, type Role, type WorkshopRecord } from './store';

// Rows of the SQLite tables (server/store/sqlite-migrations.ts) and the records the Store hands out.

export interface WorkshopRow {
  id: string;
  title: string;
  cluster: string | null;
  facilitator_key_hash: string;
  participant_key_hash: string;
  observer_key_hash: string;
  created_at: number;
  last_active_at: number;
}

export interface CheckpointRow {
  workshop_id: string;
  id: string;
  name: string;
  kind: string;
  created_at: number;
  created_by: string | null;
}

export interface ParticipantRow {
  workshop_id: string;
  id: string;
  secret_hash: string;
  name: string;
  color: string;
  created_at: number;
  last_seen_at: number;
}

export const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  workshopId: row.workshop_id,
  id: row.id,
  secretHash: row.secret_hash,
  name: row.name,
  color: row.color,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
});

export const hashColumn = (role: Role) => `${role}_key_hash` as const;

export function toRecord(row: WorkshopRow): WorkshopRecord {
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

const kindOf = (kind: string): CheckpointKind => ((CHECKPOINT_KINDS as readonly string[]).includes(kind) ? (kind as CheckpointKind) : 'manual');

export function toInfo(row: CheckpointRow): CheckpointInfo {
  const info: CheckpointInfo = { id: row.id, workshopId: row.workshop_id, name: row.name, kind: kindOf(row.kind), createdAt: row.created_at };
  if (row.created_by !== null) info.createdBy = row.created_by;
  return info;
}

/** better-sqlite3 hands back Buffers; callers get plain Uint8Arrays that own their bytes. */
export const bytes = (buf: Buffer): Uint8Array => new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
export const blob = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

