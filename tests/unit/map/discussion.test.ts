import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  MAX_COMMENT_LENGTH,
  agreementStatus,
  castVote,
  checkComment,
  peopleOf,
  postComment,
  prepareThreads,
  readComments,
  readDiscussion,
  readElementDiscussion,
  readPeople,
  readVotes,
  rememberPerson,
  tally,
  toDiscuss,
  votersOf,
} from '../../../lib/map/discussion';
import { toMapDocument } from '../../../lib/map/interchange';
import { commentsOf, deleteActor, deleteTie, docFromMap, readMap, replaceMap, votesOf } from '../../../lib/map/ydoc';
import { sampleMap } from './fixtures';

const ana = { id: 'p_ana', name: 'Ana' };
const li = { id: 'p_li', name: '李伟' };
const bo = { id: 'p_bo', name: 'Bo' };

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

let clock = 1_000;
const post = (doc: Y.Doc, el: string, who: typeof ana, text: string) => postComment(doc, el, who, text, { id: `c_${clock}`, at: clock++ });

describe('tally and agreement status', () => {
  it('counts each value and the total', () => {
    expect(tally({ a: 'agree', b: 'agree', c: 'disagree', d: 'unsure' })).toEqual({ agree: 2, disagree: 1, unsure: 1, total: 4 });
    expect(tally({})).toEqual({ agree: 0, disagree: 0, unsure: 0, total: 0 });
  });

  it('ignores values it does not know', () => {
    expect(tally({ a: 'agree', b: 'maybe' as never })).toEqual({ agree: 1, disagree: 0, unsure: 0, total: 1 });
  });

  it('is contested as soon as one person disagrees, agreed only when every voter agrees', () => {
    expect(agreementStatus(tally({}))).toBe('none');
    expect(agreementStatus(tally({ a: 'agree', b: 'agree' }))).toBe('agreed');
    expect(agreementStatus(tally({ a: 'agree', b: 'unsure' }))).toBe('open');
    expect(agreementStatus(tally({ a: 'agree', b: 'agree', c: 'agree', d: 'disagree' }))).toBe('contested');
    expect(agreementStatus(tally({ a: 'disagree' }))).toBe('contested');
  });

  it('lists who voted what in a stable order', () => {
    const votes = { z: 'agree', a: 'agree', m: 'disagree' } as const;
    expect(votersOf(votes, 'agree')).toEqual(['a', 'z']);
    expect(votersOf(votes, 'disagree')).toEqual(['m']);
    expect(votersOf(votes, 'unsure')).toEqual([]);
  });
});

describe('votes in the document', () => {
  it('records, changes and withdraws one vote per person and element', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', ana, 'disagree');
    castVote(doc, 'firm1', li, 'agree');
    expect(readVotes(doc, 'firm1')).toEqual({ p_ana: 'disagree', p_li: 'agree' });
    castVote(doc, 'firm1', ana, 'agree');
    expect(readElementDiscussion(doc, 'firm1').tally).toEqual({ agree: 2, disagree: 0, unsure: 0, total: 2 });
    expect(readElementDiscussion(doc, 'firm1').status).toBe('agreed');
    castVote(doc, 'firm1', ana, null);
    expect(readVotes(doc, 'firm1')).toEqual({ p_li: 'agree' });
  });

  it('writes a vote and its voter name in one transaction', () => {
    const doc = docFromMap(sampleMap());
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    castVote(doc, 't1', li, 'unsure');
    expect(transactions).toBe(1);
    expect(readPeople(doc)).toEqual({ p_li: '李伟' });
  });

  it('refuses a vote without a participant id or with an unknown value, and changes nothing', () => {
    const doc = docFromMap(sampleMap());
    expect(() => castVote(doc, 'firm1', { id: '', name: 'x' }, 'agree')).toThrow(/participant id/);
    expect(() => castVote(doc, 'firm1', ana, 'maybe' as never)).toThrow(/unknown vote/);
    expect(readVotes(doc, 'firm1')).toEqual({});
    expect(readPeople(doc)).toEqual({});
  });

  it('merges concurrent votes of two people on two replicas once the element is prepared', () => {
    const a = docFromMap(sampleMap());
    expect(prepareThreads(a, ['firm1', 'uni'])).toBe(4);
    const b = new Y.Doc();
    sync(a, b);
    castVote(a, 'firm1', ana, 'disagree');
    castVote(b, 'firm1', bo, 'agree');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readVotes(doc, 'firm1')).toEqual({ p_ana: 'disagree', p_bo: 'agree' });
      expect(readPeople(doc)).toEqual({ p_ana: 'Ana', p_bo: 'Bo' });
    }
  });

  it('reads votes written in a shape it does not know as no votes', () => {
    const doc = docFromMap(sampleMap());
    (votesOf(doc) as unknown as Y.Map<unknown>).set('firm1', 'agree');
    const m = new Y.Map<string>();
    votesOf(doc).set('uni', m as never);
    m.set('p_x', 'perhaps');
    m.set('p_y', 'agree');
    expect(readVotes(doc, 'firm1')).toEqual({});
    expect(readVotes(doc, 'uni')).toEqual({ p_y: 'agree' });
  });
});

describe('preparing threads', () => {
  it('creates each missing container once and then writes nothing', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', ana, 'agree');
    expect(prepareThreads(doc, ['firm1', 't1'])).toBe(3);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(prepareThreads(doc, ['firm1', 't1'])).toBe(0);
    expect(updates).toBe(0);
    // An existing vote survives, and empty containers are not "discussion".
    expect(readVotes(doc, 'firm1')).toEqual({ p_ana: 'agree' });
    expect([...readDiscussion(doc).keys()]).toEqual(['firm1']);
  });

  it('keeps both first comments written concurrently on two replicas', () => {
    const a = docFromMap(sampleMap());
    prepareThreads(a, ['uni']);
    const b = new Y.Doc();
    sync(a, b);
    post(a, 'uni', ana, 'from a');
    post(b, 'uni', li, 'from b');
    sync(a, b);
    expect(readComments(a, 'uni').map((c) => c.text).sort()).toEqual(['from a', 'from b']);
    expect(readComments(b, 'uni')).toEqual(readComments(a, 'uni'));
  });
});

describe('comments', () => {
  it('keeps them in order with the newest last, Chinese text intact', () => {
    const doc = docFromMap(sampleMap());
    post(doc, 'firm1', ana, '  Is this really local?  ');
    post(doc, 'firm1', li, '是的，工厂在光谷。\n第二行');
    const comments = readComments(doc, 'firm1');
    expect(comments.map((c) => c.text)).toEqual(['Is this really local?', '是的，工厂在光谷。\n第二行']);
    expect(comments.map((c) => c.author)).toEqual(['p_ana', 'p_li']);
    expect(comments[0].at).toBeLessThan(comments[1].at);
    expect(readPeople(doc)).toEqual({ p_ana: 'Ana', p_li: '李伟' });
  });

  it('refuses empty and too long comments with a clear message and keeps the thread as it was', () => {
    const doc = docFromMap(sampleMap());
    expect(() => post(doc, 'firm1', ana, '   \n ')).toThrow(/empty/);
    expect(() => post(doc, 'firm1', ana, 'x'.repeat(MAX_COMMENT_LENGTH + 1))).toThrow(new RegExp(`limit is ${MAX_COMMENT_LENGTH}`));
    expect(commentsOf(doc).has('firm1')).toBe(false);
    // Characters, not UTF-16 units: 500 Chinese characters (or emoji) are within the limit.
    expect(checkComment('光'.repeat(MAX_COMMENT_LENGTH)).ok).toBe(true);
    expect(checkComment('😀'.repeat(MAX_COMMENT_LENGTH)).ok).toBe(true);
    expect(checkComment('a\r\nb')).toEqual({ ok: true, text: 'a\nb' });
  });

  it('skips entries written in a shape it does not know', () => {
    const doc = docFromMap(sampleMap());
    post(doc, 'uni', ana, 'fine');
    commentsOf(doc).get('uni')!.push([{ id: 'x', text: 'no author' } as never]);
    expect(readComments(doc, 'uni').map((c) => c.text)).toEqual(['fine']);
  });

  it('arrives on another replica', () => {
    const a = docFromMap(sampleMap());
    const b = new Y.Doc();
    sync(a, b);
    post(a, 't2', ana, 'Captive, not relational');
    sync(a, b);
    expect(readComments(b, 't2').map((c) => c.text)).toEqual(['Captive, not relational']);
  });
});

describe('people directory', () => {
  it('keeps the latest name and writes nothing when it is unchanged', () => {
    const doc = new Y.Doc();
    rememberPerson(doc, ana);
    let updates = 0;
    doc.on('update', () => updates++);
    rememberPerson(doc, ana);
    expect(updates).toBe(0);
    rememberPerson(doc, { id: 'p_ana', name: '  Ana María  ' });
    expect(readPeople(doc)).toEqual({ p_ana: 'Ana María' });
    rememberPerson(doc, { id: 'p_long', name: 'n'.repeat(100) });
    expect(readPeople(doc).p_long).toHaveLength(40);
    expect(() => rememberPerson(doc, { id: '', name: 'x' })).toThrow(/id/);
  });

  it('is not part of the interchange format', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', ana, 'agree');
    post(doc, 'firm1', ana, 'hello');
    const json = JSON.stringify(toMapDocument(readMap(doc).map));
    expect(json).not.toContain('p_ana');
    expect(json).not.toContain('hello');
    expect(peopleOf(doc).size).toBe(1);
  });
});

describe('deleting elements takes their discussion with them', () => {
  it('deleting an actor removes its votes and comments and those of its ties', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', ana, 'disagree');
    castVote(doc, 't1', ana, 'agree');
    castVote(doc, 'uni', ana, 'agree');
    post(doc, 'firm1', li, 'why?');
    post(doc, 't2', li, 'which buyer?');
    deleteActor(doc, 'firm1');
    expect([...readDiscussion(doc).keys()]).toEqual(['uni']);
  });

  it('deleting a tie removes its discussion only', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 't1', bo, 'unsure');
    post(doc, 'firm1', li, 'keep');
    deleteTie(doc, 't1');
    expect([...readDiscussion(doc).keys()]).toEqual(['firm1']);
  });

  it('an import drops every vote and comment', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', ana, 'agree');
    post(doc, 'uni', ana, 'x');
    replaceMap(doc, sampleMap());
    expect(readDiscussion(doc).size).toBe(0);
  });
});

describe('to discuss', () => {
  function scene() {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', ana, 'disagree');
    castVote(doc, 'firm1', li, 'agree');
    castVote(doc, 'uni', li, 'agree');
    post(doc, 'uni', li, 'one');
    post(doc, 'uni', li, 'two');
    post(doc, 't1', ana, 'mine');
    castVote(doc, 'buyer', bo, 'unsure');
    return doc;
  }
  const all = () => true;

  it('lists contested elements first, then those with comments I have not read', () => {
    const items = toDiscuss(readDiscussion(scene()), {}, 'p_ana', all);
    expect(items).toEqual([
      { id: 'firm1', status: 'contested', comments: 0, unread: 0 },
      { id: 'uni', status: 'agreed', comments: 2, unread: 2 },
    ]);
  });

  it('my own comments are never unread, and read comments drop out', () => {
    const d = readDiscussion(scene());
    expect(toDiscuss(d, { uni: 1 }, 'p_ana', all).find((i) => i.id === 'uni')?.unread).toBe(1);
    expect(toDiscuss(d, { uni: 2 }, 'p_ana', all).map((i) => i.id)).toEqual(['firm1']);
    // Li wrote the comments on uni; Ana's comment on t1 is new to Li.
    expect(toDiscuss(d, {}, 'p_li', all).map((i) => i.id)).toEqual(['firm1', 't1']);
  });

  it('leaves out elements that no longer exist', () => {
    expect(toDiscuss(readDiscussion(scene()), {}, 'p_ana', (id) => id !== 'firm1').map((i) => i.id)).toEqual(['uni']);
  });
});
