import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChanges, type Writer } from '../../../lib/access/check-changes';
import { may } from '../../../lib/access/permissions';
import { castVote, commentsOf, deleteComment, editComment, isComment, isDecisionRecord, isVoteValue, parseVoteKey, peopleOf, postComment, setDecision } from '../../../lib/map/discussion';
import { EDITING_MODES, ROLES, type EditingMode } from '../../../lib/map/types';
import { ELEMENT_ROOTS, FACILITATOR_META_KEYS, MAP_DETAIL_KEYS, actorsOf, addActor, deleteActor, metaOf, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { analyseUpdate } from '../../../lib/sync/update-changes';

// docs/protocol.md P14, checked against an independent answer: the update is applied to a scratch copy of
// the replica, the two are compared entry by entry, and the rules (docs/architecture.md "Who may change
// what") are applied to that difference. The check, which never applies anything, must
//   - name every entry the scratch copy says changed (it misses nothing);
//   - never allow an update the difference says is not allowed;
//   - allow every update made only of what the writer may do.

const PEOPLE = ['p_fac', 'p_ana', 'p_bo'] as const;
/** PROPERTY_RUNS=20000 for a longer search. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);
const ELEMENTS = ['a_1', 'a_2', 'a_3'] as const;

type Op =
  | { kind: 'vote'; as: string; element: string; value: 'agree' | 'disagree' | 'unsure' | null }
  | { kind: 'comment'; id: string; author: string; element: string }
  | { kind: 'edit'; id: string }
  | { kind: 'uncomment'; id: string }
  | { kind: 'forge'; id: string; author: string }
  | { kind: 'decide'; element: string; by: string; clear: boolean }
  | { kind: 'actor'; id: string; remove: boolean }
  | { kind: 'meta'; key: string }
  | { kind: 'people'; id: string }
  | { kind: 'root' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('vote' as const), as: fc.constantFrom(...PEOPLE), element: fc.constantFrom(...ELEMENTS), value: fc.constantFrom('agree' as const, 'disagree' as const, 'unsure' as const, null) }),
  fc.record({ kind: fc.constant('comment' as const), id: fc.constantFrom('c_1', 'c_2', 'c_3', 'c_4'), author: fc.constantFrom(...PEOPLE), element: fc.constantFrom(...ELEMENTS) }),
  fc.record({ kind: fc.constant('edit' as const), id: fc.constantFrom('c_1', 'c_2', 'c_3') }),
  fc.record({ kind: fc.constant('uncomment' as const), id: fc.constantFrom('c_1', 'c_2', 'c_3') }),
  fc.record({ kind: fc.constant('forge' as const), id: fc.constantFrom('c_1', 'c_2'), author: fc.constantFrom(...PEOPLE) }),
  fc.record({ kind: fc.constant('decide' as const), element: fc.constantFrom(...ELEMENTS), by: fc.constantFrom(...PEOPLE), clear: fc.boolean() }),
  fc.record({ kind: fc.constant('actor' as const), id: fc.constantFrom(...ELEMENTS), remove: fc.boolean() }),
  fc.record({ kind: fc.constant('meta' as const), key: fc.constantFrom(...FACILITATOR_META_KEYS, ...MAP_DETAIL_KEYS, 'unknownKey') }),
  fc.record({ kind: fc.constant('people' as const), id: fc.constantFrom(...PEOPLE) }),
  fc.record({ kind: fc.constant('root' as const) }),
);

function apply(doc: Y.Doc, o: Op, n: number) {
  switch (o.kind) {
    case 'vote':
      return castVote(doc, o.element, o.as, o.value);
    case 'comment':
      return void postComment(doc, o.element, o.author, `comment ${n}`, { id: o.id, at: n });
    case 'edit':
      try {
        editComment(doc, o.id, `edited ${n}`, n);
      } catch {
        /* not there */
      }
      return;
    case 'uncomment':
      return void deleteComment(doc, o.id);
    case 'forge':
      return void commentsOf(doc).set(o.id, { id: o.id, element: 'a_1', author: o.author, text: `forged ${n}`, at: n });
    case 'decide':
      return setDecision(doc, o.element, o.clear ? null : { value: 'agreed', by: o.by, at: n });
    case 'actor':
      if (o.remove) return void deleteActor(doc, o.id);
      if (actorsOf(doc).has(o.id)) return void updateActor(doc, o.id, { label: `label ${n}`, x: n });
      return addActor(doc, { id: o.id, label: o.id, type: 'firm', scope: 'local', stages: [] });
    case 'meta':
      return void metaOf(doc).set(o.key, o.key === 'editing' ? 'frozen' : `value ${n}`);
    case 'people':
      return void peopleOf(doc).set(o.id, { name: `Name ${n}`, color: '#1d4ed8', role: 'participant' });
    case 'root':
      return void doc.getMap('elsewhere').set('x', n);
  }
}

/** Every top-level entry of the document as JSON, by root: what the scratch copy compares. */
function entries(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const root of [...doc.share.keys()]) {
    // Every root these ops write is a map; a fresh copy only knows it as a placeholder until asked.
    for (const [key, value] of doc.getMap(root).entries()) out.set(`${root}/${key}`, JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : value));
  }
  return out;
}

/** What the rules say of the difference between `before` and `after`, entry by entry: null when allowed. */
function oracle(w: Writer, editing: EditingMode, before: Y.Doc, after: Y.Doc, changed: string[]): string | null {
  const value = (doc: Y.Doc, root: string, key: string) => doc.getMap(root).get(key);
  for (const entry of changed) {
    const [root, key] = [entry.slice(0, entry.indexOf('/')), entry.slice(entry.indexOf('/') + 1)];
    if (w.role === 'observer') return 'observer';
    if ((ELEMENT_ROOTS as readonly string[]).includes(root)) {
      if (!may(w, editing, 'editMap')) return 'editMap';
    } else if (root === 'meta') {
      if ((MAP_DETAIL_KEYS as readonly string[]).includes(key)) {
        if (!may(w, editing, 'editMap')) return 'editMap';
      } else if ((FACILITATOR_META_KEYS as readonly string[]).includes(key)) {
        if (w.role !== 'facilitator') return 'steer';
      } else return 'unknown meta';
    } else if (root === 'votes') {
      const parsed = parseVoteKey(key);
      const now = value(after, root, key);
      if (!parsed || parsed.participant !== w.participant || !may(w, editing, 'discuss') || (now !== undefined && !isVoteValue(now))) return 'vote';
    } else if (root === 'comments') {
      const was = value(before, root, key);
      const now = value(after, root, key);
      if (now !== undefined) {
        if (!isComment(now) || now.id !== key || now.author !== w.participant || (was !== undefined && (!isComment(was) || was.author !== w.participant)) || !may(w, editing, 'discuss')) return 'comment';
      } else if (isComment(was) && was.author !== w.participant ? !may(w, editing, 'moderate') : !may(w, editing, 'discuss')) return 'uncomment';
    } else if (root === 'decisions') {
      const now = value(after, root, key);
      if (!may(w, editing, 'decide') || (now !== undefined && (!isDecisionRecord(now) || now.by !== w.participant))) return 'decide';
    } else return `root ${root}`;
  }
  return null;
}

/** Whether `o` is something `w` may do (their own vote, their own comment, …) in `editing`, on `doc`. */
function honest(w: Writer, editing: EditingMode, doc: Y.Doc, o: Op): boolean {
  const mayDo = (p: Parameters<typeof may>[2]) => may(w, editing, p);
  const author = (id: string) => {
    const c = commentsOf(doc).get(id);
    return isComment(c) ? c.author : null;
  };
  switch (o.kind) {
    case 'vote':
      return o.as === w.participant && mayDo('discuss');
    case 'comment':
      return o.author === w.participant && mayDo('discuss') && (author(o.id) === null ? !commentsOf(doc).has(o.id) : author(o.id) === w.participant);
    case 'edit':
      return author(o.id) === w.participant && mayDo('discuss');
    case 'uncomment':
      return author(o.id) === null ? mayDo('discuss') : author(o.id) === w.participant ? mayDo('discuss') : mayDo('moderate');
    case 'decide':
      return o.by === w.participant && mayDo('decide');
    case 'actor':
      return mayDo('editMap');
    case 'meta':
      return (MAP_DETAIL_KEYS as readonly string[]).includes(o.key) ? mayDo('editMap') : (FACILITATOR_META_KEYS as readonly string[]).includes(o.key) && mayDo('steer');
    default:
      return false;
  }
}

const scenario = fc.record({
  setup: fc.array(op, { maxLength: 14 }),
  writer: fc.record({ role: fc.constantFrom(...ROLES), participant: fc.constantFrom(...PEOPLE) }),
  editing: fc.constantFrom(...EDITING_MODES),
  ops: fc.array(op, { minLength: 1, maxLength: 6 }),
});

type Scenario = { setup: Op[]; writer: Writer; editing: EditingMode; ops: Op[] };

function run({ setup, writer, editing, ops }: Scenario, onlyHonest: boolean) {
  const replica = new Y.Doc();
  setup.forEach((o, n) => apply(replica, o, n));
  updateMeta(replica, { editing });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(replica));
  const before = Y.encodeStateVector(client);
  const used = onlyHonest ? ops.filter((o) => honest(writer, editing, client, o)) : ops;
  used.forEach((o, n) => apply(client, o, 100 + n));
  const update = Y.encodeStateAsUpdate(client, before);
  const analysis = analyseUpdate(replica, update);
  if (!analysis.ok) throw new Error(`a client's own update was not resolvable: ${analysis.reason}`);
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(replica));
  Y.applyUpdate(scratch, update);
  const a = entries(replica);
  const b = entries(scratch);
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
  return { replica, scratch, analysis, changed, used };
}

describe('P14: the check agrees with a scratch copy of the document', () => {
  it('names every entry the update really changes, and never allows what the difference forbids', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { replica, scratch, analysis, changed } = run(sc, false);
        if (!analysis.ok) return;
        const named = new Set<string>();
        analysis.changes.forEach((c) => void named.add(`${c.root}/${c.key(1)}`));
        for (const entry of changed) expect({ entry, named: named.has(entry) }).toEqual({ entry, named: true });
        const verdict = checkChanges(sc.writer, sc.editing, analysis.changes);
        const truth = oracle(sc.writer, sc.editing, replica, scratch, changed);
        if (verdict === null) expect({ allowed: true, truth }).toEqual({ allowed: true, truth: null });
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('allows every update made only of what the writer may do', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { analysis, used } = run(sc, true);
        if (!analysis.ok || used.length === 0) return;
        expect({ ops: used, refusal: checkChanges(sc.writer, sc.editing, analysis.changes) }).toEqual({ ops: used, refusal: null });
      }),
      { numRuns: RUNS },
    );
  }, 30_000);
});
