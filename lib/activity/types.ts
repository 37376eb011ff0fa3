import type { Actor, Tie } from '../map/types';

// The activity feed (docs/architecture.md "Activity", docs/protocol.md P15): one entry per accepted update
// that changed the map's structure, recorded by the server from what its write check already read. Plain
// JSON, the same in the store, over HTTP and on the socket.

/** What happened to one element (or, for `kind: 'map'`, to the whole map: a checkpoint restored, a file imported). */
export const ACTIVITY_OPS = ['added', 'deleted', 'changed', 'restored', 'imported'] as const;
export type ActivityOp = (typeof ACTIVITY_OPS)[number];

export const ACTIVITY_KINDS = ['actor', 'tie', 'stage', 'map'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The element kinds an update can add, delete or change one by one. */
export type ElementKind = Exclude<ActivityKind, 'map'>;

export interface ActivityItem {
  op: ActivityOp;
  kind: ActivityKind;
  /** The element's id; for `kind: 'map'`, the restored checkpoint's id (or `import`). */
  id: string;
  /** What people called it then: an actor's or stage's label, a tie as "HUST → YOFC", a checkpoint's name. */
  label: string;
  /** For `changed`: the fields written, by their names in docs/map-format.md. Positions (x, y) never count. */
  fields?: string[];
}

/** The actors and ties an update deleted, in full as they were just before, so the feed can bring them back. */
export interface RemovedElements {
  actors: Actor[];
  ties: Tie[];
}

export interface ActivityEntry {
  /** 1, 2, 3… per workshop, in the order the server applied the updates. */
  seq: number;
  /** Epoch ms by the server's clock, when it applied the update. */
  at: number;
  /** Participant id of the writer (`api:facilitator` for a facilitator key used without a browser secret). */
  by: string;
  /** Their name when it happened (the people directory), so the entry reads the same after they leave. */
  byName: string;
  /** At most MAP_LIMITS.activityItems; `more` counts the rest. */
  items: ActivityItem[];
  more?: number;
  /** For entries that deleted actors or ties (at most MAP_LIMITS.activityRemoved of them in all). */
  removed?: RemovedElements;
  /** For a restore or an import: how many elements it added, deleted and changed. */
  counts?: { added: number; deleted: number; changed: number };
}

/** An entry before the store numbers it. */
export type NewActivityEntry = Omit<ActivityEntry, 'seq'>;
