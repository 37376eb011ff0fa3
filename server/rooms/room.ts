import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { checkChanges, type Writer } from '../../lib/access/check-changes';
import type { AwarenessEntry } from '../../lib/sync/awareness-codec';
import { MalformedMessageError, encodeSyncUpdate } from '../../lib/sync/messages';
import { DOC_KEYS, editingModeOf } from '../../lib/map/ydoc';
import { scenarioFacts } from '../../lib/scenarios/facts';
import { openRoundElements } from '../../lib/map/rounds';
import { analyseUpdate, type DocChanges } from '../../lib/sync/update-changes';
import type { ActivityEntry } from '../../lib/activity/types';
import { RoomActivity, type ActivityWho } from '../activity/room-activity';
import type { Store, StoredDocument } from '../store/store';
import { SyncError } from './sync-error';
import { RoomPresence, type RoomConnection } from './room-presence';
import { analyseOrRefuse, loadInto } from './replica';
import { MAX_BATCH_WRITES, type PendingWrite, type StagedWrite, type WriteOrigin, type WriteResult } from './write-batch';
import { WriteQueue } from './write-queue';

export type { RoomConnection };

/** Sends a "y" frame to every connection of the room except `exceptConnectionId`. */
export type Broadcast = (frame: Uint8Array, exceptConnectionId?: string) => void;

/** What a write changed, for whoever reacts to it (the automatic checkpoint at a phase change). */
export interface AppliedWrite {
  /** Null when the change could not be read back (never for a write the room checked). */
  changes: DocChanges | null;
  /** Null for the server's own writes (the HTTP API, restores). */
  writer: Writer | null;
}

export interface RoomOptions {
  compactionThreshold: number;
  /** Bytes the workshop may store, snapshot plus log (docs/protocol.md P9); unlimited when absent. */
  maxWorkshopBytes?: number;
  broadcast: Broadcast;
  /** Called after each write that changed the replica, in write order. */
  onApplied?: (room: Room, applied: AppliedWrite) => void;
  /** Sends a new activity entry to every connection of the room (docs/protocol.md P15). */
  pushActivity?: (entry: ActivityEntry) => void;
}

export type { WriteOrigin, WriteResult };

/**
 * A workshop's live replica (docs/protocol.md P5, P10, P11, P14). It only ever holds updates that are already
 * in the store: writes are checked one at a time, stored a batch at a time, and applied once stored, so a
 * snapshot of the replica always covers exactly the log up to the last appended sequence number.
 */
export class Room {
  readonly doc: Y.Doc;
  private readonly presence: RoomPresence;
  private readonly queue = new WriteQueue();
  /** Writes waiting for their batch (group commit, P5). */
  private readonly pending: PendingWrite[] = [];
  private batchScheduled = false;
  private lastSeq: number;
  private logLength: number;
  /** What the store holds for this workshop: snapshot plus log, in bytes (the quota's measure, P9). */
  private storedBytes: number;
  private guests = 0;
  private destroyed = false;
  /** True while applyStored applies a stored update; any other change to the replica is a misuse. */
  private applyingStored = false;

  private constructor(
    readonly workshopId: string,
    private readonly store: Store,
    stored: StoredDocument,
    /** Yjs client id → the participant who first wrote with it (P14). */
    private readonly clientOwners: Map<number, string>,
    /** The activity feed, and the record of deleted elements the write check reads (P14, P15). */
    private readonly activity: RoomActivity,
    private readonly options: RoomOptions,
  ) {
    this.doc = new Y.Doc();
    loadInto(this.doc, stored, workshopId);
    this.lastSeq = stored.lastSeq;
    this.logLength = stored.updates.length;
    this.storedBytes = (stored.snapshot?.length ?? 0) + stored.updates.reduce((sum, u) => sum + u.length, 0);
    this.presence = new RoomPresence(this.doc, options.broadcast);
    this.doc.on('update', this.onDocUpdate);
  }

  static async load(workshopId: string, store: Store, options: RoomOptions): Promise<Room> {
    const push = (entry: ActivityEntry) => options.pushActivity?.(entry);
    const [stored, owners, activity] = await Promise.all([
      store.loadDocument(workshopId),
      store.loadClientBindings(workshopId),
      RoomActivity.load(workshopId, store, push),
    ]);
    return new Room(workshopId, store, stored, owners, activity, options);
  }

  nextGuestNumber(): number {
    return ++this.guests;
  }

  /**
   * Checks `update` against the replica as it is when the write's turn comes, then stores and applies it
   * (which broadcasts what changed). `writer` is the connection's verified person; the server's own writes
   * pass none. An update that changes nothing is accepted and not stored (an observer's opening step 2).
   * Refusals (P14): `incomplete` when the update refers to anything the replica lacks; `forbidden` when it
   * writes under a Yjs client id that belongs to someone else, or makes a change the writer may not make.
   */
  write(update: Uint8Array, origin: WriteOrigin, writer: Writer | null): Promise<WriteResult> {
    return new Promise<WriteResult>((resolve, reject) => {
      this.pending.push({ update, origin, writer, resolve, reject });
      this.scheduleBatch();
    });
  }

  /**
   * Group commit (docs/protocol.md P5): the writes that arrived while the last commit held the event loop
   * are checked one by one, stored in one transaction, then applied and acknowledged in order. One fsync
   * per batch instead of one per update is what lets a room keep up with a room full of people typing.
   */
  private scheduleBatch() {
    if (this.batchScheduled) return;
    this.batchScheduled = true;
    void this.queue.run(async () => {
      // Let every socket message already read from the network join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      this.batchScheduled = false;
      await this.writeBatch(this.pending.splice(0, MAX_BATCH_WRITES));
      if (this.pending.length > 0) this.scheduleBatch();
    });
  }

  private async writeBatch(writes: readonly PendingWrite[]) {
    const staged: StagedWrite[] = [];
    for (const write of writes) {
      try {
        const checked = await this.check(write, staged);
        if (checked === 'unchanged') {
          write.resolve('unchanged');
          continue;
        }
        staged.push(checked);
        if (checked.endsBatch) await this.commit(staged);
      } catch (err) {
        write.reject(err);
      }
    }
    await this.commit(staged);
  }

  /**
   * Checks one write against the replica, which holds exactly what is stored: the writes staged before it
   * in this batch are not in it yet. A write that builds on one of them reads as incomplete, so the batch
   * is committed first and the write checked again; a staged write whose effect later checks read (the
   * editing mode in meta, deleted elements) ends its batch (endsBatch).
   */
  private async check(write: PendingWrite, staged: StagedWrite[]): Promise<StagedWrite | 'unchanged'> {
    this.assertLive();
    const { update, origin, writer } = write;
    let analysis = analyseOrRefuse(this.doc, update);
    if (!analysis.ok && staged.length > 0) {
      await this.commit(staged);
      analysis = analyseOrRefuse(this.doc, update);
    }
    const changesNothing = analysis.ok && analysis.changes.size === 0 && analysis.writers.length === 0;
    // An observer may only send what changes nothing (its opening step 2); anything else, resolvable or not.
    if (writer?.role === 'observer' && !changesNothing) throw new SyncError('forbidden', 'Observers cannot change the workshop; this change was not saved', 'observer');
    if (!analysis.ok) throw new SyncError('incomplete', `The server is missing something this change builds on (${analysis.reason}); resend every unacknowledged change`);
    if (changesNothing) return 'unchanged';
    let unbound: number[] = [];
    if (writer) {
      unbound = this.checkClients(analysis.writers, writer);
      const refusal = checkChanges(writer, editingModeOf(this.doc), analysis.changes, this.activity.authorship(this.doc), scenarioFacts(this.doc), () => openRoundElements(this.doc));
      if (refusal) throw new SyncError('forbidden', refusal.message, refusal.reason);
      await this.checkQuota(update, staged);
    }
    if (unbound.length > 0) await this.bind(unbound, writer!.participant);
    const who: ActivityWho = { by: writer?.participant ?? origin.by ?? 'server', label: origin.label };
    // Read before applying: afterwards the replica no longer holds what the update deletes.
    const activity = this.activity.before(this.doc, analysis.changes, who);
    const endsBatch = (activity?.touched.deleted.length ?? 0) > 0 || (activity?.restoring.size ?? 0) > 0 || analysis.changes.some((c) => c.root === DOC_KEYS.meta);
    return { write, changes: analysis.changes, who, activity, endsBatch };
  }

  /** Stores the staged writes in one durable transaction, then applies, records and acknowledges each in order. */
  private async commit(staged: StagedWrite[]) {
    if (staged.length === 0) return;
    const batch = staged.splice(0);
    try {
      this.lastSeq = await this.store.appendUpdates(this.workshopId, batch.map((s) => s.write.update));
    } catch (err) {
      console.error(`[sync] could not store ${batch.length} update(s) of workshop ${this.workshopId}`, err);
      // Nothing of the batch is stored or applied: every writer keeps its update and resends it (P5).
      for (const s of batch) s.write.reject(new SyncError('internal', 'the server could not save this change; it will be resent'));
      return;
    }
    this.logLength += batch.length;
    let unappliable = false;
    for (const s of batch) {
      this.storedBytes += s.write.update.length;
      const failed = this.applyStored(s.write.update, s.write.origin);
      if (failed) {
        unappliable = true;
        s.write.reject(failed);
        continue;
      }
      try {
        await this.activity.after(this.doc, s.activity, s.who);
        this.options.onApplied?.(this, { changes: s.changes, writer: s.write.writer });
        s.write.resolve('applied');
      } catch (err) {
        s.write.reject(err);
      }
    }
    // A stored entry that did not apply goes at once, folded into a snapshot of the replica as it is (what
    // the room has seen), so a reload does not apply it either.
    if (unappliable || this.logLength >= this.options.compactionThreshold) await this.compact();
  }

  /** Applies an update that is already stored; returns the refusal when Yjs cannot apply it (P5). */
  private applyStored(update: Uint8Array, origin: WriteOrigin): MalformedMessageError | null {
    this.applyingStored = true;
    try {
      Y.applyUpdate(this.doc, update, origin);
      return null;
    } catch (err) {
      console.error(`[sync] a stored update of workshop ${this.workshopId} did not apply; refused and compacted away`, err);
      return new MalformedMessageError(`the update could not be applied (${(err as Error).message})`);
    } finally {
      this.applyingStored = false;
    }
  }

  /** The writer's client ids not bound yet; refuses ids bound to someone else or already used by nobody we know. */
  private checkClients(clients: readonly number[], writer: Writer): number[] {
    const unbound: number[] = [];
    for (const client of clients) {
      const owner = this.clientOwners.get(client);
      if (owner === writer.participant) continue;
      // An id in the replica that nobody bound was the server's own (an import, a restore) or came before
      // bindings existed: writing under it would continue someone else's history.
      if (owner !== undefined || Y.getState(this.doc.store, client) > 0 || client === this.doc.clientID) {
        throw new SyncError('forbidden', `This change is written under a Yjs client id (${client}) that belongs to someone else; this change was not saved`, 'not_yours');
      }
      unbound.push(client);
    }
    return unbound;
  }

  private async bind(clients: readonly number[], participant: string) {
    try {
      await this.store.bindClients(this.workshopId, clients.map((clientId) => ({ clientId, participantId: participant })));
    } catch (err) {
      console.error(`[sync] could not bind client ids of workshop ${this.workshopId}`, err);
      throw new SyncError('internal', 'the server could not save this change; it will be resent');
    }
    for (const client of clients) this.clientOwners.set(client, participant);
  }

  /**
   * Runs `change` against a copy of the current state and writes the resulting update as one durable write
   * (the HTTP API, restores, the people directory). Resolves after it is stored and broadcast.
   */
  transact(change: (doc: Y.Doc) => void, origin: WriteOrigin): Promise<WriteResult> {
    return this.queue.run(async () => {
      this.assertLive();
      const scratch = new Y.Doc();
      try {
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
        const before = Y.encodeStateVector(scratch);
        scratch.transact(() => change(scratch), origin);
        const update = Y.encodeStateAsUpdate(scratch, before);
        if (Y.snapshotContainsUpdate(Y.snapshot(this.doc), update)) return 'unchanged';
        const analysis = analyseUpdate(this.doc, update);
        const changes = analysis.ok ? analysis.changes : null;
        const who: ActivityWho = { by: origin.by ?? 'server', label: origin.label };
        const activity = this.activity.before(this.doc, changes, who);
        return await new Promise<WriteResult>((resolve, reject) => {
          const write: PendingWrite = { update, origin, writer: null, resolve, reject };
          void this.commit([{ write, changes, who, activity, endsBatch: true }]);
        });
      } finally {
        scratch.destroy();
      }
    });
  }

  /** Bytes the store holds for this workshop (snapshot plus log). */
  get bytesStored(): number {
    return this.storedBytes;
  }

  /**
   * The workshop byte quota (P9): a write that would take the store past it is refused with `over_quota`,
   * after folding the log into the snapshot once (which often frees what overwritten values took).
   */
  private async checkQuota(update: Uint8Array, staged: StagedWrite[]) {
    const limit = this.options.maxWorkshopBytes;
    const fits = () => this.storedBytes + staged.reduce((sum, s) => sum + s.write.update.length, 0) + update.length <= limit!;
    if (limit === undefined || fits()) return;
    await this.commit(staged);
    if (this.logLength > 0) await this.compact();
    if (fits()) return;
    throw new SyncError(
      'over_quota',
      `This workshop stores ${this.storedBytes} bytes, and this change of ${update.length} bytes would take it over its limit of ${limit} bytes; it was not saved`,
    );
  }

  private async compact() {
    try {
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      await this.store.compact(this.workshopId, snapshot, this.lastSeq);
      this.logLength = 0;
      this.storedBytes = snapshot.length;
    } catch (err) {
      // The log is intact, so nothing is lost; the next write tries again.
      console.error(`[sync] compaction of workshop ${this.workshopId} failed`, err);
    }
  }

  /** Validates and applies the presence states a connection published (./room-presence.ts); returns refused ids. */
  applyAwareness(connection: RoomConnection, entries: readonly AwarenessEntry[]): number[] {
    this.assertLive();
    return this.presence.apply(connection, entries);
  }

  addConnection(connection: RoomConnection): void {
    this.presence.add(connection);
  }

  removeConnection(connection: RoomConnection): void {
    this.presence.remove(connection, !this.destroyed);
  }

  get awareness(): Awareness {
    return this.presence.awareness;
  }

  get connections(): ReadonlyMap<string, RoomConnection> {
    return this.presence.connections;
  }

  /** Resolves once every write queued so far is stored and applied. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
    this.presence.destroy();
    this.doc.destroy();
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  private assertLive() {
    if (this.destroyed) throw new SyncError('internal', `the room of workshop ${this.workshopId} is closed`);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (!this.applyingStored) {
      // Someone wrote to the replica directly instead of through write()/transact(). Store it anyway so
      // the change is not silently lost on unload, and say so: it was not durable before it was visible.
      console.warn(`[sync] workshop ${this.workshopId}: the replica was changed directly; use applyToRoom`);
      void this.queue
        .run(async () => {
          this.lastSeq = await this.store.appendUpdate(this.workshopId, update);
          this.logLength++;
          this.storedBytes += update.length;
        })
        .catch((err) => console.error(`[sync] workshop ${this.workshopId}: a direct change could not be stored`, err));
    }
    const except = (origin as WriteOrigin | null)?.connectionId;
    this.options.broadcast(encodeSyncUpdate(update), except);
  };

}
