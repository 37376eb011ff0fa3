import * as Y from 'yjs';
import type { Authorship } from '../../lib/access/authorship';
import { buildEntry } from '../../lib/activity/build-entry';
import { captureDeleted, type Captured } from '../../lib/activity/capture';
import { isEmpty, touchedBy, type ElementRef, type Touched } from '../../lib/activity/touched';
import type { ActivityEntry, ElementKind, NewActivityEntry } from '../../lib/activity/types';
import { peopleOf } from '../../lib/map/discussion';
import { MAP_LIMITS } from '../../lib/map/limits';
import { DOC_KEYS, metaOf } from '../../lib/map/ydoc';
import type { DocChanges } from '../../lib/sync/update-changes';
import type { Store } from '../store/store';

// One room's activity feed (docs/architecture.md "Activity", docs/protocol.md P15). The room calls
// `before` with the changes its write check computed, while the replica still holds what the update
// deletes, and `after` once the update is applied: the entry is built, stored and pushed to the room.
// It also keeps, from the stored feed, which element ids were deleted and who had made them: the write
// check lets an element come back only with that `createdBy` (lib/access/authorship.ts).

/** What `before` saw, for `after`. */
export interface PendingActivity {
  touched: Touched;
  captured: Captured;
  /** Elements the update adds whose ids the record says were deleted: adding them back is a restore. */
  restoring: ReadonlySet<string>;
}

/** Who made the write, as the room knows it. */
export interface ActivityWho {
  /** A participant id, or `api:<role>` for a key used without a browser secret, or `server`. */
  by: string;
  /** `restore` and `import`: the server's whole-map writes, one entry each. */
  label?: string;
}

const refKey = (kind: ElementKind, id: string) => `${kind}:${id}`;
const API_NAMES: Record<string, string> = { 'api:facilitator': 'The facilitator', 'api:participant': 'A participant', server: 'ClusterCanvas' };

export class RoomActivity {
  /** `actor:<id>` / `tie:<id>` → the createdBy the element had when it was last deleted (null: none). */
  private readonly deletedAuthors = new Map<string, string | null>();

  private constructor(
    private readonly workshopId: string,
    private readonly store: Store,
    private readonly push: (entry: ActivityEntry) => void,
    stored: readonly ActivityEntry[],
    private readonly now: () => number,
  ) {
    for (let i = stored.length - 1; i >= 0; i--) this.note(stored[i]);
  }

  static async load(workshopId: string, store: Store, push: (entry: ActivityEntry) => void, now: () => number = Date.now): Promise<RoomActivity> {
    const stored = await store.activity.list(workshopId, { limit: MAP_LIMITS.activityEntries });
    return new RoomActivity(workshopId, store, push, stored, now);
  }

  /** What the write check needs beyond the update, read from `doc` (the replica) and the record. */
  authorship(doc: Y.Doc): Authorship {
    return {
      liveAuthor: (root, id) => {
        const element = doc.getMap(root).get(id);
        if (!(element instanceof Y.Map)) return undefined;
        const author = element.get('createdBy');
        return typeof author === 'string' ? author : null;
      },
      deletedAuthor: (root, id) => this.deletedAuthors.get(refKey(root === DOC_KEYS.actors ? 'actor' : 'tie', id)),
    };
  }

  /** Before the update is applied: what it touches and, in full, what it deletes. Null when it touches no element. */
  before(doc: Y.Doc, changes: DocChanges | null, who: ActivityWho): PendingActivity | null {
    const mapChange = who.label === 'restore' || who.label === 'import';
    if (!changes && !mapChange) return null;
    const touched = changes ? touchedBy(changes) : { added: [], deleted: [], changed: [] };
    if (isEmpty(touched) && !mapChange) return null;
    const restoring = new Set(touched.added.filter((r) => this.deletedAuthors.has(refKey(r.kind, r.id))).map((r) => refKey(r.kind, r.id)));
    return { touched, captured: captureDeleted(doc, touched), restoring };
  }

  /** After the update is applied: builds, stores and pushes the entry. Never throws: the update is already durable. */
  async after(doc: Y.Doc, pending: PendingActivity | null, who: ActivityWho): Promise<void> {
    if (!pending) return;
    let entry: NewActivityEntry | null;
    try {
      entry = buildEntry(doc, pending.touched, pending.captured, {
        at: this.now(),
        by: who.by,
        byName: this.nameOf(doc, who.by),
        wasDeleted: (ref: ElementRef) => pending.restoring.has(refKey(ref.kind, ref.id)),
        mapChange: this.mapChangeOf(doc, who.label),
      });
    } catch (err) {
      console.error(`[activity] workshop ${this.workshopId}: an entry could not be built`, err);
      return;
    }
    // The record moves on whether or not the entry can be stored: the replica has moved on.
    for (const { kind, id } of pending.touched.added) this.deletedAuthors.delete(refKey(kind, id));
    for (const actor of pending.captured.removed?.actors ?? []) this.deletedAuthors.set(refKey('actor', actor.id), actor.createdBy ?? null);
    for (const tie of pending.captured.removed?.ties ?? []) this.deletedAuthors.set(refKey('tie', tie.id), tie.createdBy ?? null);
    if (!entry) return;
    try {
      this.push(await this.store.activity.append(this.workshopId, entry));
    } catch (err) {
      console.error(`[activity] workshop ${this.workshopId}: an entry could not be stored`, err);
    }
  }

  /** Replays a stored entry into the record of deleted elements (oldest first). */
  private note(entry: ActivityEntry) {
    for (const item of entry.items) if ((item.op === 'added' || item.op === 'restored') && item.kind !== 'map' && item.kind !== 'stage') this.deletedAuthors.delete(refKey(item.kind, item.id));
    for (const actor of entry.removed?.actors ?? []) this.deletedAuthors.set(refKey('actor', actor.id), actor.createdBy ?? null);
    for (const tie of entry.removed?.ties ?? []) this.deletedAuthors.set(refKey('tie', tie.id), tie.createdBy ?? null);
  }

  private nameOf(doc: Y.Doc, by: string): string {
    const person = peopleOf(doc).get(by) as { name?: unknown } | undefined;
    if (typeof person?.name === 'string' && person.name) return person.name;
    return API_NAMES[by] ?? 'Someone';
  }

  private mapChangeOf(doc: Y.Doc, label: string | undefined) {
    if (label === 'import') return { op: 'imported' as const, id: 'import', label: 'a map file' };
    if (label !== 'restore') return undefined;
    const restored = metaOf(doc).get('restored') as { checkpoint?: unknown; name?: unknown } | undefined;
    const id = typeof restored?.checkpoint === 'string' ? restored.checkpoint : 'checkpoint';
    return { op: 'restored' as const, id, label: typeof restored?.name === 'string' ? restored.name : 'a checkpoint' };
  }
}
