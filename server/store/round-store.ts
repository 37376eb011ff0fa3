import { VOTE_VALUES, type VoteValue } from '../../lib/map/types';

// Where the ballots of a secret round wait until it closes (docs/protocol.md P18). They are never in the
// workshop's document, whose log every client can read: only here, one row per person, round and element,
// so a changed ballot replaces the person's earlier one and counts once. Closing the round writes the
// tallies into the document and then deletes its ballots; deleting the workshop takes them too.

export interface Ballot {
  roundId: string;
  elementId: string;
  /** The server's participant id of the voter (P2), never one a client chose. */
  participantId: string;
  value: VoteValue;
  /** Epoch ms by the server's clock, when the ballot was last cast. */
  at: number;
}

export interface RoundStore {
  /**
   * Saves one person's ballot on one element of a round, replacing any earlier one of theirs there. Resolves
   * only once it survives a crash of the process (the ballot is acknowledged after it). Unknown workshop: rejects.
   */
  saveBallot(workshopId: string, ballot: Ballot): Promise<void>;
  /** The workshop's ballots (of one round when `roundId` is given), by round, element, then participant. */
  listBallots(workshopId: string, roundId?: string): Promise<Ballot[]>;
  /** Deletes every ballot of a round, durably; resolves with how many there were (0 the second time). */
  deleteBallots(workshopId: string, roundId: string): Promise<number>;
}

/** The checks both stores make on a ballot before keeping it. */
export function checkBallot(ballot: Ballot): void {
  for (const key of ['roundId', 'elementId', 'participantId'] as const) {
    if (typeof ballot[key] !== 'string' || ballot[key] === '') throw new Error(`a ballot needs a ${key}`);
  }
  if (!(VOTE_VALUES as readonly string[]).includes(ballot.value)) throw new Error(`a ballot is one of ${VOTE_VALUES.join(', ')}, not "${String(ballot.value)}"`);
  if (!Number.isFinite(ballot.at)) throw new Error('a ballot needs the time it was cast');
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const ballotOrder = (a: Ballot, b: Ballot) => cmp(a.roundId, b.roundId) || cmp(a.elementId, b.elementId) || cmp(a.participantId, b.participantId);
