import * as Y from 'yjs';
import { valueOf, type ItemContent, type ReadUpdate } from './update-reader';

// The changes analyseUpdate found (lib/sync/update-changes.ts, docs/protocol.md P14), as the write check
// reads them: one reusable view per kind of change, so walking an update builds no object per change, and
// paths and values only for the changes someone asks about.

/** Deeper than any layout this project writes (ties → tie → gvc → field is four). */
export const MAX_PATH = 8;
const TOO_DEEP = '…';
/** The key of a list position in a path. */
export const LIST = '[]';

/** A shared type of the document (Y.Doc's own name for the type of its roots). */
export type YType = ReturnType<Y.Doc['get']>;

/** One change, as plain data (`DocChanges.toArray`). */
export interface DocChange {
  /** `set`: an entry written (a new map value replaces the current one); `delete`: an existing entry removed. */
  op: 'set' | 'delete';
  /** The root type's name, then the map keys down to the entry (`'[]'` for a list position); deeper than MAX_PATH ends in `'…'`. */
  path: readonly string[];
  /** The value a `set` writes, when it is one plain JSON value. */
  value?: unknown;
  /** What a `set` writes: one plain value, a nested type, an already-deleted placeholder, or anything else. */
  content?: ItemContent;
  /** Whether the entry had a value in the replica that this change replaces or removes. */
  replaces: boolean;
  /** That value, when it was one plain JSON value (a nested type reads as `{ type: true }`). */
  previous?: unknown;
}

/** A change seen during DocChanges.forEach; valid only inside the callback. */
export interface ChangeView {
  readonly op: 'set' | 'delete';
  readonly root: string;
  /** The path's length: 2 for an entry of a root map (a vote), 3 for a field of an element. */
  readonly depth: number;
  /** path[level]. */
  key(level: number): string;
  readonly content: ItemContent | undefined;
  value(): unknown;
  readonly replaces: boolean;
  previous(): unknown;
  path(): readonly string[];
}

export interface Resolver {
  parentPath(i: number): readonly string[];
  key(i: number): string;
  /** The replica's current item at item i's map key, if any. */
  current(i: number): Y.Item | null;
  pathOfType(type: YType): readonly string[];
}

/** Every change an update would make, walked without building an object per change. */
export class DocChanges {
  constructor(
    private readonly read: ReadUpdate,
    private readonly sets: readonly number[],
    private readonly deleted: readonly Y.Item[],
    private readonly resolve: Resolver,
  ) {}

  get size(): number {
    return this.sets.length + this.deleted.length;
  }

  /** Calls `fn` for each change; stops early when it returns true. Returns whether it stopped. */
  forEach(fn: (change: ChangeView) => boolean | void): boolean {
    const set = new SetView(this.read, this.resolve);
    for (const i of this.sets) {
      set.index = i;
      if (fn(set) === true) return true;
    }
    const del = new DeleteView(this.resolve);
    for (const item of this.deleted) {
      del.item = item;
      if (fn(del) === true) return true;
    }
    return false;
  }

  some(predicate: (change: ChangeView) => boolean): boolean {
    return this.forEach(predicate);
  }

  toArray(): DocChange[] {
    const out: DocChange[] = [];
    this.forEach((c) => {
      const change: DocChange = { op: c.op, path: c.path(), replaces: c.replaces };
      if (c.op === 'set') change.content = c.content;
      if (c.content === 'value') change.value = c.value();
      if (c.replaces) change.previous = c.previous();
      out.push(change);
    });
    return out;
  }
}

class SetView implements ChangeView {
  index = 0;
  readonly op = 'set';
  constructor(
    private readonly read: ReadUpdate,
    private readonly resolve: Resolver,
  ) {}
  get root() {
    return this.resolve.parentPath(this.index)[0];
  }
  get depth() {
    return this.resolve.parentPath(this.index).length + 1;
  }
  key(level: number) {
    const up = this.resolve.parentPath(this.index);
    return level < up.length ? up[level] : this.resolve.key(this.index);
  }
  get content() {
    return this.read.structs.contentOf(this.index);
  }
  value() {
    return this.content === 'value' ? valueOf(this.read, this.index) : undefined;
  }
  get replaces() {
    const current = this.resolve.current(this.index);
    return current !== null && !current.deleted;
  }
  previous() {
    const current = this.resolve.current(this.index);
    return current && !current.deleted ? plainValue(current) : undefined;
  }
  path() {
    return extend(this.resolve.parentPath(this.index), this.resolve.key(this.index));
  }
}

class DeleteView implements ChangeView {
  item!: Y.Item;
  readonly op = 'delete';
  readonly content = undefined;
  readonly replaces = true;
  constructor(private readonly resolve: Resolver) {}
  private get up() {
    return this.resolve.pathOfType(this.item.parent as YType);
  }
  get root() {
    return this.up[0];
  }
  get depth() {
    return this.up.length + 1;
  }
  key(level: number) {
    const up = this.up;
    return level < up.length ? up[level] : (this.item.parentSub ?? LIST);
  }
  value() {
    return undefined;
  }
  previous() {
    return plainValue(this.item);
  }
  path() {
    return extend(this.up, this.item.parentSub ?? LIST);
  }
}

export function extend(path: readonly string[], key: string): readonly string[] {
  return path.length >= MAX_PATH ? [...path.slice(0, MAX_PATH - 1), TOO_DEEP] : [...path, key];
}

/** A replica item's value, when it is one plain JSON value (a nested type reads as `{ type: true }`). */
function plainValue(item: Y.Item): unknown {
  const content = item.content;
  if ((content instanceof Y.ContentAny || content instanceof Y.ContentJSON) && content.getLength() === 1) return content.getContent()[0];
  if (content instanceof Y.ContentType) return { type: true };
  return undefined;
}
