import { PENDING_DEFAULTS, mergeEntries, type KeptCopy, type PendingEntry, type PendingStore, type Touched } from './pending';
import type { VerifiedIdentity } from './protocol';

/**
 * The provider's local updates the server has not acknowledged (docs/protocol.md P5, P17), by a local
 * sequence number, written through to the device's store on every change when there is one.
 */
export class PendingQueue {
  private readonly entries = new Map<number, PendingEntry>();
  private nextId = 1;

  constructor(private readonly store: PendingStore | null) {}

  /** What the device kept (an earlier page's queue, epoch and identity), now queued here. */
  restore(): KeptCopy {
    const kept = this.store?.load() ?? { epoch: null, identity: null, entries: [] };
    for (const entry of kept.entries) this.entries.set(this.nextId++, entry);
    return kept;
  }

  add(entry: PendingEntry, offline: boolean): number {
    const id = this.nextId++;
    this.entries.set(id, entry);
    if (offline && this.entries.size > PENDING_DEFAULTS.mergeAbove) {
      // Offline nothing is in flight, so the entries can become one without losing track of an ack.
      const merged = mergeEntries([...this.entries.values()]);
      this.entries.clear();
      this.entries.set(this.nextId++, merged);
    }
    return id;
  }

  ids(): number[] {
    return [...this.entries.keys()];
  }

  updates(ids: readonly number[]): Uint8Array[] {
    return ids.map((id) => this.entries.get(id)?.update).filter((u): u is Uint8Array => u !== undefined);
  }

  acknowledge(ids: readonly number[]): void {
    for (const id of ids) this.entries.delete(id);
  }

  /**
   * Drops the refused ids and every later entry, which follows them in this replica's clocks and could only
   * be refused as incomplete (P14); returns what was lost, merged, or null when nothing was left of it.
   */
  dropFrom(ids: readonly number[]): PendingEntry | null {
    if (ids.length === 0) return null;
    const first = Math.min(...ids);
    const lost = this.ids().filter((id) => ids.includes(id) || id > first);
    const entries = lost.map((id) => this.entries.get(id)).filter((e): e is PendingEntry => e !== undefined);
    this.acknowledge(lost);
    return entries.length > 0 ? mergeEntries(entries) : null;
  }

  clear(): void {
    this.entries.clear();
    this.store?.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Local changes waiting: a merged entry counts for every change it holds. */
  get count(): number {
    let n = 0;
    for (const entry of this.entries.values()) n += entry.count;
    return n;
  }

  touched(): Touched[] {
    return mergeEntries([...this.entries.values()]).touched;
  }

  /** Writes the queue, with the epoch and identity it belongs to, to the device (at once: a crash right after an edit keeps it). */
  keep(epoch: string | null, identity: VerifiedIdentity | null): void {
    this.store?.save({ epoch, identity, entries: [...this.entries.values()] });
  }
}
