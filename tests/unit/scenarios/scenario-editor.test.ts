import { describe, expect, it } from 'vitest';
import type { Actor, ClusterMap, Tie } from '../../../lib/map/types';
import { docFromMap, readMap } from '../../../lib/map/ydoc';
import { createScenario, readScenario } from '../../../lib/scenarios';
import { scenarioEditor } from '../../../app/_components/scenarios/scenarioEditor';

// The canvas's editor in scenario mode (docs/architecture.md "What-if scenarios"): every edit goes into the
// scenario, none into the live map.

const actor = (id: string): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [], x: 0, y: 0 });
const tie = (id: string, source: string, target: string): Tie => ({ id, source, target, kind: 'knowledge', directed: true, strength: 2, tacit: false });
const base: ClusterMap = { meta: { title: 'T' }, stages: [], actors: [actor('a'), actor('b'), actor('c')], ties: [tie('t1', 'a', 'b')] };

describe('scenarioEditor', () => {
  it('plans actors, ties, removals and changes, and never writes the live map', () => {
    const doc = docFromMap(base);
    const live = readMap(doc).map;
    const sid = createScenario(doc, { name: 'S', at: 1 });
    const edit = () => scenarioEditor(doc, readScenario(doc, sid)!, new Set(['t1']), 'p_me');
    const lab = edit().addActorAt({ x: 10.4, y: 20.6 }, { label: 'Lab' });
    const planned = edit().connect('a', lab, 'knowledge')!;
    edit().updateTie('t1', { strength: 3, source: 'c' });
    edit().deleteElements(['a', 't1']);
    edit().moveActors({ a: { x: 99, y: 99 }, [lab]: { x: 5, y: 6 } });
    edit().addStage('Nothing');
    expect(readMap(doc).map).toEqual(live);
    const s = readScenario(doc, sid)!;
    expect(s.actors).toEqual([{ id: lab, label: 'Lab', type: 'firm', scope: 'local', stages: [], x: 5, y: 6, createdBy: 'p_me' }]);
    expect(s.ties).toEqual([{ ...tie(planned, 'a', lab), createdBy: 'p_me' }]);
    expect(s.removeTies).toEqual(['t1']);
    expect(s.changeTies).toEqual([{ id: 't1', strength: 3 }]);
    // Deleting a removed tie again keeps it; deleting a planned actor unplans it with its planned ties.
    edit().deleteElements(['t1', lab]);
    expect(readScenario(doc, sid)).toMatchObject({ actors: [], ties: [], removeTies: [] });
  });
});
