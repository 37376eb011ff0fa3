import { DOC_KEYS } from '../map/ydoc';
import type { ChangeView } from '../sync/update-changes';
import type { Refusal } from './permissions';

// Who made an actor or tie (`createdBy`, a participant id) is something the server vouches for
// (docs/protocol.md P14), so that "you did not make this" before a delete, and the activity feed, can be
// believed:
// - a new actor or tie carries the writer's own participant id, or none (older clients and scripts wrote
//   none; an element without one is nobody's, and deleting it asks for a confirmation like anyone else's);
// - nobody, not even the facilitator, changes or removes `createdBy` on an element that exists: only
//   deleting the whole element takes it away;
// - an element whose id the activity record says was deleted comes back only with the `createdBy` it had
//   then (a restore from the feed, or the deleter's undo), whoever brings it back, and never under a new
//   name; writing a new element over a live one keeps the live one's.
// The server's own writes (restores of checkpoints, imports) are not checked.

export type AuthoredRoot = typeof DOC_KEYS.actors | typeof DOC_KEYS.ties;

/** What the server knows about elements beyond the update: its replica, and its activity record. */
export interface Authorship {
  /** The live element's createdBy: a participant id, null when it has none, undefined when no such element is live. */
  liveAuthor(root: AuthoredRoot, id: string): string | null | undefined;
  /** The createdBy a deleted element had, per the activity record: null when none, undefined when no deletion of this id is on record. */
  deletedAuthor(root: AuthoredRoot, id: string): string | null | undefined;
}

/** Knows nothing beyond the update: every element is new and was never deleted. */
export const NO_AUTHORSHIP: Authorship = { liveAuthor: () => undefined, deletedAuthor: () => undefined };

const FIELD = 'createdBy';
const isAuthored = (root: string): root is AuthoredRoot => root === DOC_KEYS.actors || root === DOC_KEYS.ties;
const keyOf = (root: string, id: string) => `${root}\u0000${id}`;

interface Claim {
  root: AuthoredRoot;
  id: string;
  /** The value written, or `removed` for a delete of the field. */
  value: unknown;
}

/** Collects one update's element creations, deletions and createdBy writes, then judges them all at once. */
export class AuthorshipCheck {
  /** New elements, and whether each is written over a live one (Yjs removes that one as it applies the update). */
  private readonly created = new Map<string, { root: AuthoredRoot; id: string; overLive: boolean }>();
  private readonly removed = new Set<string>();
  private readonly claims: Claim[] = [];

  constructor(
    private readonly writer: string,
    private readonly authorship: Authorship,
  ) {}

  /** Notes one change of an element root (the caller has checked editMap already). */
  note(change: ChangeView): void {
    const root = change.root;
    if (!isAuthored(root)) return;
    const depth = change.depth;
    if (depth === 2) {
      const id = change.key(1);
      if (change.op === 'set') this.created.set(keyOf(root, id), { root, id, overLive: change.replaces });
      else this.removed.add(keyOf(root, id));
    } else if (depth >= 3 && change.key(2) === FIELD) {
      // Anything written inside createdBy (depth > 3) is no participant id: it counts as a value that is none.
      const writes = change.op === 'set' && change.content !== 'deleted';
      this.claims.push({ root, id: change.key(1), value: !writes ? REMOVED : depth === 3 && change.content === 'value' ? change.value() : NOT_AN_ID });
    }
  }

  refusal(): Refusal | null {
    const claimed = new Map<string, unknown[]>();
    for (const claim of this.claims) {
      const key = keyOf(claim.root, claim.id);
      if (!this.created.has(key)) {
        // A field of an existing element: only its removal together with the whole element is no change.
        if (claim.value === REMOVED && this.removed.has(key)) continue;
        return notYours('Who made an actor or tie cannot be changed');
      }
      if (claim.value === REMOVED) continue;
      const list = claimed.get(key);
      if (list) list.push(claim.value);
      else claimed.set(key, [claim.value]);
    }
    for (const [key, { root, id, overLive }] of this.created) {
      const values = claimed.get(key) ?? [undefined];
      const live = overLive ? (this.authorship.liveAuthor(root, id) ?? null) : undefined;
      const deleted = live === undefined ? this.authorship.deletedAuthor(root, id) : undefined;
      for (const value of values) {
        const author = typeof value === 'string' ? value : value === undefined ? null : NOT_AN_ID;
        if (live !== undefined) {
          if (author !== live) return notYours('Who made an actor or tie cannot be changed');
        } else if (deleted !== undefined) {
          if (author !== deleted) return notYours('A deleted actor or tie comes back only as made by whoever made it');
        } else if (author !== null && author !== this.writer) {
          return notYours('An actor or tie can only be added as made by yourself');
        }
      }
    }
    return null;
  }
}

const REMOVED = Symbol('removed');
const NOT_AN_ID = Symbol('not a participant id');

const notYours = (what: string): Refusal => ({ reason: 'not_yours', message: `${what}; this change was not saved` });
