import { isComment, isDecisionRecord, isVoteValue, parseVoteKey } from '../map/discussion';
import type { EditingMode, Role } from '../map/types';
import { DOC_KEYS, ELEMENT_ROOTS, FACILITATOR_META_KEYS, MAP_DETAIL_KEYS } from '../map/ydoc';
import type { ChangeView, DocChanges } from '../sync/update-changes';
import { AuthorshipCheck, NO_AUTHORSHIP, type Authorship } from './authorship';
import { refusalFor, type Permission, type Refusal } from './permissions';
import { ScenarioCheck } from './scenario-check';
import type { ScenarioFacts } from '../scenarios/facts';
import { elementValueRefusal, metaValueRefusal } from './value-limits';

// The server's check of one update (docs/protocol.md P14): every change the update would make, as found by
// analyseUpdate, must be allowed to the writer now. The first change that is not refuses the whole update.
// It runs on every write, over up to ~100,000 changes: what a permission allows is worked out once per
// update, and nothing is built per change.

export interface Writer {
  role: Role;
  /** The participant id the server gave this connection (never one the client chose). */
  participant: string;
}

const FACILITATOR_KEYS: ReadonlySet<string> = new Set(FACILITATOR_META_KEYS);
const DETAIL_KEYS: ReadonlySet<string> = new Set(MAP_DETAIL_KEYS);
const ELEMENT_ROOT_SET: ReadonlySet<string> = new Set(ELEMENT_ROOTS);

const META_KEY_WORDS: Record<string, string> = {
  phase: 'phase',
  timer: 'timer',
  editing: 'editing switch',
  locked: 'editing switch',
  weights: 'scoring weights',
  title: 'title',
  quorum: 'quorum',
  threshold: 'agreement threshold',
  restored: 'restore record',
};

const NO_ROUND = () => new Set<string>();

/**
 * The refusal for the first change `writer` may not make, or null when the whole update is allowed.
 * `authorship` is what the server knows about actors' and ties' makers beyond the update (./authorship.ts),
 * `scenarios` what it knows about the replica's what-if scenarios (lib/scenarios/facts.ts, P19);
 * `secret` gives the elements of the open secret round (P18), asked only when the update casts a vote.
 */
export function checkChanges(
  writer: Writer,
  editing: EditingMode,
  changes: DocChanges,
  authorship: Authorship = NO_AUTHORSHIP,
  scenarios?: ScenarioFacts,
  secret: () => ReadonlySet<string> = NO_ROUND,
): Refusal | null {
  const check = new ChangeCheck(writer, editing, authorship, scenarios, secret);
  let refusal: Refusal | null = null;
  changes.forEach((change) => {
    refusal = check.verdict(change);
    return refusal !== null;
  });
  return refusal ?? check.restrictedRefusal() ?? check.authorshipRefusal() ?? check.scenarioRefusal();
}

/** One update's check: permissions worked out once, facilitator-only keys collected to name them all. */
class ChangeCheck {
  private readonly answers = new Map<Permission, Refusal | null>();
  private readonly restricted = new Set<string>();
  private readonly ownSuffix: string;
  private readonly authors: AuthorshipCheck;
  private readonly scenarios: ScenarioCheck;
  private inRound: ReadonlySet<string> | null = null;

  constructor(
    private readonly writer: Writer,
    private readonly editing: EditingMode,
    authorship: Authorship,
    scenarios: ScenarioFacts | undefined,
    private readonly secret: () => ReadonlySet<string>,
  ) {
    this.ownSuffix = `:${writer.participant}`;
    this.authors = new AuthorshipCheck(writer.participant, authorship);
    this.scenarios = new ScenarioCheck(writer.participant, scenarios);
  }

  private need(permission: Permission): Refusal | null {
    let answer = this.answers.get(permission);
    if (answer === undefined) {
      answer = refusalFor(this.writer, this.editing, permission);
      this.answers.set(permission, answer);
    }
    return answer;
  }

  verdict(change: ChangeView): Refusal | null {
    const root = change.root;
    if (ELEMENT_ROOT_SET.has(root)) {
      const refusal = this.need('editMap') ?? elementValueRefusal(change);
      if (!refusal) this.authors.note(change);
      return refusal;
    }
    switch (root) {
      case DOC_KEYS.meta: {
        const key = change.key(1);
        if (DETAIL_KEYS.has(key)) return this.need('editMap') ?? metaValueRefusal(change);
        if (FACILITATOR_KEYS.has(key)) {
          if (this.writer.role !== 'facilitator') this.restricted.add(key);
          return this.writer.role === 'facilitator' ? metaValueRefusal(change) : null;
        }
        return unknownPart(`meta.${key}`);
      }
      case DOC_KEYS.votes:
        return this.vote(change);
      case DOC_KEYS.comments:
        return this.comment(change);
      case DOC_KEYS.decisions:
        return this.decision(change);
      case DOC_KEYS.scenarios:
        return this.need('plan') ?? this.scenarios.verdict(change);
      case DOC_KEYS.people:
        return { reason: 'server_only', message: 'The list of people is written by the server; this change was not saved' };
      case DOC_KEYS.rounds:
        return { reason: 'server_only', message: 'Secret rounds and their tallies are written by the server; this change was not saved' };
      default:
        return unknownPart(root);
    }
  }

  /** Facilitator-only keys a non-facilitator touched, named in one refusal (or null when none). */
  restrictedRefusal(): Refusal | null {
    if (this.restricted.size === 0) return null;
    const refusal = this.need('steer');
    if (!refusal || refusal.reason !== 'facilitator_only') return refusal;
    const what = [...new Set([...this.restricted].sort().map((k) => META_KEY_WORDS[k] ?? k))];
    return { reason: 'facilitator_only', message: `Only the facilitator may change the workshop's ${what.join(', ')}; this change was not saved` };
  }

  /** Who made each actor and tie (P14): judged once every change of the update is known. */
  authorshipRefusal(): Refusal | null {
    return this.authors.refusal();
  }

  /** What-if scenarios' makers and limits (P19), judged once the whole update is read. */
  scenarioRefusal(): Refusal | null {
    return this.scenarios.refusal();
  }

  private vote(change: ChangeView): Refusal | null {
    if (change.depth !== 2) return badEntry('a vote');
    const key = change.key(1);
    // A person writes thousands of their own votes in one update at most: the key ending in ":<me>" says it
    // is theirs (participant ids have no ':'); anything else is parsed to say what is wrong with it.
    const mine = key.length > this.ownSuffix.length && key.endsWith(this.ownSuffix);
    if (!mine && !parseVoteKey(key)) return badEntry('a vote');
    const refusal = this.need('discuss');
    if (refusal) return refusal;
    if (!mine) return notYours('A vote can only be cast, changed or withdrawn by the person it belongs to');
    if (!writesValue(change)) return null;
    if (!isVoteValue(change.value())) return badEntry('a vote');
    // While a secret round is open its elements take ballots only: an open vote would show a name (P18).
    this.inRound ??= this.secret();
    if (this.inRound.size > 0 && this.inRound.has(key.slice(0, key.length - this.ownSuffix.length))) {
      return { reason: 'secret_round', message: 'This element is in an open secret round: cast a secret ballot instead; this change was not saved' };
    }
    return null;
  }

  private comment(change: ChangeView): Refusal | null {
    if (change.depth !== 2) return badEntry('a comment');
    const previous = change.replaces ? change.previous() : undefined;
    const previousAuthor = isComment(previous) ? previous.author : null;
    if (writesValue(change)) {
      const value = change.value();
      if (!isComment(value) || value.id !== change.key(1)) return badEntry('a comment');
      if (value.author !== this.writer.participant) return notYours('A comment can only be posted as yourself');
      if (change.replaces && previousAuthor !== this.writer.participant) return notYours('Only its author may edit a comment');
      return this.need('discuss');
    }
    // Removing one (a delete, or a placeholder written over it).
    if (!change.replaces || previousAuthor === this.writer.participant) return this.need('discuss');
    const moderation = this.need('moderate');
    return moderation && moderation.reason === 'facilitator_only' ? notYours('Only its author or the facilitator may delete a comment') : moderation;
  }

  private decision(change: ChangeView): Refusal | null {
    if (change.depth !== 2) return badEntry('a decision');
    if (writesValue(change)) {
      const value = change.value();
      if (!isDecisionRecord(value)) return badEntry('a decision');
      if (value.by !== this.writer.participant) return notYours('A decision is recorded under the facilitator who made it');
    }
    return this.need('decide');
  }
}

/** A set that writes something other than a deleted placeholder (which only removes what it replaces). */
const writesValue = (change: ChangeView) => change.op === 'set' && change.content !== 'deleted';

const notYours = (what: string): Refusal => ({ reason: 'not_yours', message: `${what}; this change was not saved` });
const badEntry = (what: string): Refusal => ({ reason: 'bad_entry', message: `The update writes something that is not ${what} where ${what} belongs; this change was not saved` });
const unknownPart = (part: string): Refusal => ({ reason: 'unknown_part', message: `The update writes a part of the document (“${part}”) that ClusterCanvas does not have; this change was not saved` });
