import type { JoinCode } from '../../lib/map/ids';
import { ROLES, type Role, type WorkshopRecord } from '../store/store';
import type { InviteSecrets } from './invites';
import { generateKey, hashKey, roleForKey } from './keys';
import type { WorkshopService } from './workshop-service';

// Rotating any role's key (docs/operations.md "Keys", docs/protocol.md P16). A new key replaces the old
// one's hash, so the old link stops opening the workshop at once; the caller then closes the live sockets
// that hold it (SyncServer.closeKeyHolders). The facilitator's invite (the code and the links the Invite
// dialog shows again) is sealed under the facilitator key with both guest keys in clear
// (docs/architecture.md "Joining"), so it is re-sealed whenever all three keys are known here.

export class NotFacilitatorError extends Error {}

export interface RotationResult {
  rotated: Role[];
  /** Each role's key in clear where known here: every rotated one, and those the invite opened. */
  keys: Partial<Record<Role, string>>;
  /** The join code after the rotation, or null when the invite could not be re-sealed (see below). */
  code: JoinCode | null;
}

/** The invite's guest keys that still open the workshop (an operator rotation may have left one stale). */
function stillValid(record: WorkshopRecord, secrets: InviteSecrets | null): Partial<Record<Role, string>> {
  const valid: Partial<Record<Role, string>> = {};
  if (secrets && roleForKey(record.keyHashes, secrets.participant) === 'participant') valid.participant = secrets.participant;
  if (secrets && roleForKey(record.keyHashes, secrets.observer) === 'observer') valid.observer = secrets.observer;
  return valid;
}

/**
 * New keys for `roles`. With the facilitator key (the Invite dialog, the API) every key ends up known, so
 * the invite is re-sealed: under the new facilitator key if that one changed, with the same join code unless
 * the participant key changed (the code opens the participant key), and guest keys the invite could not
 * open (a workshop from before join codes) are renewed too. Without it (the operator, who holds no key)
 * only the named keys change; the invite is re-made when all three are named, else it keeps what it had and
 * GET …/invite shows only the links that still open the workshop, until a facilitator makes new ones.
 */
export async function rotateKeys(service: WorkshopService, id: string, roles: readonly Role[], facilitatorKey: string | null): Promise<RotationResult> {
  const record = await service.get(id);
  if (!record) throw new Error(`no workshop "${id}"`);
  if (facilitatorKey !== null && roleForKey(record.keyHashes, facilitatorKey) !== 'facilitator') {
    throw new NotFacilitatorError(`not the facilitator key of workshop "${id}"`);
  }
  const opened = facilitatorKey !== null ? await service.invites.secretsFor(id, facilitatorKey) : null;
  const known: Partial<Record<Role, string>> = stillValid(record, opened);
  if (facilitatorKey !== null) known.facilitator = facilitatorKey;

  const rotating = new Set(roles);
  if (facilitatorKey !== null) for (const role of ROLES) if (!known[role]) rotating.add(role);
  const rotated = ROLES.filter((role) => rotating.has(role));
  for (const role of rotated) known[role] = generateKey(role);

  const keyHashes = { ...record.keyHashes };
  for (const role of rotated) keyHashes[role] = hashKey(known[role]!);
  await service.store.updateWorkshop(id, { keyHashes });

  let code: JoinCode | null = null;
  if (known.facilitator && known.participant && known.observer) {
    const keep = opened && !rotating.has('participant') && stillValid(record, opened).participant ? opened.code : undefined;
    code = await service.invites.create(id, known as Record<Role, string>, keep);
  }
  return { rotated, keys: known, code };
}

/** Parses a list of role names from a request or the command line; throws in words on anything else. */
export function parseRoles(given: unknown): Role[] {
  const list = Array.isArray(given) ? given : [given];
  const roles = new Set<Role>();
  for (const value of list) {
    if (value === 'all') ROLES.forEach((r) => roles.add(r));
    else if (typeof value === 'string' && (ROLES as readonly string[]).includes(value)) roles.add(value as Role);
    else throw new Error(`"${String(value)}" is not a role: give facilitator, participant, observer or all`);
  }
  if (roles.size === 0) throw new Error('name at least one role: facilitator, participant, observer or all');
  return ROLES.filter((r) => roles.has(r));
}
