import { describe, expect, it } from 'vitest';
import { AGREEMENT_DEFAULTS, agreedMap, agreementOf, agreementRules, elementStatus, ruleProblem, tally, voteStatus } from '../../../lib/map/agreement';
import { emptyDiscussion, type Discussion } from '../../../lib/map/discussion';
import { toDiscuss } from '../../../lib/map/to-discuss';
import type { VoteValue } from '../../../lib/map/types';
import { sampleMap } from './fixtures';

// The agreement rules (docs/architecture.md "Agreement"), with n = votes cast: too few when n < quorum;
// agreed when agree/n ≥ threshold; else contested when anyone disagrees; else open. A decision overrides.

const votes = (...values: VoteValue[]) => Object.fromEntries(values.map((v, i) => [`p_${i}`, v]));
const rules = { quorum: 3, threshold: 2 / 3 };

describe('status from the votes', () => {
  it('needs a quorum before the votes say anything', () => {
    expect(voteStatus(tally({}), rules)).toBe('too_few');
    expect(voteStatus(tally(votes('agree', 'agree')), rules)).toBe('too_few');
    expect(voteStatus(tally(votes('disagree', 'disagree')), rules)).toBe('too_few');
    expect(voteStatus(tally(votes('agree', 'agree', 'agree')), rules)).toBe('agreed');
  });

  it('is agreed at the threshold share of agree votes, even with one disagreement', () => {
    expect(voteStatus(tally(votes('agree', 'agree', 'disagree')), rules)).toBe('agreed');
    expect(voteStatus(tally(votes('agree', 'disagree', 'disagree')), rules)).toBe('contested');
    expect(voteStatus(tally(votes('agree', 'unsure', 'unsure')), rules)).toBe('open');
    expect(voteStatus(tally(votes('agree', 'agree', 'unsure', 'disagree')), { quorum: 3, threshold: 0.75 })).toBe('contested');
    expect(voteStatus(tally(votes('agree', 'agree', 'agree', 'disagree')), { quorum: 3, threshold: 0.75 })).toBe('agreed');
  });

  it('one vote is not enough under the defaults', () => {
    expect(AGREEMENT_DEFAULTS).toEqual({ quorum: 3, threshold: 2 / 3 });
    expect(voteStatus(tally(votes('agree')), AGREEMENT_DEFAULTS)).toBe('too_few');
  });

  it("lets the facilitator's decision override the votes", () => {
    const contested = tally(votes('disagree', 'disagree', 'disagree'));
    expect(elementStatus(contested, { value: 'agreed', by: 'p_f', at: 1 }, rules)).toBe('agreed');
    expect(elementStatus(tally(votes('agree', 'agree', 'agree')), { value: 'rejected', by: 'p_f', at: 1 }, rules)).toBe('rejected');
    expect(elementStatus(tally({}), { value: 'parked', by: 'p_f', at: 1 }, rules)).toBe('parked');
  });

  it('reads the rules from the map, falling back to the defaults for unusable values', () => {
    expect(agreementRules({})).toEqual(AGREEMENT_DEFAULTS);
    expect(agreementRules({ quorum: 5, threshold: 0.5 })).toEqual({ quorum: 5, threshold: 0.5 });
    expect(agreementRules({ quorum: 0, threshold: 1.5 })).toEqual(AGREEMENT_DEFAULTS);
    expect(agreementRules({ quorum: 2.5, threshold: 0 })).toEqual(AGREEMENT_DEFAULTS);
    expect(ruleProblem('quorum', 2)).toBeNull();
    expect(ruleProblem('quorum', 0)).toMatch(/at least 1/);
    expect(ruleProblem('threshold', 1)).toBeNull();
    expect(ruleProblem('threshold', 0)).toMatch(/above 0/);
  });
});

describe('the agreement of a map', () => {
  function discussion(): Discussion {
    return {
      ...emptyDiscussion(),
      votes: {
        firm1: votes('agree', 'agree', 'agree'),
        uni: votes('agree', 'agree', 'agree'),
        t1: votes('agree', 'agree', 'agree'),
        buyer: votes('disagree', 'disagree', 'agree'),
        gone: votes('agree', 'agree', 'agree'),
      },
      decisions: { t2: { value: 'agreed', reason: 'the buyer confirmed', by: 'p_f', at: 1 } },
    };
  }

  it('gives every actor and tie a status, counts them and ignores vanished elements', () => {
    const a = agreementOf(sampleMap(), discussion());
    expect(a.elements.map((e) => [e.id, e.kind, e.status, e.decided])).toEqual([
      ['buyer', 'actor', 'contested', false],
      ['firm1', 'actor', 'agreed', false],
      ['uni', 'actor', 'agreed', false],
      ['t1', 'tie', 'agreed', false],
      ['t2', 'tie', 'agreed', true],
    ]);
    expect(a.total).toBe(5);
    expect(a.settled).toBe(4);
    expect(a.counts).toMatchObject({ agreed: 4, contested: 1, too_few: 0 });
    expect(a.elements.find((e) => e.id === 't2')?.decision?.reason).toBe('the buyer confirmed');
  });

  it('the agreed map keeps agreed actors and the agreed ties between two of them', () => {
    const agreed = agreedMap(sampleMap(), discussion());
    expect(agreed.actors.map((a) => a.id)).toEqual(['firm1', 'uni']);
    // t2 is agreed by decision, but its buyer end is contested, so it cannot belong.
    expect(agreed.ties.map((t) => t.id)).toEqual(['t1']);
    expect(agreed.stages).toEqual(sampleMap().stages);
    expect(agreed.meta).toEqual(sampleMap().meta);
  });

  it('uses the quorum and threshold the map carries', () => {
    const map = { ...sampleMap(), meta: { ...sampleMap().meta, quorum: 4 } };
    expect(agreedMap(map, discussion()).actors).toEqual([]);
  });
});

describe('to discuss', () => {
  it('lists contested elements first, then those with comments I have not read', () => {
    const map = sampleMap();
    const d: Discussion = { ...emptyDiscussion(), votes: { firm1: votes('disagree', 'disagree', 'agree') } };
    const comments = new Map([
      ['uni', [
        { id: 'c1', element: 'uni', author: 'p_li', text: 'one', at: 1 },
        { id: 'c2', element: 'uni', author: 'p_li', text: 'two', at: 2 },
      ]],
      ['t1', [{ id: 'c3', element: 't1', author: 'p_ana', text: 'mine', at: 3 }]],
      ['vanished', [{ id: 'c4', element: 'vanished', author: 'p_li', text: 'gone', at: 4 }]],
    ]);
    const agreement = agreementOf(map, d);
    expect(toDiscuss(agreement, comments, {}, 'p_ana')).toEqual([
      { id: 'firm1', status: 'contested', comments: 0, unread: 0 },
      { id: 'uni', status: 'too_few', comments: 2, unread: 2 },
    ]);
    expect(toDiscuss(agreement, comments, { uni: 1 }, 'p_ana').find((i) => i.id === 'uni')?.unread).toBe(1);
    expect(toDiscuss(agreement, comments, { uni: 2 }, 'p_ana').map((i) => i.id)).toEqual(['firm1']);
    expect(toDiscuss(agreement, comments, {}, 'p_li').map((i) => i.id)).toEqual(['firm1', 't1']);
  });
});
