import { describe, expect, it } from 'vitest';
import { deleteScope, othersIn } from '../../../lib/activity/delete-scope';
import type { Actor, Tie } from '../../../lib/map/types';

// What a delete takes with it, and whose it is: the confirmation before deleting someone else's work.

const actor = (id: string, createdBy = 'p_ana'): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [], createdBy });
const tie = (id: string, source: string, target: string): Tie => ({ id, source, target, kind: 'knowledge', directed: true, strength: 3, tacit: true, createdBy: 'p_bo' });

describe('deleteScope and othersIn', () => {
  it('a selected actor takes its ties; what others made (or nobody) is named, one’s own is not', () => {
    const map = {
      actors: [actor('a_hw', 'p_ana'), actor('a_1', 'p_li'), { ...actor('a_2'), createdBy: undefined }],
      ties: [{ ...tie('t_1', 'a_1', 'a_hw'), createdBy: 'p_li' }, tie('t_2', 'a_2', 'a_1')],
    };
    const scope = deleteScope(map, ['a_hw']);
    expect(scope.actors.map((a) => a.id)).toEqual(['a_hw']);
    expect(scope.ties.map((t) => t.id)).toEqual(['t_1']);
    expect(othersIn(scope, 'p_li').map((o) => [o.element.id, o.by])).toEqual([['a_hw', 'p_ana']]);
    expect(othersIn(deleteScope(map, ['a_1']), 'p_li').map((o) => [o.element.id, o.by])).toEqual([['t_2', 'p_bo']]);
    expect(othersIn(deleteScope(map, ['a_2']), 'p_li').map((o) => [o.element.id, o.by])).toEqual([['a_2', null], ['t_2', 'p_bo']]);
    expect(othersIn(deleteScope(map, ['t_1']), 'p_li')).toEqual([]);
  });
});
