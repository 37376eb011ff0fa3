import { newParticipantId } from '../../lib/map/ids';
import { MAP_LIMITS } from '../../lib/map/limits';
import type { Role } from '../../lib/map/types';
import { colorForId, isPaletteColor } from '../../lib/sync/palette';
import { SECRET_PATTERN, type VerifiedIdentity } from '../../lib/sync/protocol';
import type { ParticipantRecord, Store } from '../store/store';
import { hashKey } from '../workshops/keys';

/** What a handshake asks for (docs/protocol.md P2); every field is untrusted. */
export interface IdentityRequest {
  secret?: unknown;
  name?: unknown;
  color?: unknown;
}

/**
 * The identity the server vouches for (docs/protocol.md P2). The server, never the client, decides a
 * person's participant id: a browser proves it is the same person by the random secret it keeps for the
 * workshop, and the store remembers which secret's hash holds which id, name and colour, across reloads
 * and restarts. Knowing someone's id therefore gives no way to act as them. A client without a secret
 * (a script, a test) gets a fresh id for this connection only. The role always comes from the key.
 */
export class IdentityService {
  constructor(private readonly store: Store) {}

  /** The participant whose browser holds `secret`, or null (for telling who made a checkpoint). */
  async findBySecret(workshopId: string, secret: string): Promise<ParticipantRecord | null> {
    if (!SECRET_PATTERN.test(secret)) return null;
    return this.store.findParticipant(workshopId, hashKey(secret));
  }

  async identify(workshopId: string, role: Role, request: IdentityRequest, guestNumber: () => number): Promise<VerifiedIdentity> {
    const name = cleanName(request.name);
    const color = isPaletteColor(request.color) ? request.color.toLowerCase() : null;
    if (typeof request.secret !== 'string' || !SECRET_PATTERN.test(request.secret)) {
      const id = newParticipantId();
      return { id, name: name ?? `Guest ${guestNumber()}`, color: color ?? colorForId(id), role };
    }
    const secretHash = hashKey(request.secret);
    const now = Date.now();
    let known = await this.store.findParticipant(workshopId, secretHash);
    if (!known) {
      const id = newParticipantId();
      const record: ParticipantRecord = {
        workshopId,
        id,
        secretHash,
        name: name ?? `Guest ${guestNumber()}`,
        color: color ?? colorForId(id),
        createdAt: now,
        lastSeenAt: now,
      };
      try {
        await this.store.saveParticipant(record);
        known = record;
      } catch (err) {
        // Two tabs with the same new secret raced: the first one's record wins for both.
        known = await this.store.findParticipant(workshopId, secretHash);
        if (!known) throw err;
      }
    }
    const updated = { ...known, name: name ?? known.name, color: color ?? known.color, lastSeenAt: now };
    await this.store.saveParticipant(updated);
    return { id: updated.id, name: updated.name, color: updated.color, role };
  }
}

/** Control characters and runs of whitespace would make a name look like someone else's. */
export function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  return [...cleaned].slice(0, MAP_LIMITS.nameLength).join('').trim();
}
