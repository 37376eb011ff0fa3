// The one persistence interface. Every implementation passes tests/contract/store.contract.ts.
// Layout (ARCHITECTURE.md "Persistence"): per workshop an append-only log of Yjs updates plus one compacted
// snapshot; loading = snapshot + the log entries after it. Workshop records keep only hashes of keys.

export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export interface WorkshopRecord {
  id: string;
  title: string;
  cluster?: string;
  /** sha-256 hex of each role's key; the keys themselves are never stored. */
  keyHashes: Record<Role, string>;
  createdAt: number;
  lastActiveAt: number;
}

export interface StoredDocument {
  /** The compacted state (a Yjs update), or null before the first compaction. */
  snapshot: Uint8Array | null;
  /** Log entries after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the newest log entry (0 when none was ever written). */
  lastSeq: number;
}

export interface CheckpointInfo {
  id: string;
  workshopId: string;
  name: string;
  createdAt: number;
  createdBy?: string;
}

export interface Store {
  createWorkshop(record: WorkshopRecord): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  listWorkshops(): Promise<WorkshopRecord[]>;
  /** `keyHashes` replaces all three hashes at once (key rotation: the old links stop working). */
  updateWorkshop(
    id: string,
    patch: Partial<Pick<WorkshopRecord, 'title' | 'cluster' | 'lastActiveAt' | 'keyHashes'>>,
  ): Promise<void>;
  deleteWorkshop(id: string): Promise<void>;

  /** Appends one update durably; resolves with its sequence number only once it survives a crash. */
  appendUpdate(workshopId: string, update: Uint8Array): Promise<number>;
  /** Appends several updates in one durable transaction (same order); resolves with the last seq. */
  appendUpdates(workshopId: string, updates: Uint8Array[]): Promise<number>;
  loadDocument(workshopId: string): Promise<StoredDocument>;
  /** Number of log entries after the snapshot: the room compacts past a threshold. */
  logLength(workshopId: string): Promise<number>;
  /**
   * Atomically replaces the snapshot with `snapshot` (which must contain every entry up to `throughSeq`)
   * and drops those entries. Entries appended after `throughSeq` stay in the log.
   */
  compact(workshopId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;

  saveCheckpoint(info: CheckpointInfo, state: Uint8Array): Promise<void>;
  listCheckpoints(workshopId: string): Promise<CheckpointInfo[]>;
  getCheckpoint(workshopId: string, checkpointId: string): Promise<{ info: CheckpointInfo; state: Uint8Array } | null>;

  /** Flushes and releases the store; further calls reject. */
  close(): Promise<void>;
}
