import type { EditingMode, Role } from '../map/types';

// Who may change what (docs/architecture.md "Who may change what"). The one answer, used by the server's
// check of every update (lib/access/check-changes.ts), by the HTTP API's routes and by the UI's disabled
// controls, so that what a screen offers is exactly what the server accepts.

/** What a person asks to do. Ownership (one's own votes and comments) is checked on top, per entry. */
export const PERMISSIONS = [
  /** Actors, ties and stages, their fields and positions, and the map details (cluster, region, sector). */
  'editMap',
  /** Vote and comment as oneself; edit and delete one's own comments. */
  'discuss',
  /** Delete anyone's comment. */
  'moderate',
  /** Open and close a secret round (docs/protocol.md P18). Casting a ballot needs `discuss`. */
  'runRound',
  /** Decide an element: agreed, rejected or parked, overriding the votes. */
  'decide',
  /** Phase, timer, what participants may edit, scoring weights, title, agreement rules. */
  'steer',
  /** Save a named checkpoint, finish the agreement. */
  'checkpoint',
  /** Restore a checkpoint or import a map over the live one. */
  'restore',
  /**
   * Lay out the whole shared map automatically ("Tidy up"). The UI's answer only: to the server a tidy is
   * moves like any other (x, y under editMap), which it cannot tell apart (docs/architecture.md "Activity").
   */
  'arrange',
  /**
   * Open, change and discard what-if scenarios (docs/protocol.md P19): planned changes over the live map,
   * which change nothing the map's readers see, so they stay open while the map is frozen.
   */
  'plan',
  /** Adopt a scenario into the live map (one change) — the facilitator's. */
  'adopt',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Who {
  role: Role;
}

/** Facilitators may do everything; what participants may do depends on the editing mode; observers watch. */
export function may(who: Who, editing: EditingMode, permission: Permission): boolean {
  if (who.role === 'facilitator') return true;
  if (who.role === 'observer') return false;
  switch (permission) {
    case 'editMap':
      return editing === 'open';
    case 'discuss':
    case 'plan':
      return editing !== 'paused';
    default:
      return false;
  }
}

/** Machine-readable reasons for a refusal, so a client can word it in the reader's language. */
export const REFUSAL_REASONS = [
  'observer',
  'paused',
  'frozen',
  'facilitator_only',
  'not_yours',
  'server_only',
  'unknown_part',
  'bad_entry',
  /** A text over its limit in MAP_LIMITS (lib/map/limits.ts): a label, notes, an id (docs/protocol.md P14). */
  'too_long',
  /** An open, named vote on an element of the open secret round, which takes ballots only (docs/protocol.md P18). */
  'secret_round',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Refusal {
  reason: RefusalReason;
  /** One sentence a person can act on; it always ends by saying nothing was saved. */
  message: string;
}

const NOT_SAVED = 'this change was not saved';

/** Why `who` may not do `permission` now, or null when they may. */
export function refusalFor(who: Who, editing: EditingMode, permission: Permission): Refusal | null {
  if (may(who, editing, permission)) return null;
  if (who.role === 'observer') return { reason: 'observer', message: `Observers cannot change the workshop; ${NOT_SAVED}` };
  if (permission === 'editMap' || permission === 'discuss' || permission === 'plan') {
    if (editing === 'paused') return { reason: 'paused', message: `The facilitator has paused the workshop; ${NOT_SAVED}` };
    return { reason: 'frozen', message: `The facilitator has frozen the map: votes and comments are open, the map is not; ${NOT_SAVED}` };
  }
  return { reason: 'facilitator_only', message: `Only the facilitator may ${PERMISSION_WORDS[permission]}; ${NOT_SAVED}` };
}

const PERMISSION_WORDS: Record<Permission, string> = {
  editMap: 'change the map',
  discuss: 'vote and comment',
  runRound: 'open or close a secret round',
  moderate: "delete other people's comments",
  decide: 'decide on an element',
  steer: "change the workshop's settings",
  checkpoint: 'save checkpoints',
  restore: 'restore a checkpoint or import a map',
  arrange: 'arrange the whole map automatically',
  plan: 'change what-if scenarios',
  adopt: 'adopt a scenario into the map',
};
