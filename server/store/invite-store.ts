// Where a workshop's join code and sharable links live (docs/architecture.md "Joining"). The keys stay out
// of the store in clear: the participant key is sealed with the join code, and the participant and
// observer keys with the facilitator key, so a copy of the database opens nothing by itself.

export interface InviteRecord {
  workshopId: string;
  /** Derived from the join code with scrypt (server/workshops/invite-crypto.ts): finds the record, names no code. */
  codeLookup: string;
  /** The participant key, sealed with the join code. */
  forCode: Uint8Array;
  /** The join code and the participant and observer keys, sealed with the facilitator key. */
  forFacilitator: Uint8Array;
  createdAt: number;
}

export interface InviteStore {
  /** Sets the workshop's invite, replacing an earlier one; fails if another workshop holds `codeLookup`. */
  save(record: InviteRecord): Promise<void>;
  get(workshopId: string): Promise<InviteRecord | null>;
  findByCode(codeLookup: string): Promise<InviteRecord | null>;
}

/** The error `save` throws when the code is taken: the caller draws another code. */
export class CodeTakenError extends Error {
  constructor() {
    super('this join code belongs to another workshop');
  }
}
