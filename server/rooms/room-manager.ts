import type { Store } from '../store/store';
import { Room, type Broadcast, type RoomOptions } from './room';
import { SyncError } from './sync-error';

export interface RoomManagerOptions {
  compactionThreshold: number;
  /** Bytes one workshop may store (docs/protocol.md P9). */
  maxWorkshopBytes?: number;
  roomIdleUnloadMs: number;
  maxConnectionsPerWorkshop: number;
  /** Builds the broadcast function of one workshop's room. */
  broadcastFor: (workshopId: string) => Broadcast;
  /** Builds what sends a new activity entry to one workshop's connections (docs/protocol.md P15). */
  activityFor?: (workshopId: string) => RoomOptions['pushActivity'];
  onApplied?: RoomOptions['onApplied'];
}

interface Entry {
  loading: Promise<Room>;
  room: Room | null;
  /** Connections, including handshakes that reserved a place but have not connected yet. */
  connections: number;
  /** Server-side users (HTTP API calls) currently working with the room. */
  holds: number;
  unloadTimer: ReturnType<typeof setTimeout> | null;
  unloading: Promise<void> | null;
}

/**
 * Loads each workshop's room on first use and unloads it once nobody has used it for roomIdleUnloadMs
 * (docs/protocol.md P10). Concurrent first joins share one load; a join during an unload waits for it and
 * loads afresh, so no two replicas of one workshop ever live in one process.
 */
export class RoomManager {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly options: RoomManagerOptions,
  ) {}

  /** Live (loaded or loading) rooms. */
  get size(): number {
    return this.entries.size;
  }

  /** The loaded room of a workshop, if any (no loading). */
  peek(workshopId: string): Room | null {
    const entry = this.entries.get(workshopId);
    return entry && !entry.unloading ? entry.room : null;
  }

  /** Live connections of a workshop (0 when its room is not loaded). */
  connectionsOf(workshopId: string): number {
    return this.entries.get(workshopId)?.connections ?? 0;
  }

  /** Reserves a connection place and returns the loaded room; `room_full` when the workshop is at its limit. */
  async joinConnection(workshopId: string): Promise<Room> {
    const entry = await this.entryFor(workshopId);
    if (entry.connections >= this.options.maxConnectionsPerWorkshop) {
      this.scheduleUnloadIfUnused(workshopId, entry);
      throw new SyncError(
        'room_full',
        `Workshop ${workshopId} already has ${this.options.maxConnectionsPerWorkshop} connections, the most it takes; try again later`,
      );
    }
    entry.connections++;
    return this.await(workshopId, entry, () => entry.connections--);
  }

  leaveConnection(workshopId: string): void {
    const entry = this.entries.get(workshopId);
    if (!entry) return;
    entry.connections = Math.max(0, entry.connections - 1);
    this.scheduleUnloadIfUnused(workshopId, entry);
  }

  /** Runs `use` with the workshop's room loaded and kept loaded until it settles. */
  async withRoom<T>(workshopId: string, use: (room: Room) => Promise<T> | T): Promise<T> {
    const entry = await this.entryFor(workshopId);
    entry.holds++;
    try {
      const room = await this.await(workshopId, entry, () => undefined);
      return await use(room);
    } finally {
      entry.holds--;
      this.scheduleUnloadIfUnused(workshopId, entry);
    }
  }

  /** Waits for every room's writes, then unloads all; later calls are refused. */
  async closeAll(): Promise<void> {
    this.closed = true;
    await Promise.all(
      [...this.entries.entries()].map(async ([workshopId, entry]) => {
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
        await (entry.unloading ?? this.unload(workshopId, entry));
      }),
    );
  }

  private async entryFor(workshopId: string): Promise<Entry> {
    for (;;) {
      if (this.closed) throw new SyncError('internal', 'the server is shutting down');
      const existing = this.entries.get(workshopId);
      if (!existing) break;
      if (!existing.unloading) {
        if (existing.unloadTimer) {
          clearTimeout(existing.unloadTimer);
          existing.unloadTimer = null;
        }
        return existing;
      }
      await existing.unloading;
    }
    const entry: Entry = { loading: null!, room: null, connections: 0, holds: 0, unloadTimer: null, unloading: null };
    entry.loading = Room.load(workshopId, this.store, {
      compactionThreshold: this.options.compactionThreshold,
      maxWorkshopBytes: this.options.maxWorkshopBytes,
      broadcast: this.options.broadcastFor(workshopId),
      onApplied: this.options.onApplied,
      pushActivity: this.options.activityFor?.(workshopId),
    }).then((room) => (entry.room = room));
    this.entries.set(workshopId, entry);
    return entry;
  }

  private async await(workshopId: string, entry: Entry, undo: () => void): Promise<Room> {
    try {
      return await entry.loading;
    } catch (err) {
      undo();
      // A failed load must not stick: the next join tries again.
      if (this.entries.get(workshopId) === entry) this.entries.delete(workshopId);
      throw err;
    }
  }

  private scheduleUnloadIfUnused(workshopId: string, entry: Entry) {
    if (entry.connections > 0 || entry.holds > 0 || entry.unloading || entry.unloadTimer || this.closed) return;
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null;
      if (entry.connections === 0 && entry.holds === 0 && !entry.unloading) void this.unload(workshopId, entry);
    }, this.options.roomIdleUnloadMs);
    entry.unloadTimer.unref?.();
  }

  private unload(workshopId: string, entry: Entry): Promise<void> {
    entry.unloading = (async () => {
      try {
        const room = await entry.loading;
        // Everything queued is stored before the replica goes (each write is durable before it applies).
        await room.idle();
        room.destroy();
      } catch {
        // A room that never loaded has nothing to flush.
      } finally {
        if (this.entries.get(workshopId) === entry) this.entries.delete(workshopId);
      }
    })();
    return entry.unloading;
  }
}
