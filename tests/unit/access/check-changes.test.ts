import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChanges, type Writer } from '../../../lib/access/check-changes';
import { may, PERMISSIONS, refusalFor } from '../../../lib/access/permissions';
import { castVote, commentsOf, decisionsOf, deleteComment, editComment, peopleOf, postComment, setDecision, votesOf } from '../../../lib/map/discussion';
import { EDITING_MODES, ROLES, type Actor, type EditingMode } from '../../../lib/map/types';
import { addActor, metaOf, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { pair, updateOf } from '../sync/update-fixtures';

// The one write check (docs/architecture.md "Who may change what", docs/protocol.md P14).

const facilitator: Writer = { role: 'facilitator', participant: 'p_fac' };
const ana: Writer = { role: 'participant', participant: 'p_ana' };
const bo: Writer = { role: 'participant', participant: 'p_bo' };
const observer: Writer = { role: 'observer', participant: 'p_obs' };

const actor: Actor = { id: 'a_1', label: 'Firm', type: 'firm', scope: 'local', stages: [] };

function base(d: Y.Doc) {
  addActor(d, { ...actor });
  castVote(d, 'a_1', 'p_ana', 'agree');
  postComment(d, 'a_1', 'p_ana', 'by Ana', { id: 'c_ana', at: 1 });
  setDecision(d, 'a_1', { value: 'parked', by: 'p_fac', at: 1 });
  updateMeta(d, { title: 'T', phase: 'review' });
}

/** The check's verdict on `change` made by `writer` while the map is `editing`. */
function verdict(writer: Writer, change: (d: Y.Doc) => void, editing: EditingMode = 'open') {
  const { replica, client } = pair(base);
  const analysis = analyseUpdate(replica, updateOf(client, change));
  if (!analysis.ok) throw new Error(analysis.reason);
  return checkChanges(writer, editing, analysis.changes)?.reason ?? 'allowed';
}

describe('may: who may do what, in each editing mode', () => {
  it('facilitators may do everything, observers nothing', () => {
    for (const editing of EDITING_MODES) {
      for (const p of PERMISSIONS) {
        expect(may({ role: 'facilitator' }, editing, p)).toBe(true);
        expect(may({ role: 'observer' }, editing, p)).toBe(false);
      }
    }
  });

  it('participants edit the map only while open, and vote and comment unless paused', () => {
    expect(['open', 'frozen', 'paused'].map((e) => may({ role: 'participant' }, e as EditingMode, 'editMap'))).toEqual([true, false, false]);
    expect(['open', 'frozen', 'paused'].map((e) => may({ role: 'participant' }, e as EditingMode, 'discuss'))).toEqual([true, true, false]);
    for (const p of ['moderate', 'decide', 'steer', 'checkpoint', 'restore'] as const) expect(may({ role: 'participant' }, 'open', p)).toBe(false);
  });

  it('says why in a sentence that ends by saying nothing was saved', () => {
    for (const role of ROLES)
      for (const editing of EDITING_MODES)
        for (const p of PERMISSIONS) {
          const refusal = refusalFor({ role }, editing, p);
          if (refusal) expect(refusal.message).toMatch(/this change was not saved$/);
        }
    expect(refusalFor({ role: 'participant' }, 'frozen', 'editMap')?.reason).toBe('frozen');
    expect(refusalFor({ role: 'participant' }, 'paused', 'discuss')?.reason).toBe('paused');
  });
});

describe('checkChanges: votes', () => {
  it('a participant casts, changes and withdraws only their own vote', () => {
    expect(verdict(bo, (d) => castVote(d, 'a_1', 'p_bo', 'disagree'))).toBe('allowed');
    expect(verdict(ana, (d) => castVote(d, 'a_1', 'p_ana', 'unsure'))).toBe('allowed');
    expect(verdict(ana, (d) => castVote(d, 'a_1', 'p_ana', null))).toBe('allowed');
    expect(verdict(bo, (d) => castVote(d, 'a_1', 'p_ana', 'disagree'))).toBe('not_yours');
    expect(verdict(bo, (d) => castVote(d, 'a_1', 'p_ana', null))).toBe('not_yours');
    // Not even the facilitator votes for someone else.
    expect(verdict(facilitator, (d) => castVote(d, 'a_1', 'p_ana', null))).toBe('not_yours');
  });

  it('refuses a vote key or value that is not one', () => {
    expect(verdict(ana, (d) => votesOf(d).set('a_1', 'agree'))).toBe('bad_entry');
    expect(verdict(ana, (d) => votesOf(d).set('a_1:p_ana', 'perhaps'))).toBe('bad_entry');
    expect(verdict(ana, (d) => votesOf(d).set('a_1:p_ana', new Y.Map()))).toBe('bad_entry');
  });

  it('votes stay open while the map is frozen, and close when the workshop is paused', () => {
    expect(verdict(bo, (d) => castVote(d, 'a_1', 'p_bo', 'agree'), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => castVote(d, 'a_1', 'p_bo', 'agree'), 'paused')).toBe('paused');
    expect(verdict(observer, (d) => castVote(d, 'a_1', 'p_obs', 'agree'))).toBe('observer');
  });
});

describe('checkChanges: comments', () => {
  it('a participant posts only as themself, and edits or deletes only their own', () => {
    const post = (author: string) => (d: Y.Doc) => postComment(d, 'a_1', author, 'hi', { id: 'c_new', at: 2 });
    expect(verdict(bo, post('p_bo'))).toBe('allowed');
    expect(verdict(bo, post('p_ana'))).toBe('not_yours');
    expect(verdict(ana, (d) => editComment(d, 'c_ana', 'edited', 3))).toBe('allowed');
    expect(verdict(bo, (d) => editComment(d, 'c_ana', 'edited', 3))).toBe('not_yours');
    expect(verdict(bo, (d) => commentsOf(d).set('c_ana', { id: 'c_ana', element: 'a_1', author: 'p_bo', text: 'taken over', at: 3 }))).toBe('not_yours');
    expect(verdict(ana, (d) => deleteComment(d, 'c_ana'))).toBe('allowed');
    expect(verdict(bo, (d) => deleteComment(d, 'c_ana'))).toBe('not_yours');
  });

  it('the facilitator may delete anyone’s comment but not rewrite it', () => {
    expect(verdict(facilitator, (d) => deleteComment(d, 'c_ana'))).toBe('allowed');
    expect(verdict(facilitator, (d) => editComment(d, 'c_ana', 'softened', 3))).toBe('not_yours');
  });

  it('refuses entries that are not comments, or filed under another id', () => {
    expect(verdict(ana, (d) => commentsOf(d).set('c_x', { id: 'c_y', element: 'a_1', author: 'p_ana', text: 'x', at: 1 }))).toBe('bad_entry');
    expect(verdict(ana, (d) => commentsOf(d).set('c_x', { id: 'c_x', element: 'a_1', author: 'p_ana', text: 'x'.repeat(501), at: 1 }))).toBe('bad_entry');
    expect(verdict(ana, (d) => commentsOf(d).set('c_x', 'just text'))).toBe('bad_entry');
  });

  it('comments stay open while frozen', () => {
    expect(verdict(bo, (d) => postComment(d, 'a_1', 'p_bo', 'still open', { id: 'c_f', at: 2 }), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => postComment(d, 'a_1', 'p_bo', 'closed', { id: 'c_p', at: 2 }), 'paused')).toBe('paused');
  });
});

describe('checkChanges: the map, decisions, settings and the rest', () => {
  it('participants edit the map only while editing is open', () => {
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { label: 'New name', x: 5 }))).toBe('allowed');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { x: 5 }), 'frozen')).toBe('frozen');
    expect(verdict(ana, (d) => addActor(d, { ...actor, id: 'a_2' }), 'paused')).toBe('paused');
    expect(verdict(ana, (d) => updateMeta(d, { cluster: 'Optics' }), 'frozen')).toBe('frozen');
    expect(verdict(facilitator, (d) => updateActor(d, 'a_1', { x: 5 }), 'paused')).toBe('allowed');
  });

  it('decisions are the facilitator’s, recorded under their own id', () => {
    expect(verdict(facilitator, (d) => setDecision(d, 'a_1', { value: 'agreed', reason: 'all agree', by: 'p_fac', at: 2 }))).toBe('allowed');
    expect(verdict(facilitator, (d) => setDecision(d, 'a_1', null))).toBe('allowed');
    expect(verdict(facilitator, (d) => setDecision(d, 'a_1', { value: 'agreed', by: 'p_other', at: 2 }))).toBe('not_yours');
    expect(verdict(ana, (d) => setDecision(d, 'a_1', { value: 'agreed', by: 'p_ana', at: 2 }))).toBe('facilitator_only');
    expect(verdict(ana, (d) => decisionsOf(d).delete('a_1'))).toBe('facilitator_only');
  });

  it('facilitator settings are the facilitator’s, and the refusal names each one', () => {
    const { replica, client } = pair(base);
    const analysis = analyseUpdate(replica, updateOf(client, (d) => updateMeta(d, { editing: 'open', quorum: 1, weights: { I1: 1 } })));
    expect(analysis.ok && checkChanges(ana, 'open', analysis.changes)?.message).toBe(
      "Only the facilitator may change the workshop's editing switch, quorum, scoring weights; this change was not saved",
    );
    expect(verdict(facilitator, (d) => updateMeta(d, { editing: 'frozen', threshold: 0.75 }))).toBe('allowed');
  });

  it('nobody writes the people directory, unknown meta keys or unknown parts of the document', () => {
    expect(verdict(facilitator, (d) => peopleOf(d).set('p_fac', { name: 'Boss', color: '#1d4ed8', role: 'facilitator' }))).toBe('server_only');
    expect(verdict(facilitator, (d) => metaOf(d).set('secretFlag', true))).toBe('unknown_part');
    expect(verdict(facilitator, (d) => d.getMap('scenariosOfMine').set('x', 1))).toBe('unknown_part');
    expect(verdict(facilitator, (d) => d.getArray('actors2').push([1]))).toBe('unknown_part');
  });

  it('observers write nothing at all', () => {
    expect(verdict(observer, (d) => updateActor(d, 'a_1', { x: 1 }))).toBe('observer');
    expect(verdict(observer, (d) => postComment(d, 'a_1', 'p_obs', 'hi', { id: 'c_o', at: 1 }))).toBe('observer');
  });
});

describe('open votes during a secret round (P18)', () => {
  const during = (writer: Writer, change: (d: Y.Doc) => void, round: string[]) => {
    const { replica, client } = pair(base);
    const analysis = analyseUpdate(replica, updateOf(client, change));
    if (!analysis.ok) throw new Error(analysis.reason);
    let asked = 0;
    const reason = checkChanges(writer, 'open', analysis.changes, undefined, undefined, () => (asked++, new Set(round)))?.reason ?? 'allowed';
    return { reason, asked };
  };

  it('P18: refuses an open vote on an element of the open round, allows withdrawing one and voting elsewhere', () => {
    expect(during(bo, (d) => castVote(d, 'a_1', 'p_bo', 'agree'), ['a_1'])).toEqual({ reason: 'secret_round', asked: 1 });
    expect(during(bo, (d) => castVote(d, 'a_2', 'p_bo', 'agree'), ['a_1']).reason).toBe('allowed');
    expect(during(ana, (d) => castVote(d, 'a_1', 'p_ana', null), ['a_1']).reason).toBe('allowed');
    expect(during(facilitator, (d) => castVote(d, 'a_1', 'p_fac', 'disagree'), ['a_1']).reason).toBe('secret_round');
    // The round's elements are asked for only when the update casts a vote.
    expect(during(bo, (d) => updateActor(d, 'a_1', { label: 'Renamed' }), ['a_1'])).toEqual({ reason: 'allowed', asked: 0 });
  });
});
