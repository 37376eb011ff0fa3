import type { DecisionRecord, Discussion } from './discussion';
import { VOTE_VALUES, type ClusterMap, type MapMeta, type VoteValue } from './types';

// The agreement rules (docs/architecture.md "Agreement"): what the votes and the facilitator's decisions
// say about each actor and tie. One pure definition serves the canvas, the lists, the API, the CLI and
// every export, so "agreed" means the same everywhere.

/** The facilitator's defaults for a new workshop; `meta.quorum` and `meta.threshold` override them. */
export const AGREEMENT_DEFAULTS = {
  /** Fewest votes that give an element a status from its votes. */
  quorum: 3,
  /** Share of agree votes among those cast that makes an element agreed. */
  threshold: 2 / 3,
} as const;

export interface AgreementRules {
  quorum: number;
  threshold: number;
}

/** What an element's votes and decision say, in the order a facilitator works through them. */
export const AGREEMENT_STATUSES = ['agreed', 'rejected', 'parked', 'contested', 'open', 'too_few'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
/** The statuses that settle an element: the agreement is done with it. */
export const SETTLED_STATUSES: readonly AgreementStatus[] = ['agreed', 'rejected', 'parked'];

export type Tally = Record<VoteValue, number> & { total: number };

export interface ElementAgreement {
  id: string;
  kind: 'actor' | 'tie';
  status: AgreementStatus;
  /** Whether the status comes from the facilitator's decision rather than the votes. */
  decided: boolean;
  decision?: DecisionRecord;
  tally: Tally;
  /** Whether the tally is a closed secret round's (P18) rather than the open, named votes. */
  secret?: boolean;
}

export interface Agreement {
  rules: AgreementRules;
  /** Actors, then ties, each by id. */
  elements: ElementAgreement[];
  counts: Record<AgreementStatus, number>;
  /** Elements whose status settles them (agreed, rejected, parked). */
  settled: number;
  total: number;
}

/** The rules in force: the workshop's settings where usable, else the defaults. */
export function agreementRules(meta: Pick<MapMeta, 'quorum' | 'threshold'>): AgreementRules {
  const quorum = Number.isInteger(meta.quorum) && (meta.quorum as number) >= 1 ? (meta.quorum as number) : AGREEMENT_DEFAULTS.quorum;
  const t = meta.threshold;
  const threshold = typeof t === 'number' && Number.isFinite(t) && t > 0 && t <= 1 ? t : AGREEMENT_DEFAULTS.threshold;
  return { quorum, threshold };
}

/** Why a proposed rule is unusable, or null when it is fine (the facilitator's settings form). */
export function ruleProblem(rule: 'quorum' | 'threshold', value: number): string | null {
  if (rule === 'quorum') return Number.isInteger(value) && value >= 1 && value <= 1000 ? null : 'The quorum is a whole number of votes, at least 1.';
  return Number.isFinite(value) && value > 0 && value <= 1 ? null : 'The threshold is a share of agree votes above 0 and at most 100%.';
}

/** A closed secret round's counts as a tally (lib/map/rounds.ts): the quorum and threshold read it alike. */
export function tallyOfCounts(counts: Readonly<Record<VoteValue, number>>): Tally {
  const out: Tally = { agree: 0, disagree: 0, unsure: 0, total: 0 };
  for (const v of VOTE_VALUES) {
    const n = Number.isInteger(counts[v]) && counts[v] > 0 ? counts[v] : 0;
    out[v] = n;
    out.total += n;
  }
  return out;
}

export function tally(votes: Readonly<Record<string, VoteValue>> | undefined): Tally {
  const out: Tally = { agree: 0, disagree: 0, unsure: 0, total: 0 };
  for (const v of Object.values(votes ?? {})) {
    if (!VOTE_VALUES.includes(v)) continue;
    out[v] += 1;
    out.total += 1;
  }
  return out;
}

/**
 * The status the votes alone give (n = votes cast): too few when n < quorum; else agreed when
 * agree/n ≥ threshold; else contested when anyone disagrees; else open.
 */
export function voteStatus(t: Tally, rules: AgreementRules): Exclude<AgreementStatus, 'rejected' | 'parked'> {
  if (t.total === 0 || t.total < rules.quorum) return 'too_few';
  if (t.agree / t.total >= rules.threshold) return 'agreed';
  if (t.disagree > 0) return 'contested';
  return 'open';
}

/** A facilitator's decision overrides the votes. */
export function elementStatus(t: Tally, decision: DecisionRecord | undefined, rules: AgreementRules): AgreementStatus {
  return decision ? decision.value : voteStatus(t, rules);
}

/**
 * Every actor's and tie's status under the map's rules. Votes and decisions on vanished elements are ignored.
 * An element a closed secret round held is judged by that round's tally, not by its open votes (P18).
 */
export function agreementOf(map: ClusterMap, discussion: Pick<Discussion, 'votes' | 'decisions' | 'tallies'>): Agreement {
  const rules = agreementRules(map.meta);
  const counts = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  const elements: ElementAgreement[] = [];
  const add = (id: string, kind: ElementAgreement['kind']) => {
    const secret = discussion.tallies?.[id];
    const t = secret ? tallyOfCounts(secret) : tally(discussion.votes[id]);
    const decision = discussion.decisions[id];
    const status = elementStatus(t, decision, rules);
    counts[status] += 1;
    const entry: ElementAgreement = { id, kind, status, decided: decision !== undefined, tally: t };
    if (secret) entry.secret = true;
    if (decision) entry.decision = decision;
    elements.push(entry);
  };
  for (const a of [...map.actors].sort(byId)) add(a.id, 'actor');
  for (const t of [...map.ties].sort(byId)) add(t.id, 'tie');
  const settled = SETTLED_STATUSES.reduce((n, s) => n + counts[s], 0);
  return { rules, elements, counts, settled, total: elements.length };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The agreed map: the actors whose status is agreed, and the agreed ties between two of them (a tie belongs
 * only if both its ends do). Stages and map details stay as they are.
 */
export function agreedMap(map: ClusterMap, discussion: Pick<Discussion, 'votes' | 'decisions' | 'tallies'>): ClusterMap {
  const agreed = new Set(agreementOf(map, discussion).elements.filter((e) => e.status === 'agreed').map((e) => e.id));
  const actors = map.actors.filter((a) => agreed.has(a.id));
  const ties = map.ties.filter((t) => agreed.has(t.id) && agreed.has(t.source) && agreed.has(t.target));
  return { ...map, actors, ties };
}
