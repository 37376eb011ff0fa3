import { resetToMap } from '../../lib/map/reset-to-map';
import { templateMap } from '../../lib/map/templates';
import type { AppliedWrite, Room } from '../rooms/room';

/** What the reset needs from the sync server: how many are connected, and one durable server write. */
export interface DemoRoomAccess {
  connectionsOf(workshopId: string): number;
  applyToRoom(workshopId: string, change: (doc: import('yjs').Doc) => void, origin?: string, by?: string): Promise<unknown>;
}

export interface DemoResetOptions {
  /** How long nobody must have been connected before the demo resets (SERVER_DEFAULTS.demoResetAfterEmptyMs). */
  afterEmptyMs: number;
  /** How often to look (SERVER_DEFAULTS.demoResetCheckMs). */
  checkMs: number;
  now?: () => number;
}

/**
 * The shared demo resets itself (docs/operations.md §8): once it has been written to and then nobody has
 * been connected to it for `afterEmptyMs`, it goes back to the Optics Valley template as one server write
 * (lib/map/reset-to-map.ts), which reads in its activity feed as a restore of "the demo's starting map".
 * A server start counts as a write: a demo left changed by the last run is reset once it stands empty.
 */
export class DemoReset {
  private dirty = true;
  private emptySince: number | null = null;
  private resetting: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly now: () => number;

  constructor(
    private readonly demoId: string,
    private readonly rooms: DemoRoomAccess,
    private readonly options: DemoResetOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  start(): this {
    this.timer = setInterval(() => void this.check(), this.options.checkMs);
    this.timer.unref?.();
    return this;
  }

  /** The room hook: any write to the demo but the reset's own makes it due for a reset. */
  readonly onApplied = (room: Room, _applied: AppliedWrite): void => {
    if (room.workshopId === this.demoId && !this.resetting) this.dirty = true;
  };

  /** One look: resets when the demo was changed and has stood empty long enough. Resolves when done. */
  async check(): Promise<boolean> {
    if (!this.dirty || this.resetting) return false;
    if (this.rooms.connectionsOf(this.demoId) > 0) {
      this.emptySince = null;
      return false;
    }
    const now = this.now();
    this.emptySince ??= now;
    if (now - this.emptySince < this.options.afterEmptyMs) return false;
    await this.reset();
    return true;
  }

  /** Puts the demo back to the template now, whoever is connected (the CLI and tests use it directly). */
  reset(): Promise<void> {
    return (this.resetting ??= (async () => {
      try {
        const restored = { checkpoint: 'template', name: 'the demo’s starting map', at: this.now(), by: 'server' };
        await this.rooms.applyToRoom(this.demoId, (doc) => resetToMap(doc, templateMap('optics-valley'), restored), 'restore', 'server');
        this.dirty = false;
        this.emptySince = null;
      } catch (err) {
        console.error('[demo] the shared demo could not be reset; trying again later', err);
      } finally {
        this.resetting = null;
      }
    })());
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
