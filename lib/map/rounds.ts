import * as Y from 'yjs';
import { MAP_LIMITS } from './limits';
import { VOTE_VALUES, type VoteValue } from './types';
import { DOC_KEYS } from './ydoc';

// Secret rounds (docs/protocol.md P18, docs/architecture.md "Secret rounds"). The document holds only what
// everyone may know, written by the server alone (the write check refuses the `rounds` root from clients,
// like `people`):
//   rounds  roundId → { id, elements, openedAt, openedBy, closedAt?, tallies? }
// The ballots themselves never enter the document: they travel over the socket (lib/sync/round-codec.ts)
// and wait in the server's store until the round closes. Closing writes `closedAt` and `tallies` — counts of
// agree / disagree / unsure per element, never names — and the ballots are deleted.

/** How many people chose each value for one element in a closed round. */
export type VoteCounts = Record<VoteValue, number>;

export interface RoundRecord {
  id: string;
  /** The actors and ties the round is about, fixed when it opened. */
  elements: string[];
  /** Epoch ms by the server's clock. */
  openedAt: number;
  /** Participant id of the facilitator who opened it. */
  openedBy: string;
  /** Set when the round closed; a round without it is open. */
  closedAt?: number;
  /** element id → counts, written when the round closed. */
  tallies?: Record<string, VoteCounts>;
}

export const roundsOf = (doc: Y.Doc) => doc.getMap<unknown>(DOC_KEYS.rounds);

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

export function isVoteCounts(value: unknown): value is VoteCounts {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const c = value as Record<string, unknown>;
  return VOTE_VALUES.every((v) => isCount(c[v]));
}

export function isRoundRecord(value: unknown): value is RoundRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    Array.isArray(r.elements) &&
    r.elements.length <= MAP_LIMITS.roundElements &&
    r.elements.every((e) => typeof e === 'string') &&
    isTime(r.openedAt) &&
    typeof r.openedBy === 'string' &&
    (r.closedAt === undefined || isTime(r.closedAt)) &&
    (r.tallies === undefined ||
      (typeof r.tallies === 'object' && r.tallies !== null && Object.values(r.tallies).every(isVoteCounts)))
  );
}

/** Every round of the document, oldest first. */
export function readRounds(doc: Y.Doc): RoundRecord[] {
  const out: RoundRecord[] = [];
  for (const [key, value] of roundsOf(doc).entries()) if (isRoundRecord(value) && value.id === key) out.push(value);
  return out.sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));
}

/** The round that is open (at most one is), or null. */
export function openRound(rounds: readonly RoundRecord[]): RoundRecord | null {
  for (let i = rounds.length - 1; i >= 0; i--) if (rounds[i].closedAt === undefined) return rounds[i];
  return null;
}

/** The elements of the document's open round (none when no round is open): the write check's question. */
export function openRoundElements(doc: Y.Doc): ReadonlySet<string> {
  return new Set(openRound(readRounds(doc))?.elements ?? []);
}

/**
 * What the closed rounds say about each element: the tally of the newest closed round that held it. These
 * replace the element's open votes in the agreement (lib/map/agreement.ts).
 */
export function roundTallies(rounds: readonly RoundRecord[]): Record<string, VoteCounts> {
  const out: Record<string, VoteCounts> = {};
  const closed = rounds.filter((r) => r.closedAt !== undefined).sort((a, b) => a.closedAt! - b.closedAt! || (a.id < b.id ? -1 : 1));
  for (const round of closed) {
    for (const element of round.elements) out[element] = round.tallies?.[element] ?? { agree: 0, disagree: 0, unsure: 0 };
  }
  return out;
}

/** Counts of the ballots `values` (one per person), for each element of the round. */
export function countBallots(elements: readonly string[], ballots: Iterable<{ elementId: string; value: VoteValue }>): Record<string, VoteCounts> {
  const out: Record<string, VoteCounts> = {};
  for (const element of elements) out[element] = { agree: 0, disagree: 0, unsure: 0 };
  for (const b of ballots) if (out[b.elementId]) out[b.elementId][b.value] += 1;
  return out;
}

/** Writes a round's record. The server's only: clients are refused the `rounds` root (P18). */
export function writeRound(doc: Y.Doc, record: RoundRecord, origin?: unknown): void {
  if (!isRoundRecord(record)) throw new Error(`not a round: ${JSON.stringify(record).slice(0, 200)}`);
  doc.transact(() => roundsOf(doc).set(record.id, record), origin);
}
