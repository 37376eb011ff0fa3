import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeAwarenessEntries, type AwarenessEntry } from '../../lib/sync/awareness-codec';
import { encodeAwarenessMessage, encodeSyncUpdate } from '../../lib/sync/messages';
import { metaOf } from '../../lib/map/ydoc';
import type { Role, VerifiedIdentity } from '../../lib/sync/protocol';
import type { Store, StoredDocument } from '../store/store';
import { restrictedMetaKeysTouched } from './meta-guard';
import { SyncError } from './sync-error';
import { WriteQueue } from './write-queue';

/** One live socket in a room, as the room sees it. */
export interface RoomConnection {
  readonly id: string;
  readonly identity: VerifiedIdentity;
  /** Awareness client ids this connection has published states for. */
  readonly awarenessClients: Set<number>;
}

/** Sends a "y" frame to every connection of the room except `exceptConnectionId`. */
export type Broadcast = (frame: Uint8Array, exceptConnectionId?: string) => void;

export interface RoomOptions {
  compactionThreshold: number;
  broadcast: Broadcast;
}

/** Transaction origin of writes that came through the room (a connection, or the HTTP API). */
export interface WriteOrigin {
  connectionId?: string;
  label?: string;
}

export type WriteResult = 'applied' | 'unchanged';

/** How a refusal names facilitator-only meta keys to a person. */
const META_KEY_WORDS: Record<string, string> = { phase: 'phase', timer: 'timer', locked: 'lock', weights: 'scoring weights', title: 'title' };

/** How many awareness client ids one connection may speak for (a tab has one; this leaves room for reloads). */
const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 8;

/**
 * A workshop's live replica (docs/protocol.md P10, P11). It only ever holds updates that are already in the
 * store: every write is appended first, applied second, and the writes run one at a time, so a snapshot of
 * the replica always covers exactly the log up to the last appended sequence number.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Map<string, RoomConnection>();
  private readonly queue = new WriteQueue();
  private readonly awarenessOwners = new Map<number, string>();
  private lastSeq: number;
  private logLength: number;
  private guests = 0;
  private destroyed = false;
  /** True while persistAndApply applies a stored update; any other change to the replica is a misuse. */
  private applyingStored = false;

  private constructor(
    readonly workshopId: string,
    private readonly store: Store,
    stored: StoredDocument,
    private readonly options: RoomOptions,
  ) {
    this.doc = new Y.Doc();
    loadInto(this.doc, stored, workshopId);
    this.lastSeq = stored.lastSeq;
    this.logLength = stored.updates.length;
    this.awareness = new Awareness(this.doc);
    // The server is not a participant: it relays others' presence but publishes none of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  static async load(workshopId: string, store: Store, options: RoomOptions): Promise<Room> {
    return new Room(workshopId, store, await store.loadDocument(workshopId), options);
  }

  nextGuestNumber(): number {
    return ++this.guests;
  }

  /**
   * Persists `update`, then applies it to the replica (which broadcasts what actually changed), in queue order.
   * `writer` is the role of the sender (`true`: a trusted writer with no restrictions). An update that
   * changes nothing (an observer's opening sync step 2) is always accepted and not stored; one that would
   * change something is refused with `forbidden` when the sender is an observer (P6), or a participant
   * while the map is locked or touching facilitator-only meta keys (P13). Checked against the replica
   * as it is when the write's turn comes, so a lock takes effect from the next queued write on.
   */
  write(update: Uint8Array, origin: WriteOrigin, writer: Role | boolean = true): Promise<WriteResult> {
    return this.queue.run(async () => {
      this.assertLive();
      if (Y.snapshotContainsUpdate(Y.snapshot(this.doc), update)) return 'unchanged';
      if (writer === false || writer === 'observer') throw new SyncError('forbidden', 'observers cannot change the map');
      if (writer === 'participant') this.assertParticipantMay(update);
      await this.persistAndApply(update, origin);
      return 'applied';
    });
  }

  private assertParticipantMay(update: Uint8Array) {
    if (metaOf(this.doc).get('locked') === true) {
      throw new SyncError('forbidden', 'The facilitator has paused editing; this change was not saved');
    }
    const keys = restrictedMetaKeysTouched(this.doc, update);
    if (keys.length > 0) {
      const what = keys.map((k) => META_KEY_WORDS[k] ?? k).join(', ');
      throw new SyncError('forbidden', `Only the facilitator may change the workshop's ${what}; this change was not saved`);
    }
  }

  /**
   * Runs `change` against a copy of the current state and writes the resulting update as one durable write
   * (used by the HTTP API to import a map into a live room). Resolves after it is stored and broadcast.
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
        await this.persistAndApply(update, origin);
        return 'applied';
      } finally {
        scratch.destroy();
      }
    });
  }

  private async persistAndApply(update: Uint8Array, origin: WriteOrigin) {
    let seq: number;
    try {
      seq = await this.store.appendUpdate(this.workshopId, update);
    } catch (err) {
      console.error(`[sync] could not store an update of workshop ${this.workshopId}`, err);
      throw new SyncError('internal', 'the server could not save this change; it will be resent');
    }
    this.lastSeq = seq;
    this.logLength++;
    // Pending structs may be completed by this update; then its sender may lack them too, so it gets the echo.
    const hadPending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    this.applyingStored = true;
    try {
      Y.applyUpdate(this.doc, update, hadPending ? { ...origin, connectionId: undefined } : origin);
    } catch (err) {
      // Validated before it was queued, so this is a Yjs-level surprise; the update is stored and a reload retries it.
      console.error(`[sync] stored update ${seq} of workshop ${this.workshopId} did not apply`, err);
    } finally {
      this.applyingStored = false;
    }
    if (this.logLength >= this.options.compactionThreshold) await this.compact();
  }

  private async compact() {
    try {
      await this.store.compact(this.workshopId, Y.encodeStateAsUpdate(this.doc), this.lastSeq);
      this.logLength = 0;
    } catch (err) {
      // The log is intact, so nothing is lost; the next write tries again.
      console.error(`[sync] compaction of workshop ${this.workshopId} failed`, err);
    }
  }

  /**
   * Takes the states a connection published, keeps those for client ids it may speak for, stamps each with
   * the connection's verified identity and applies them (which relays them). Returns the refused client ids.
   */
  applyAwareness(connection: RoomConnection, entries: readonly AwarenessEntry[]): number[] {
    this.assertLive();
    const accepted: AwarenessEntry[] = [];
    const refused: number[] = [];
    for (const entry of entries) {
      if (!this.mayClaim(connection, entry.clientID)) {
        refused.push(entry.clientID);
        continue;
      }
      const previous = this.awarenessOwners.get(entry.clientID);
      if (previous && previous !== connection.id) this.connections.get(previous)?.awarenessClients.delete(entry.clientID);
      this.awarenessOwners.set(entry.clientID, connection.id);
      connection.awarenessClients.add(entry.clientID);
      accepted.push({ ...entry, state: entry.state === null ? null : { ...entry.state, user: { ...connection.identity } } });
    }
    if (accepted.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), connection);
    return refused;
  }

  private mayClaim(connection: RoomConnection, clientID: number): boolean {
    if (clientID === this.doc.clientID) return false;
    const owner = this.awarenessOwners.get(clientID);
    if (owner === connection.id) return true;
    if (connection.awarenessClients.size >= MAX_AWARENESS_CLIENTS_PER_CONNECTION) return false;
    const ownerConnection = owner ? this.connections.get(owner) : undefined;
    // The same person reconnecting may take over the id before the server noticed the old socket is gone.
    return !ownerConnection || ownerConnection.identity.id === connection.identity.id;
  }

  addConnection(connection: RoomConnection): void {
    this.connections.set(connection.id, connection);
  }

  removeConnection(connection: RoomConnection): void {
    this.connections.delete(connection.id);
    const owned = [...connection.awarenessClients].filter((c) => this.awarenessOwners.get(c) === connection.id);
    for (const c of owned) this.awarenessOwners.delete(c);
    if (!this.destroyed && owned.length > 0) removeAwarenessStates(this.awareness, owned, 'disconnect');
  }

  /** Resolves once every write queued so far is stored and applied. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
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
        })
        .catch((err) => console.error(`[sync] workshop ${this.workshopId}: a direct change could not be stored`, err));
    }
    const except = (origin as WriteOrigin | null)?.connectionId;
    this.options.broadcast(encodeSyncUpdate(update), except);
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const except = origin && typeof origin === 'object' && 'id' in origin ? (origin as RoomConnection).id : undefined;
    this.options.broadcast(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, changed)), except);
  };
}

/** Snapshot plus log into `doc`; one unreadable entry must not cost the rest of the workshop. */
function loadInto(doc: Y.Doc, stored: StoredDocument, workshopId: string) {
  const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  if (parts.length === 0) return;
  try {
    Y.applyUpdate(doc, parts.length === 1 ? parts[0] : Y.mergeUpdates(parts));
    return;
  } catch (err) {
    console.error(`[sync] workshop ${workshopId}: merged load failed, applying entries one by one`, err);
  }
  for (const [i, part] of parts.entries()) {
    try {
      Y.applyUpdate(doc, part);
    } catch (err) {
      console.error(`[sync] workshop ${workshopId}: stored entry ${i} is unreadable and was skipped`, err);
    }
  }
}
