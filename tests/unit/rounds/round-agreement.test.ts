import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agreedMap, agreementOf, tallyOfCounts } from '../../../lib/map/agreement';
import { emptyDiscussion, readDiscussion } from '../../../lib/map/discussion';
import { countBallots, openRound, readRounds, roundTallies, writeRound, type RoundRecord } from '../../../lib/map/rounds';
import type { ClusterMap } from '../../../lib/map/types';

// A closed secret round's tallies replace the open votes of its elements in the agreement (docs/protocol.md
// P18, lib/map/agreement.ts): the quorum and the threshold read the tally as they read votes.

const map: ClusterMap = {
  meta: { title: 'Optics Valley', quorum: 3 },
  stages: [],
  actors: [
    { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [] },
    { id: 'a_yofc', label: 'YOFC', type: 'firm', scope: 'local', stages: [] },
  ],
  ties: [{ id: 't_lab', source: 'a_hust', target: 'a_yofc', kind: 'knowledge', directed: false, strength: 3, tacit: true }],
} as ClusterMap;

const round = (over: Partial<RoundRecord>): RoundRecord => ({ id: 'r_1', elements: ['a_hust'], openedAt: 1, openedBy: 'p_fac', ...over });

describe('agreement with secret-round tallies (P18)', () => {
  it('P18: a tally replaces the open votes: quorum and threshold over the tally', () => {
    const discussion = {
      ...emptyDiscussion(),
      // Open votes say agreed; the secret round says otherwise.
      votes: { a_hust: { p_1: 'agree', p_2: 'agree', p_3: 'agree' }, a_yofc: { p_1: 'agree', p_2: 'agree', p_3: 'agree' } } as const,
      tallies: { a_hust: { agree: 1, disagree: 3, unsure: 0 }, t_lab: { agree: 2, disagree: 0, unsure: 0 } },
    };
    const byId = Object.fromEntries(agreementOf(map, discussion).elements.map((e) => [e.id, e]));
    expect(byId.a_hust).toMatchObject({ status: 'contested', secret: true, tally: { agree: 1, disagree: 3, unsure: 0, total: 4 } });
    expect(byId.a_yofc).toMatchObject({ status: 'agreed', tally: { total: 3 } });
    expect(byId.a_yofc.secret).toBeUndefined();
    // Two agree of two cast, below the quorum of 3.
    expect(byId.t_lab).toMatchObject({ status: 'too_few', secret: true });
    expect(agreedMap(map, discussion).actors.map((a) => a.id)).toEqual(['a_yofc']);
    expect(tallyOfCounts({ agree: 3, disagree: 0, unsure: 1 })).toEqual({ agree: 3, disagree: 0, unsure: 1, total: 4 });
  });

  it('P18: the newest closed round that held an element decides; an open round decides nothing yet', () => {
    const rounds = [
      round({ id: 'r_old', closedAt: 10, elements: ['a_hust', 'a_yofc'], tallies: { a_hust: { agree: 0, disagree: 4, unsure: 0 }, a_yofc: { agree: 4, disagree: 0, unsure: 0 } } }),
      round({ id: 'r_new', openedAt: 20, closedAt: 30, tallies: { a_hust: { agree: 4, disagree: 0, unsure: 0 } } }),
      round({ id: 'r_open', openedAt: 40, elements: ['a_yofc'] }),
    ];
    expect(roundTallies(rounds)).toEqual({ a_hust: { agree: 4, disagree: 0, unsure: 0 }, a_yofc: { agree: 4, disagree: 0, unsure: 0 } });
    expect(openRound(rounds)?.id).toBe('r_open');
  });

  it('P18: counts one ballot per person and element; readDiscussion reads the tallies the server wrote', () => {
    expect(countBallots(['a_hust', 'a_yofc'], [{ elementId: 'a_hust', value: 'agree' }, { elementId: 'a_hust', value: 'unsure' }, { elementId: 'a_gone', value: 'agree' }])).toEqual({
      a_hust: { agree: 1, disagree: 0, unsure: 1 },
      a_yofc: { agree: 0, disagree: 0, unsure: 0 },
    });
    const doc = new Y.Doc();
    expect(readDiscussion(doc).tallies).toBeUndefined();
    writeRound(doc, round({ closedAt: 5, tallies: { a_hust: { agree: 2, disagree: 1, unsure: 0 } } }));
    // A record of the wrong shape is skipped by every reader.
    doc.getMap('rounds').set('r_bad', { id: 'r_bad', elements: 'all' });
    expect(readRounds(doc).map((r) => r.id)).toEqual(['r_1']);
    expect(readDiscussion(doc).tallies).toEqual({ a_hust: { agree: 2, disagree: 1, unsure: 0 } });
    expect(() => writeRound(doc, { id: 'r_x' } as RoundRecord)).toThrow(/not a round/);
  });
});
