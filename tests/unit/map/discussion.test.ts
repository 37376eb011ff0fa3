import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  castVote,
  checkComment,
  commentsByElement,
  commentsOf,
  deleteComment,
  editComment,
  parseVoteKey,
  peopleOf,
  postComment,
  readDiscussion,
  setDecision,
  voteKey,
  votesOf,
  writePerson,
} from '../../../lib/map/discussion';
import { toMapDocument } from '../../../lib/map/interchange';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { deleteActor, docFromMap, readMap } from '../../../lib/map/ydoc';
import { sampleMap } from './fixtures';

// The flat discussion layout (docs/architecture.md "The workshop document"): one entry per vote, per
// comment and per decision, so that ownership is one key or one field and concurrent writers never collide.

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

let clock = 1_000;
const post = (doc: Y.Doc, el: string, who: string, text: string) => postComment(doc, el, who, text, { id: `c_${clock}`, at: clock++ });

describe('vote keys', () => {
  it('join an element id and a participant id, and split at the last colon', () => {
    expect(voteKey('a_1', 'p_x')).toBe('a_1:p_x');
    expect(parseVoteKey('a_1:p_x')).toEqual({ element: 'a_1', participant: 'p_x' });
    // Imported element ids may hold colons; participant ids never do.
    expect(parseVoteKey('urn:actor:7:p_x')).toEqual({ element: 'urn:actor:7', participant: 'p_x' });
    expect(parseVoteKey('no-colon')).toBeNull();
    expect(parseVoteKey(':p_x')).toBeNull();
    expect(parseVoteKey('a_1:not valid')).toBeNull();
  });
});

describe('votes', () => {
  it('records, changes and withdraws one vote per person and element', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', 'p_ana', 'disagree');
    castVote(doc, 'firm1', 'p_li', 'agree');
    expect(readDiscussion(doc).votes).toEqual({ firm1: { p_ana: 'disagree', p_li: 'agree' } });
    castVote(doc, 'firm1', 'p_ana', 'agree');
    castVote(doc, 'firm1', 'p_li', null);
    expect(readDiscussion(doc).votes).toEqual({ firm1: { p_ana: 'agree' } });
    expect([...votesOf(doc).keys()]).toEqual(['firm1:p_ana']);
  });

  it('writes nothing when the vote is already what is asked, and refuses unknown values', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', 'p_ana', 'agree');
    let updates = 0;
    doc.on('update', () => updates++);
    castVote(doc, 'firm1', 'p_ana', 'agree');
    castVote(doc, 'uni', 'p_ana', null);
    expect(updates).toBe(0);
    expect(() => castVote(doc, 'firm1', 'p_ana', 'maybe' as never)).toThrow(/unknown vote/);
    expect(() => castVote(doc, 'firm1', '', 'agree')).toThrow(/participant id/);
  });

  it('merges the first votes of two people written concurrently on two replicas', () => {
    const a = docFromMap(sampleMap());
    const b = new Y.Doc();
    sync(a, b);
    castVote(a, 'firm1', 'p_ana', 'disagree');
    castVote(b, 'firm1', 'p_bo', 'agree');
    sync(a, b);
    for (const doc of [a, b]) expect(readDiscussion(doc).votes.firm1).toEqual({ p_ana: 'disagree', p_bo: 'agree' });
  });

  it('skips entries in a shape it does not know', () => {
    const doc = docFromMap(sampleMap());
    votesOf(doc).set('firm1:p_a', 'perhaps');
    votesOf(doc).set('firm1', 'agree');
    votesOf(doc).set('firm1:p_b', 'agree');
    expect(readDiscussion(doc).votes).toEqual({ firm1: { p_b: 'agree' } });
  });
});

describe('comments', () => {
  it('are read oldest first for every replica, Chinese text intact, grouped by element', () => {
    const doc = docFromMap(sampleMap());
    post(doc, 'firm1', 'p_ana', '  Is this really local?  ');
    post(doc, 'firm1', 'p_li', '是的，工厂在光谷。\n第二行');
    post(doc, 'uni', 'p_li', 'lasers');
    const byElement = commentsByElement(readDiscussion(doc));
    expect(byElement.get('firm1')!.map((c) => c.text)).toEqual(['Is this really local?', '是的，工厂在光谷。\n第二行']);
    expect(byElement.get('firm1')!.map((c) => c.author)).toEqual(['p_ana', 'p_li']);
    expect(byElement.get('uni')!.map((c) => c.element)).toEqual(['uni']);
  });

  it('come out in the same order on every replica, whatever order they arrived in', () => {
    const a = docFromMap(sampleMap());
    const b = new Y.Doc();
    sync(a, b);
    postComment(a, 'uni', 'p_a', 'second', { id: 'c_2', at: 20 });
    postComment(b, 'uni', 'p_b', 'first', { id: 'c_1', at: 10 });
    postComment(b, 'uni', 'p_b', 'tie on time', { id: 'c_0', at: 20 });
    sync(a, b);
    const order = (doc: Y.Doc) => readDiscussion(doc).comments.map((c) => c.id);
    expect(order(a)).toEqual(['c_1', 'c_0', 'c_2']);
    expect(order(b)).toEqual(order(a));
  });

  it('refuse empty and too long text with a clear message and write nothing', () => {
    const doc = docFromMap(sampleMap());
    expect(() => post(doc, 'firm1', 'p_ana', '   \n ')).toThrow(/empty/);
    expect(() => post(doc, 'firm1', 'p_ana', 'x'.repeat(MAP_LIMITS.commentLength + 1))).toThrow(new RegExp(`limit is ${MAP_LIMITS.commentLength}`));
    expect(commentsOf(doc).size).toBe(0);
    // Characters, not UTF-16 units: 500 Chinese characters (or emoji) are within the limit.
    expect(checkComment('光'.repeat(MAP_LIMITS.commentLength)).ok).toBe(true);
    expect(checkComment('😀'.repeat(MAP_LIMITS.commentLength)).ok).toBe(true);
    expect(checkComment('a\r\nb')).toEqual({ ok: true, text: 'a\nb' });
  });

  it('can be edited (keeping id, author and time) and deleted', () => {
    const doc = docFromMap(sampleMap());
    const c = post(doc, 'firm1', 'p_ana', 'first thought');
    expect(editComment(doc, c.id, 'second thought', 5_000)).toBe(true);
    expect(readDiscussion(doc).comments).toEqual([{ ...c, text: 'second thought', editedAt: 5_000 }]);
    expect(editComment(doc, 'c_missing', 'x', 1)).toBe(false);
    expect(() => editComment(doc, c.id, ' ', 1)).toThrow(/empty/);
    expect(deleteComment(doc, c.id)).toBe(true);
    expect(deleteComment(doc, c.id)).toBe(false);
    expect(readDiscussion(doc).comments).toEqual([]);
  });

  it('skips entries whose key is not their id or whose shape is unknown', () => {
    const doc = docFromMap(sampleMap());
    post(doc, 'uni', 'p_ana', 'fine');
    commentsOf(doc).set('c_x', { id: 'c_other', element: 'uni', author: 'p', text: 'moved', at: 1 });
    commentsOf(doc).set('c_y', { id: 'c_y', text: 'no author', at: 1 });
    expect(readDiscussion(doc).comments.map((c) => c.text)).toEqual(['fine']);
  });
});

describe('decisions', () => {
  it('are set with an optional reason, replaced and taken back', () => {
    const doc = docFromMap(sampleMap());
    setDecision(doc, 't2', { value: 'parked', reason: '  ask the buyer  ', by: 'p_fac', at: 3 });
    expect(readDiscussion(doc).decisions).toEqual({ t2: { value: 'parked', reason: 'ask the buyer', by: 'p_fac', at: 3 } });
    setDecision(doc, 't2', { value: 'agreed', reason: ' ', by: 'p_fac', at: 4 });
    expect(readDiscussion(doc).decisions).toEqual({ t2: { value: 'agreed', by: 'p_fac', at: 4 } });
    setDecision(doc, 't2', null);
    expect(readDiscussion(doc).decisions).toEqual({});
  });

  it('refuse a value that is not a decision', () => {
    const doc = docFromMap(sampleMap());
    expect(() => setDecision(doc, 't2', { value: 'maybe' as never, by: 'p', at: 1 })).toThrow(/not a decision/);
    expect(() => setDecision(doc, 't2', { value: 'agreed', reason: 'r'.repeat(MAP_LIMITS.reasonLength + 1), by: 'p', at: 1 })).toThrow(/not a decision/);
  });
});

describe('people', () => {
  it('keeps name, colour and role per participant and writes nothing when unchanged', () => {
    const doc = new Y.Doc();
    expect(writePerson(doc, 'p_ana', { name: 'Ana', color: '#1d4ed8', role: 'participant' })).toBe(true);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(writePerson(doc, 'p_ana', { name: 'Ana', color: '#1d4ed8', role: 'participant' })).toBe(false);
    expect(updates).toBe(0);
    writePerson(doc, 'p_ana', { name: 'Ana María', color: '#1d4ed8', role: 'facilitator' });
    expect(readDiscussion(doc).people).toEqual({ p_ana: { name: 'Ana María', color: '#1d4ed8', role: 'facilitator' } });
    peopleOf(doc).set('p_bad', { name: 'x'.repeat(100), color: '#000', role: 'participant' });
    expect(Object.keys(readDiscussion(doc).people)).toEqual(['p_ana']);
  });
});

describe('the discussion outlives its elements', () => {
  it('deleting an actor hides nothing of the discussion in the document; undoing the delete brings the element back with it', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', 'p_ana', 'disagree');
    castVote(doc, 't1', 'p_ana', 'agree');
    post(doc, 'firm1', 'p_li', 'why?');
    setDecision(doc, 't2', { value: 'rejected', by: 'p_fac', at: 1 });
    const undo = new Y.UndoManager([doc.getMap('actors'), doc.getMap('ties')], { trackedOrigins: new Set(['me']) });
    deleteActor(doc, 'firm1', 'me');
    expect(readMap(doc).map.actors.map((a) => a.id)).not.toContain('firm1');
    const d = readDiscussion(doc);
    expect(d.votes).toEqual({ firm1: { p_ana: 'disagree' }, t1: { p_ana: 'agree' } });
    expect(d.comments.map((c) => c.text)).toEqual(['why?']);
    expect(d.decisions.t2.value).toBe('rejected');
    undo.undo();
    expect(readMap(doc).map.actors.map((a) => a.id)).toContain('firm1');
    expect(readMap(doc).map.ties.map((t) => t.id).sort()).toEqual(['t1', 't2']);
  });

  it('is not part of the interchange format', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', 'p_ana', 'agree');
    post(doc, 'firm1', 'p_ana', 'hello');
    const json = JSON.stringify(toMapDocument(readMap(doc).map));
    expect(json).not.toContain('p_ana');
    expect(json).not.toContain('hello');
  });
});
