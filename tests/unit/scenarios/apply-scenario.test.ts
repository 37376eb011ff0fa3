import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor, ClusterMap, Tie } from '../../../lib/map/types';
import { addActor, deleteActor, docFromMap, readMap } from '../../../lib/map/ydoc';
import { adoptScenario, applyScenario, createScenario, planTie, planTieChange, planTieRemoval, readScenario, readScenarios } from '../../../lib/scenarios';

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, label: id.toUpperCase(), type: 'firm', scope: 'local', stages: [], ...extra });
const tie = (id: string, source: string, target: string, extra: Partial<Tie> = {}): Tie => ({ id, source, target, kind: 'knowledge', directed: false, strength: 2, tacit: false, ...extra });
const base = (): ClusterMap => ({
  meta: { title: 'T' },
  stages: [],
  actors: [actor('a'), actor('b'), actor('c')],
  ties: [tie('t1', 'a', 'b'), tie('t2', 'b', 'c', { strength: 1 })],
});
const empty = { actors: [], ties: [], removeTies: [], changeTies: [] };

describe('applyScenario', () => {
  it('adds planned actors and ties, between live and planned actors', () => {
    const { map, missing, skipped } = applyScenario(base(), { ...empty, actors: [actor('lab', { type: 'research' })], ties: [tie('p1', 'a', 'lab'), tie('p2', 'a', 'c')] });
    expect(map.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'lab']);
    expect(map.ties.map((t) => t.id)).toEqual(['t1', 't2', 'p1', 'p2']);
    expect(missing).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it('removes live ties and changes their fields, leaving the input map as it was', () => {
    const live = base();
    const { map } = applyScenario(live, { ...empty, removeTies: ['t1'], changeTies: [{ id: 't2', strength: 3, tacit: true }] });
    expect(map.ties).toEqual([tie('t2', 'b', 'c', { strength: 3, tacit: true })]);
    expect(live.ties).toEqual(base().ties);
  });

  it('a tie both removed and changed is removed', () => {
    const { map, skipped } = applyScenario(base(), { ...empty, removeTies: ['t2'], changeTies: [{ id: 't2', strength: 3 }] });
    expect(map.ties.map((t) => t.id)).toEqual(['t1']);
    expect(skipped).toEqual([]);
  });

  it('skips and names changes whose base elements were deleted instead of failing', () => {
    const { map, missing, skipped } = applyScenario(base(), {
      ...empty,
      ties: [tie('p1', 'gone_actor', 'a'), tie('p2', 'a', 'c')],
      removeTies: ['gone_tie', 't1'],
      changeTies: [{ id: 'gone_too', strength: 3 }],
    });
    expect(map.ties.map((t) => t.id)).toEqual(['t2', 'p2']);
    expect(missing).toEqual(['gone_actor', 'gone_tie', 'gone_too']);
    expect(skipped.map((s) => `${s.change}:${s.id}:${s.why}`).sort()).toEqual(['changeTie:gone_too:missing', 'removeTie:gone_tie:missing', 'tie:p1:missing']);
  });

  it('a planned id already on the live map is skipped as taken: the live element wins', () => {
    const { map, skipped, missing } = applyScenario(base(), { ...empty, actors: [actor('a', { label: 'other' })], ties: [tie('t1', 'a', 'c')] });
    expect(map.actors.find((a) => a.id === 'a')?.label).toBe('A');
    expect(map.ties.find((t) => t.id === 't1')?.target).toBe('b');
    expect(skipped.map((s) => s.why)).toEqual(['taken', 'taken']);
    expect(missing).toEqual([]);
  });
});

describe('scenarios in the document', () => {
  it('round-trip through the document, and readMap never sees them', () => {
    const doc = docFromMap(base());
    const before = readMap(doc).map;
    const sid = createScenario(doc, { name: 'Joint lab', createdBy: 'p_me', at: 5, actors: [actor('lab')], ties: [tie('p1', 'a', 'lab', { gvc: { complexity: 'high', codifiability: 'low', supplierCapability: 'high' } })], removeTies: ['t1'], changeTies: [{ id: 't2', strength: 3 }] });
    expect(readMap(doc).map).toEqual(before);
    const s = readScenario(doc, sid)!;
    expect(s).toMatchObject({ id: sid, name: 'Joint lab', createdBy: 'p_me', at: 5, removeTies: ['t1'], changeTies: [{ id: 't2', strength: 3 }] });
    expect(s.actors).toEqual([actor('lab')]);
    expect(s.ties[0].gvc).toEqual({ complexity: 'high', codifiability: 'low', supplierCapability: 'high' });
  });

  it('edits go into the scenario; a change with no fields left is dropped', () => {
    const doc = docFromMap(base());
    const sid = createScenario(doc, { name: 'S', at: 1 });
    planTie(doc, sid, tie('p1', 'a', 'c'));
    planTieRemoval(doc, sid, 't1');
    planTieChange(doc, sid, 't2', { tacit: true });
    expect(readScenario(doc, sid)).toMatchObject({ ties: [tie('p1', 'a', 'c')], removeTies: ['t1'], changeTies: [{ id: 't2', tacit: true }] });
    planTieChange(doc, sid, 't2', { tacit: undefined });
    planTieRemoval(doc, sid, 't1', false);
    expect(readScenario(doc, sid)).toMatchObject({ removeTies: [], changeTies: [] });
  });

  it('adopting applies the scenario and removes it in one transaction, skipping what was deleted meanwhile', () => {
    const doc = docFromMap(base());
    const sid = createScenario(doc, { name: 'S', createdBy: 'p_x', at: 1, actors: [actor('lab', { createdBy: 'p_x' })], ties: [tie('p1', 'a', 'lab'), tie('p2', 'c', 'a')], removeTies: ['t1'], changeTies: [{ id: 't2', strength: 3 }] });
    deleteActor(doc, 'c'); // takes t2 and the base of p2 away
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const adopted = adoptScenario(doc, sid, 'p_fac', 'undo-origin')!;
    expect(transactions).toBe(1);
    expect(adopted).toMatchObject({ actors: 1, ties: 1, removedTies: 1, changedTies: 0 });
    expect(adopted.skipped.map((s) => s.id).sort()).toEqual(['p2', 't2']);
    const map = readMap(doc).map;
    expect(map.actors.map((a) => a.id)).toEqual(['a', 'b', 'lab']);
    expect(map.ties.map((t) => [t.id, t.createdBy])).toEqual([['p1', 'p_fac']]);
    expect(readScenario(doc, sid)).toBeNull();
  });

  it('undoing an adoption is one step back to the map before it', () => {
    const doc = docFromMap(base());
    const origin = { me: true };
    const undo = new Y.UndoManager([doc.getMap('actors'), doc.getMap('ties')], { trackedOrigins: new Set([origin]) });
    const before = readMap(doc).map;
    const sid = createScenario(doc, { name: 'S', at: 1, actors: [actor('lab')], ties: [tie('p1', 'a', 'lab')], removeTies: ['t1'], changeTies: [{ id: 't2', tacit: true }] });
    addActor(doc, actor('d'), origin);
    undo.stopCapturing();
    adoptScenario(doc, sid, 'p_fac', origin);
    expect(readMap(doc).map).not.toEqual(before);
    undo.undo();
    expect(readMap(doc).map.ties).toEqual(before.ties);
    expect(readMap(doc).map.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the shared demo’s reset', () => {
  it('drops every scenario with the votes and comments', async () => {
    const { resetToMap } = await import('../../../lib/map/reset-to-map');
    const doc = docFromMap(base());
    createScenario(doc, { name: 'Left by a visitor', at: 1, removeTies: ['t1'] });
    resetToMap(doc, base(), { checkpoint: 'k', name: 'demo', at: 2, by: 'server' });
    expect(readScenarios(doc)).toEqual([]);
  });
});
