// The one persistence interface. Every implementation passes tests/contract/store.contract.ts.
// Layout (docs/architecture.md "Persistence"): per workshop an append-only log of Yjs updates plus one
// compacted snapshot; loading = snapshot + the log entries after it. Beside it: the workshop records (only
// hashes of keys), the people who joined (only hashes of their secrets), which Yjs client ids belong to
// whom, and named checkpoints, none of which compaction touches.

import { ROLES, type Role } from '../../lib/map/types';
import type { ActivityStore } from './activity-store';
import type { InviteStore } from './invite-store';
import type { RoundStore } from './round-store';

export { ROLES, type Role };

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

/**
 * Why a checkpoint exists: saved by the facilitator (`manual`), the end of an agreement (`agreed`), or
 * taken automatically at a phase change and before a restore or an import.
 */
export const CHECKPOINT_KINDS = ['manual', 'agreed', 'phase', 'before_restore', 'before_import'] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];
export const AUTOMATIC_CHECKPOINT_KINDS: readonly CheckpointKind[] = ['phase', 'before_restore', 'before_import'];

export interface CheckpointInfo {
  id: string;
  workshopId: string;
  name: string;
  kind: CheckpointKind;
  createdAt: number;
  /** Participant id of the person whose action made it. */
  createdBy?: string;
}

/** A person who joined a workshop: the server's memory of who holds which browser secret (P2). */
export interface ParticipantRecord {
  workshopId: string;
  id: string;
  /** sha-256 hex of the browser's secret; the secret itself is never stored. */
  secretHash: string;
  name: string;
  color: string;
  createdAt: number;
  lastSeenAt: number;
}

/** A Yjs client id and the participant who first wrote with it (P14): nobody else may write under it. */
export interface ClientBinding {
  clientId: number;
  participantId: string;
}

export interface Store {
  /** Join codes and sealed links (server/store/invite-store.ts), gone with their workshop. */
  readonly invites: InviteStore;
  /** The activity feed (server/store/activity-store.ts, docs/architecture.md "Activity"), gone with its workshop. */
  readonly activity: ActivityStore;
  /** The ballots of open secret rounds (server/store/round-store.ts, docs/protocol.md P18), gone with their workshop. */
  readonly rounds: RoundStore;

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

  /** The participant whose browser holds the secret with this hash, or null. */
  findParticipant(workshopId: string, secretHash: string): Promise<ParticipantRecord | null>;
  /** Inserts a participant, or updates its name, colour and last-seen time (by workshop and id). */
  saveParticipant(record: ParticipantRecord): Promise<void>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;

  /** Every client id of the workshop bound so far, to its participant. */
  loadClientBindings(workshopId: string): Promise<Map<number, string>>;
  /** Records bindings durably; a client id already bound keeps its first participant (the call fails). */
  bindClients(workshopId: string, bindings: readonly ClientBinding[]): Promise<void>;

  saveCheckpoint(info: CheckpointInfo, state: Uint8Array): Promise<void>;
  listCheckpoints(workshopId: string): Promise<CheckpointInfo[]>;
  getCheckpoint(workshopId: string, checkpointId: string): Promise<{ info: CheckpointInfo; state: Uint8Array } | null>;

  /** Flushes and releases the store; further calls reject. */
  close(): Promise<void>;
}
