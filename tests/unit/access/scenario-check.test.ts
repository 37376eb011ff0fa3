import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChanges, type Writer } from '../../../lib/access/check-changes';
import { may } from '../../../lib/access/permissions';
import { MAP_LIMITS } from '../../../lib/map/limits';
import type { Actor, EditingMode, Tie } from '../../../lib/map/types';
import { addActor, addTie, DOC_KEYS } from '../../../lib/map/ydoc';
import { adoptScenario, createScenario, deleteScenario, planActor, planTie, planTieChange, planTieRemoval, renameScenario, scenarioFacts } from '../../../lib/scenarios';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { pair, updateOf } from '../sync/update-fixtures';

// docs/protocol.md P19 — what the write check allows in the `scenarios` root.

const facilitator: Writer = { role: 'facilitator', participant: 'p_fac' };
const bo: Writer = { role: 'participant', participant: 'p_bo' };
const observer: Writer = { role: 'observer', participant: 'p_obs' };

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [], ...extra });
const tie = (id: string, source: string, target: string, extra: Partial<Tie> = {}): Tie => ({ id, source, target, kind: 'knowledge', directed: false, strength: 2, tacit: false, ...extra });

function base(d: Y.Doc) {
  addActor(d, actor('a'));
  addActor(d, actor('b'));
  addTie(d, tie('t1', 'a', 'b'));
  createScenario(d, { id: 'x_ana', name: 'Ana’s plan', createdBy: 'p_ana', at: 1, actors: [actor('lab', { createdBy: 'p_ana' })] });
}

function verdict(writer: Writer, change: (d: Y.Doc) => void, editing: EditingMode = 'open', setup: (d: Y.Doc) => void = base) {
  const { replica, client } = pair(setup);
  const analysis = analyseUpdate(replica, updateOf(client, change));
  if (!analysis.ok) throw new Error(analysis.reason);
  return checkChanges(writer, editing, analysis.changes, undefined, scenarioFacts(replica))?.reason ?? 'allowed';
}

describe('P19 — Scenarios: who may plan', () => {
  it('anyone who may edit plans, also while the map is frozen; nobody while paused but the facilitator; observers never', () => {
    expect((['open', 'frozen', 'paused'] as const).map((e) => may({ role: 'participant' }, e, 'plan'))).toEqual([true, true, false]);
    const open = (d: Y.Doc) => createScenario(d, { name: 'S', createdBy: 'p_bo', at: 2 });
    expect(verdict(bo, open)).toBe('allowed');
    expect(verdict(bo, open, 'frozen')).toBe('allowed');
    expect(verdict(bo, open, 'paused')).toBe('paused');
    expect(verdict(facilitator, (d) => createScenario(d, { name: 'S', createdBy: 'p_fac', at: 2 }), 'paused')).toBe('allowed');
    expect(verdict(observer, open)).toBe('observer');
  });

  it('while frozen a participant changes a scenario but not the live map', () => {
    expect(verdict(bo, (d) => planTie(d, 'x_ana', tie('p1', 'a', 'lab', { createdBy: 'p_bo' })), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => planTieRemoval(d, 'x_ana', 't1'), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => planTieChange(d, 'x_ana', 't1', { strength: 3, tacit: true }), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => renameScenario(d, 'x_ana', 'Our plan'), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => addActor(d, actor('c')), 'frozen')).toBe('frozen');
  });

  it('only the facilitator adopts: adopting writes the live map, which a participant may not do while frozen', () => {
    expect(may({ role: 'participant' }, 'open', 'adopt')).toBe(false);
    expect(verdict(facilitator, (d) => adoptScenario(d, 'x_ana', 'p_fac'), 'frozen')).toBe('allowed');
    expect(verdict(bo, (d) => adoptScenario(d, 'x_ana', 'p_bo'), 'frozen')).toBe('frozen');
  });

  it('discarding is deleting the scenario', () => {
    expect(verdict(bo, (d) => deleteScenario(d, 'x_ana'), 'frozen')).toBe('allowed');
  });
});

describe('P19 — Scenarios: who made what', () => {
  it('a scenario is opened only as oneself, and who opened it never changes', () => {
    expect(verdict(bo, (d) => createScenario(d, { name: 'S', createdBy: 'p_ana', at: 2 }))).toBe('not_yours');
    expect(verdict(bo, (d) => createScenario(d, { name: 'S', at: 2 }))).toBe('allowed');
    expect(verdict(bo, (d) => (d.getMap(DOC_KEYS.scenarios).get('x_ana') as Y.Map<unknown>).set('createdBy', 'p_bo'))).toBe('not_yours');
    expect(verdict(facilitator, (d) => (d.getMap(DOC_KEYS.scenarios).get('x_ana') as Y.Map<unknown>).delete('createdBy'))).toBe('not_yours');
  });

  it('planned elements carry createdBy like live ones', () => {
    expect(verdict(bo, (d) => planActor(d, 'x_ana', actor('c', { createdBy: 'p_ana' })))).toBe('not_yours');
    expect(verdict(bo, (d) => planActor(d, 'x_ana', actor('c', { createdBy: 'p_bo' })))).toBe('allowed');
    expect(verdict(bo, (d) => planActor(d, 'x_ana', actor('lab', { createdBy: 'p_bo' })))).toBe('not_yours');
    expect(verdict(bo, (d) => planActor(d, 'x_ana', actor('lab', { createdBy: 'p_ana', label: 'Lab 2' })))).toBe('allowed');
  });
});

describe('P19 — Scenarios: shape and limits', () => {
  it('refuses fields and values a scenario does not have', () => {
    const scenario = (d: Y.Doc) => d.getMap(DOC_KEYS.scenarios).get('x_ana') as Y.Map<unknown>;
    expect(verdict(bo, (d) => d.getMap(DOC_KEYS.scenarios).set('x_2', 'text'))).toBe('bad_entry');
    expect(verdict(bo, (d) => scenario(d).set('owner', 'me'))).toBe('bad_entry');
    expect(verdict(bo, (d) => scenario(d).set('name', 'x'.repeat(MAP_LIMITS.labelLength + 1)))).toBe('too_long');
    expect(verdict(bo, (d) => scenario(d).set('actors', 'none'))).toBe('bad_entry');
    expect(verdict(bo, (d) => (scenario(d).get('removeTies') as Y.Map<unknown>).set('t1', 'yes'))).toBe('bad_entry');
    expect(verdict(bo, (d) => planActor(d, 'x_ana', actor('c', { label: 'x'.repeat(MAP_LIMITS.labelLength + 1) })))).toBe('too_long');
    expect(verdict(bo, (d) => planTieChange(d, 'x_ana', 't1', { source: 'b' } as never))).toBe('allowed'); // not a changeable field: written as nothing
    expect(verdict(bo, (d) => {
      const changes = scenario(d).get('changeTies') as Y.Map<unknown>;
      const c = new Y.Map<unknown>();
      changes.set('t1', c);
      c.set('source', 'b');
    })).toBe('bad_entry');
  });

  it('limits how many scenarios a workshop and how many planned changes a scenario holds', () => {
    const many = (d: Y.Doc) => {
      base(d);
      for (let i = 1; i < MAP_LIMITS.scenarios; i++) createScenario(d, { id: `x_${i}`, name: 'S', at: i });
    };
    expect(verdict(bo, (d) => createScenario(d, { name: 'one more', at: 9 }), 'open', many)).toBe('too_long');
    expect(verdict(bo, (d) => renameScenario(d, 'x_1', 'still fine'), 'open', many)).toBe('allowed');
    const full = (d: Y.Doc) => {
      base(d);
      createScenario(d, { id: 'x_full', name: 'Full', at: 3, removeTies: Array.from({ length: MAP_LIMITS.scenarioChanges }, (_, i) => `t_${i}`) });
    };
    expect(verdict(bo, (d) => planTieRemoval(d, 'x_full', 't1'), 'open', full)).toBe('too_long');
  });
});
