import {
  ROLES,
  type CheckpointInfo,
  type ClientBinding,
  type ParticipantRecord,
  type Store,
  type StoredDocument,
  type WorkshopRecord,
} from './store';
import { MemoryActivity } from './memory-activity';
import { MemoryInvites } from './memory-invites';
import { MemoryRounds } from './memory-rounds';

interface Workshop {
  record: WorkshopRecord;
  log: Array<{ seq: number; data: Uint8Array }>;
  snapshot: { data: Uint8Array; throughSeq: number } | null;
  lastSeq: number;
  participants: Map<string, ParticipantRecord>;
  bindings: Map<number, string>;
  checkpoints: Map<string, { info: CheckpointInfo; state: Uint8Array }>;
}

const copy = (data: Uint8Array) => new Uint8Array(data);

/** What a MemoryStore holds; pass the same one to a new MemoryStore to "reopen" it after close(). */
export type MemoryStoreData = Map<string, Workshop>;

/**
 * A Store that keeps everything in this process: for unit tests of the rooms and services, and for tools
 * that need a throwaway server. Nothing survives the process. It passes the same contract suite as the
 * SQLite store (tests/contract/store.contract.ts), so code tested against it behaves the same on disk.
 */
export class MemoryStore implements Store {
  private closed = false;
  readonly invites: MemoryInvites;
  readonly activity: MemoryActivity;
  readonly rounds: MemoryRounds;

  constructor(private readonly workshops: MemoryStoreData = new Map()) {
    this.invites = new MemoryInvites(workshops, (id) => this.all().has(id));
    this.activity = new MemoryActivity(workshops, (id) => this.all().has(id));
    this.rounds = new MemoryRounds(workshops, (id) => this.all().has(id));
  }

  private all(): Map<string, Workshop> {
    if (this.closed) throw new Error('the store is closed');
    return this.workshops;
  }

  private workshop(id: string): Workshop {
    const found = this.all().get(id);
    if (!found) throw new Error(`unknown workshop "${id}"`);
    return found;
  }

  async createWorkshop(record: WorkshopRecord): Promise<void> {
    const all = this.all();
    for (const role of ROLES) {
      if (typeof record.keyHashes[role] !== 'string' || !record.keyHashes[role]) throw new Error(`workshop "${record.id}" has no key hash for ${role}`);
    }
    if (all.has(record.id)) throw new Error(`workshop "${record.id}" already exists`);
    all.set(record.id, {
      record: structuredClone(record),
      log: [],
      snapshot: null,
      lastSeq: 0,
      participants: new Map(),
      bindings: new Map(),
      checkpoints: new Map(),
    });
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const found = this.all().get(id);
    return found ? structuredClone(found.record) : null;
  }

  async listWorkshops(): Promise<WorkshopRecord[]> {
    return [...this.all().values()]
      .map((w) => structuredClone(w.record))
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  async updateWorkshop(id: string, patch: Partial<Pick<WorkshopRecord, 'title' | 'cluster' | 'lastActiveAt' | 'keyHashes'>>): Promise<void> {
    const { record } = this.workshop(id);
    if (patch.keyHashes !== undefined) {
      for (const role of ROLES) {
        if (typeof patch.keyHashes[role] !== 'string' || !patch.keyHashes[role]) throw new Error(`new key hashes for workshop "${id}" lack ${role}`);
      }
      record.keyHashes = { ...patch.keyHashes };
    }
    if (patch.title !== undefined) record.title = patch.title;
    if ('cluster' in patch) {
      if (patch.cluster === undefined) delete record.cluster;
      else record.cluster = patch.cluster;
    }
    if (patch.lastActiveAt !== undefined) record.lastActiveAt = patch.lastActiveAt;
  }

  async deleteWorkshop(id: string): Promise<void> {
    this.all().delete(id);
    this.invites.forget(id);
    this.activity.forget(id);
    this.rounds.forget(id);
  }

  async appendUpdate(workshopId: string, update: Uint8Array): Promise<number> {
    return this.appendUpdates(workshopId, [update]);
  }

  async appendUpdates(workshopId: string, updates: Uint8Array[]): Promise<number> {
    const w = this.workshop(workshopId);
    for (const update of updates) if (!(update instanceof Uint8Array)) throw new TypeError('an update must be a Uint8Array');
    for (const update of updates) w.log.push({ seq: ++w.lastSeq, data: copy(update) });
    return w.lastSeq;
  }

  async loadDocument(workshopId: string): Promise<StoredDocument> {
    const w = this.all().get(workshopId);
    if (!w) return { snapshot: null, updates: [], lastSeq: 0 };
    const after = w.snapshot?.throughSeq ?? 0;
    return {
      snapshot: w.snapshot ? copy(w.snapshot.data) : null,
      updates: w.log.filter((e) => e.seq > after).map((e) => copy(e.data)),
      lastSeq: w.lastSeq,
    };
  }

  async logLength(workshopId: string): Promise<number> {
    const w = this.all().get(workshopId);
    if (!w) return 0;
    const after = w.snapshot?.throughSeq ?? 0;
    return w.log.filter((e) => e.seq > after).length;
  }

  async compact(workshopId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    if (!Number.isInteger(throughSeq) || throughSeq < 0) throw new Error(`throughSeq must be a whole number ≥ 0, got ${throughSeq}`);
    const w = this.workshop(workshopId);
    if (throughSeq > w.lastSeq) throw new Error(`cannot compact through seq ${throughSeq}: the log ends at ${w.lastSeq}`);
    const current = w.snapshot?.throughSeq ?? 0;
    if (throughSeq < current) throw new Error(`cannot compact through seq ${throughSeq}: the snapshot already covers ${current}`);
    w.snapshot = { data: copy(snapshot), throughSeq };
    w.log = w.log.filter((e) => e.seq > throughSeq);
  }

  async findParticipant(workshopId: string, secretHash: string): Promise<ParticipantRecord | null> {
    const w = this.all().get(workshopId);
    const found = w && [...w.participants.values()].find((p) => p.secretHash === secretHash);
    return found ? { ...found } : null;
  }

  async saveParticipant(record: ParticipantRecord): Promise<void> {
    const w = this.workshop(record.workshopId);
    const holder = [...w.participants.values()].find((p) => p.secretHash === record.secretHash);
    if (holder && holder.id !== record.id) throw new Error(`another participant of workshop "${record.workshopId}" already holds this secret`);
    const existing = w.participants.get(record.id);
    w.participants.set(
      record.id,
      existing ? { ...existing, name: record.name, color: record.color, lastSeenAt: record.lastSeenAt } : { ...record },
    );
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const w = this.all().get(workshopId);
    if (!w) return [];
    return [...w.participants.values()].map((p) => ({ ...p })).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  async loadClientBindings(workshopId: string): Promise<Map<number, string>> {
    return new Map(this.all().get(workshopId)?.bindings ?? []);
  }

  async bindClients(workshopId: string, bindings: readonly ClientBinding[]): Promise<void> {
    const w = this.workshop(workshopId);
    // All or nothing, as the SQLite store's transaction.
    for (const { clientId } of bindings) {
      if (!Number.isSafeInteger(clientId) || clientId < 0) throw new Error(`a client id is a whole number ≥ 0, got ${clientId}`);
      if (w.bindings.has(clientId)) throw new Error(`client id ${clientId} of workshop "${workshopId}" is already bound`);
    }
    if (new Set(bindings.map((b) => b.clientId)).size !== bindings.length) throw new Error('a client id appears twice in one call');
    for (const { clientId, participantId } of bindings) w.bindings.set(clientId, participantId);
  }

  async saveCheckpoint(info: CheckpointInfo, state: Uint8Array): Promise<void> {
    const w = this.workshop(info.workshopId);
    if (w.checkpoints.has(info.id)) throw new Error(`checkpoint "${info.id}" already exists in workshop "${info.workshopId}"`);
    w.checkpoints.set(info.id, { info: { ...info }, state: copy(state) });
  }

  async listCheckpoints(workshopId: string): Promise<CheckpointInfo[]> {
    const w = this.all().get(workshopId);
    if (!w) return [];
    return [...w.checkpoints.values()].map((c) => ({ ...c.info })).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  async getCheckpoint(workshopId: string, checkpointId: string): Promise<{ info: CheckpointInfo; state: Uint8Array } | null> {
    const found = this.all().get(workshopId)?.checkpoints.get(checkpointId);
    return found ? { info: { ...found.info }, state: copy(found.state) } : null;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
