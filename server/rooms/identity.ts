import { colorForId, isPaletteColor } from '../../lib/sync/palette';
import {
  MAX_NAME_LENGTH,
  PARTICIPANT_ID_PATTERN,
  type HandshakeAuth,
  type Role,
  type VerifiedIdentity,
} from '../../lib/sync/protocol';
import { randomToken } from '../../lib/map/ids';

/**
 * The identity the server vouches for (docs/protocol.md P2, P8). The id, name and colour a client asks for are
 * kept when they are acceptable, so a person keeps them across reloads; the role only ever comes from the key.
 */
export function verifyIdentity(role: Role, requested: HandshakeAuth['participant'] | unknown, guestNumber: () => number): VerifiedIdentity {
  const asked = requested && typeof requested === 'object' ? (requested as Record<string, unknown>) : {};
  const id = typeof asked.id === 'string' && PARTICIPANT_ID_PATTERN.test(asked.id) ? asked.id : `p_${randomToken(12)}`;
  const name = cleanName(asked.name) ?? `Guest ${guestNumber()}`;
  const color = isPaletteColor(asked.color) ? asked.color.toLowerCase() : colorForId(id);
  return { id, name, color, role };
}

function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Control characters and runs of whitespace would make a name look like someone else's.
  const cleaned = value.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  return [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
}
