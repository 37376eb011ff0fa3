import { newJoinCode, parseJoinCode, type JoinCode } from '../../lib/map/ids';
import { CodeTakenError, type InviteRecord } from '../store/invite-store';
import type { Role, Store } from '../store/store';
import { codeSecrets, facilitatorSealKey, open, seal } from './invite-crypto';

/** What the facilitator key opens: the join code and the two keys it hands out. */
export interface InviteSecrets {
  code: JoinCode;
  participant: string;
  observer: string;
}

/** What a join code opens: its workshop and the participant key. */
export interface ResolvedCode {
  workshopId: string;
  participantKey: string;
}

const MAX_CODE_DRAWS = 8;

/**
 * Join codes and the links a facilitator can show again (docs/architecture.md "Joining"). An invite is made
 * whenever the keys exist in clear: at creation, at a key rotation, and when a facilitator makes new links.
 */
export class InviteService {
  constructor(private readonly store: Store) {}

  /**
   * Makes (or replaces) the workshop's invite for these keys, with a fresh join code, or with `keep` (the
   * current code, when the participant key it opens did not change: server/workshops/key-rotation.ts).
   */
  async create(workshopId: string, keys: Record<Role, string>, keep?: JoinCode): Promise<JoinCode> {
    for (let draw = 1; ; draw++) {
      const code = draw === 1 && keep ? keep : newJoinCode();
      const { lookup, sealKey } = await codeSecrets(code);
      const secrets: InviteSecrets = { code, participant: keys.participant, observer: keys.observer };
      const record: InviteRecord = {
        workshopId,
        codeLookup: lookup,
        forCode: seal(sealKey, workshopId, keys.participant),
        forFacilitator: seal(facilitatorSealKey(keys.facilitator, workshopId), workshopId, JSON.stringify(secrets)),
        createdAt: Date.now(),
      };
      try {
        await this.store.invites.save(record);
        return code;
      } catch (err) {
        // One code in 2^30 is taken by another workshop; draw again (eight misses in a row mean a bug).
        if (!(err instanceof CodeTakenError) || draw >= MAX_CODE_DRAWS) throw err;
      }
    }
  }

  /** The code and keys, for someone holding the facilitator key; null when the workshop has no invite yet. */
  async secretsFor(workshopId: string, facilitatorKey: string): Promise<InviteSecrets | null> {
    const record = await this.store.invites.get(workshopId);
    if (!record) return null;
    const text = open(facilitatorSealKey(facilitatorKey, workshopId), workshopId, record.forFacilitator);
    if (text === null) return null; // sealed under an older facilitator key
    const secrets = JSON.parse(text) as InviteSecrets;
    return { ...secrets, code: parseJoinCode(secrets.code) ?? secrets.code };
  }

  /** The workshop and participant key a typed code opens, or null when no workshop has it. */
  async resolve(code: JoinCode): Promise<ResolvedCode | null> {
    const { lookup, sealKey } = await codeSecrets(code);
    const record = await this.store.invites.findByCode(lookup);
    if (!record) return null;
    const participantKey = open(sealKey, record.workshopId, record.forCode);
    return participantKey === null ? null : { workshopId: record.workshopId, participantKey };
  }
}
