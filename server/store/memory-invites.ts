import { CodeTakenError, type InviteRecord, type InviteStore } from './invite-store';

type Invites = Map<string, InviteRecord>;

// Kept per MemoryStoreData, so a MemoryStore reopened over the same data sees the same invites.
const byData = new WeakMap<object, Invites>();

/** The MemoryStore's invites: gone with their workshop, like the SQLite table's ON DELETE CASCADE. */
export class MemoryInvites implements InviteStore {
  private readonly invites: Invites;

  constructor(
    data: object,
    private readonly hasWorkshop: (id: string) => boolean,
  ) {
    this.invites = byData.get(data) ?? new Map();
    byData.set(data, this.invites);
  }

  private live(record: InviteRecord | undefined): InviteRecord | null {
    if (!record) return null;
    if (!this.hasWorkshop(record.workshopId)) {
      this.invites.delete(record.workshopId);
      return null;
    }
    return structuredClone(record);
  }

  async save(record: InviteRecord): Promise<void> {
    if (!this.hasWorkshop(record.workshopId)) throw new Error(`unknown workshop "${record.workshopId}"`);
    for (const other of this.invites.values()) {
      if (other.codeLookup === record.codeLookup && other.workshopId !== record.workshopId && this.live(other)) throw new CodeTakenError();
    }
    this.invites.set(record.workshopId, structuredClone(record));
  }

  async get(workshopId: string): Promise<InviteRecord | null> {
    return this.live(this.invites.get(workshopId));
  }

  /** Called by MemoryStore.deleteWorkshop: a workshop made again under the same id starts without one. */
  forget(workshopId: string): void {
    this.invites.delete(workshopId);
  }

  async findByCode(codeLookup: string): Promise<InviteRecord | null> {
    for (const record of this.invites.values()) if (record.codeLookup === codeLookup) return this.live(record);
    return null;
  }
}
