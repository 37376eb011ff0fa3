import { MAP_LIMITS } from '../map/limits';
import { DOC_KEYS } from '../map/ydoc';
import { NO_SCENARIO_FACTS, type ScenarioFacts } from '../scenarios/facts';
import { CHANGEABLE_TIE_FIELDS, SCENARIO_FIELDS, type ScenarioPart } from '../scenarios/types';
import type { ChangeView } from '../sync/update-changes';
import { AuthorshipCheck, type Authorship } from './authorship';
import type { Refusal } from './permissions';
import { elementValueRefusal } from './value-limits';

// The write check of the `scenarios` root (docs/protocol.md P19), called by check-changes.ts once the writer
// may `plan`. A scenario is scenarios → id → Y.Map of name, createdBy, at and four parts; planned actors
// and ties are Y.Maps of fields exactly like live ones, so they are bounded by the live elements' rules
// (value-limits.ts) and their makers by the same authorship rules (authorship.ts), each read through a view
// that shows the change as if it were made on the live map.

const PART_ROOT: Record<ScenarioPart, string> = {
  actors: DOC_KEYS.actors,
  ties: DOC_KEYS.ties,
  removeTies: DOC_KEYS.ties,
  changeTies: DOC_KEYS.ties,
};
const PARTS: ReadonlySet<string> = new Set(Object.keys(PART_ROOT));
const CHANGEABLE: ReadonlySet<string> = new Set(CHANGEABLE_TIE_FIELDS);
const SEP = '\u0001';

/** scenarios/<sid>/<part>/<id>/… seen as <root>/<id>/…: what the live element rules read. */
class PlannedView implements ChangeView {
  change!: ChangeView;
  /** Whether key(1) names the scenario too (to tell one scenario's element from another's). */
  constructor(private readonly scoped: boolean) {}
  get op() {
    return this.change.op;
  }
  get root() {
    return PART_ROOT[this.change.key(2) as ScenarioPart];
  }
  get depth() {
    return this.change.depth - 2;
  }
  key(level: number) {
    if (level === 0) return this.root;
    if (level === 1 && this.scoped) return `${this.change.key(1)}${SEP}${this.change.key(3)}`;
    return this.change.key(level + 2);
  }
  get content() {
    return this.change.content;
  }
  value() {
    return this.change.value();
  }
  get replaces() {
    return this.change.replaces;
  }
  previous() {
    return this.change.previous();
  }
  path() {
    return [this.root, ...this.change.path().slice(3)];
  }
}

export class ScenarioCheck {
  private readonly limits = new PlannedView(false);
  private readonly scoped = new PlannedView(true);
  private readonly authors: AuthorshipCheck;
  private readonly created = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly openers: Array<{ sid: string; value: unknown }> = [];
  private readonly added = new Map<string, number>();
  private newScenarios = 0;

  constructor(
    private readonly participant: string,
    private readonly facts: ScenarioFacts = NO_SCENARIO_FACTS,
  ) {
    const authorship: Authorship = {
      liveAuthor: (root, key) => {
        const [sid, id] = key.split(SEP);
        return facts.plannedAuthor(sid, root === DOC_KEYS.actors ? SCENARIO_FIELDS.actors : SCENARIO_FIELDS.ties, id);
      },
      deletedAuthor: () => undefined,
    };
    this.authors = new AuthorshipCheck(participant, authorship);
  }

  /** The refusal for one change of the root, or null (the writer may plan: the caller checked). */
  verdict(change: ChangeView): Refusal | null {
    const depth = change.depth;
    const sid = change.key(1);
    const writes = change.op === 'set' && change.content !== 'deleted';
    if (sid.length > MAP_LIMITS.idLength) return tooLong(`a scenario id (${sid.length} characters)`, MAP_LIMITS.idLength);
    if (depth === 2) {
      if (!writes) {
        this.removed.add(sid);
        return null;
      }
      if (change.content !== 'type') return badShape('scenarios');
      this.created.add(sid);
      if (!change.replaces) this.newScenarios++;
      return null;
    }
    const field = change.key(2);
    if (depth === 3) return this.scenarioField(change, sid, field, writes);
    if (!PARTS.has(field)) return badShape(`scenarios.${field}`);
    if (depth === 4 && writes && !change.replaces) this.added.set(sid, (this.added.get(sid) ?? 0) + 1);
    if (field === SCENARIO_FIELDS.removeTies) {
      if (depth !== 4) return badShape(`scenarios.${field}`);
      if (writes && (change.content !== 'value' || change.value() !== true)) return badShape(`scenarios.${field}`);
      return change.key(3).length > MAP_LIMITS.idLength ? tooLong(`an id (${change.key(3).length} characters)`, MAP_LIMITS.idLength) : null;
    }
    if (field === SCENARIO_FIELDS.changeTies && depth >= 5 && !CHANGEABLE.has(change.key(4))) return badShape(`scenarios.${field}.${change.key(4)}`);
    this.limits.change = change;
    const refusal = elementValueRefusal(this.limits);
    if (refusal) return refusal;
    if (field !== SCENARIO_FIELDS.changeTies) {
      this.scoped.change = change;
      this.authors.note(this.scoped);
    }
    return null;
  }

  private scenarioField(change: ChangeView, sid: string, field: string, writes: boolean): Refusal | null {
    if (PARTS.has(field)) return !writes || change.content === 'type' ? null : badShape(`scenarios.${field}`);
    if (field === SCENARIO_FIELDS.createdBy) {
      this.openers.push({ sid, value: writes ? (change.content === 'value' ? change.value() : NOT_AN_ID) : REMOVED });
      return null;
    }
    if (!writes) return null;
    if (change.content !== 'value') return badShape(`scenarios.${field}`);
    const value = change.value();
    if (field === SCENARIO_FIELDS.name) {
      if (typeof value !== 'string') return badShape('scenarios.name');
      return value.length > MAP_LIMITS.labelLength ? tooLong(`a scenario's name (${value.length} characters)`, MAP_LIMITS.labelLength) : null;
    }
    if (field === SCENARIO_FIELDS.at) return typeof value === 'number' && Number.isFinite(value) ? null : badShape('scenarios.at');
    return badShape(`scenarios.${field}`);
  }

  /** Judged once the whole update is read: who opened each scenario, planned elements' makers, the limits. */
  refusal(): Refusal | null {
    for (const { sid, value } of this.openers) {
      if (value === REMOVED) {
        if (this.removed.has(sid)) continue;
        return notYours('Who opened a scenario cannot be changed');
      }
      if (!this.created.has(sid)) return notYours('Who opened a scenario cannot be changed');
      if (value !== this.participant) return notYours('A scenario can only be opened as yourself');
    }
    if (this.newScenarios > 0 && this.facts.count() + this.newScenarios > MAP_LIMITS.scenarios) {
      return tooMany(`${this.facts.count() + this.newScenarios} scenarios`, MAP_LIMITS.scenarios, 'scenarios');
    }
    for (const [sid, n] of this.added) {
      const total = this.facts.plannedCount(sid) + n;
      if (total > MAP_LIMITS.scenarioChanges) return tooMany(`${total} planned changes in one scenario`, MAP_LIMITS.scenarioChanges, 'planned changes');
    }
    const authors = this.authors.refusal();
    return authors && { ...authors, message: authors.message.replace('An actor or tie', 'A planned actor or tie') };
  }
}

const REMOVED = Symbol('removed');
const NOT_AN_ID = Symbol('not a participant id');

const notYours = (what: string): Refusal => ({ reason: 'not_yours', message: `${what}; this change was not saved` });
const tooLong = (what: string, limit: number): Refusal => ({ reason: 'too_long', message: `The update writes ${what} over the limit of ${limit} characters; this change was not saved` });
const tooMany = (what: string, limit: number, unit: string): Refusal => ({ reason: 'too_long', message: `The update would make ${what}, over the limit of ${limit} ${unit}; this change was not saved` });
const badShape = (part: string): Refusal => ({
  reason: 'bad_entry',
  message: `The update writes something at “${part}” that does not have the shape ClusterCanvas gives it; this change was not saved`,
});
