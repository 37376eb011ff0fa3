import { describe, expect, it } from 'vitest';
import { attribute } from '../../../lib/compare/attribute';
import { compareMaps } from '../../../lib/compare/compare-maps';
import { wordedComparison } from '../../../lib/compare/worded';
import { computeReport } from '../../../lib/engine';
import { wordCompare } from '../../../lib/i18n/compare-words';
import type { ClusterMap } from '../../../lib/map/types';
import { sampleMap } from '../map/fixtures';

// How a change is attributed and worded (docs/engine.md "How a change is attributed"): a sub-indicator's
// change is put down to the added, removed and changed elements among those it rests on, and said in
// points on the 0–100 scale, in English and in Chinese.

const scored = (map: ClusterMap) => ({ map, report: computeReport(map) });

/** The sample map with the zone's administrative committee; `tied` adds Wuhan University's tie to it. */
function zone(tied: boolean): ClusterMap {
  const map = sampleMap();
  map.actors.push({ id: 'uni2', label: 'Wuhan University', labels: { 'zh-CN': '武汉大学' }, type: 'university', scope: 'local', stages: [] });
  map.actors.push({ id: 'gov', label: "the zone's administrative committee", labels: { 'zh-CN': '开发区管委会' }, type: 'government', scope: 'local', stages: [] });
  map.ties.push({ id: 't_k', source: 'uni2', target: 'firm1', kind: 'knowledge', directed: false, strength: 2, tacit: false });
  if (tied) map.ties.push({ id: 't_gov', source: 'uni2', target: 'gov', kind: 'policy', directed: false, strength: 2, tacit: false });
  return map;
}

describe('attributing a change', () => {
  const before = zone(false);
  const after = zone(true);
  const c = compareMaps(scored(before), scored(after));

  it('puts I3 triple-helix linkage down to the one new tie and says it in points', () => {
    const i3 = c.indices.components.I3;
    const expected = computeReport(after).indices.ici.components.find((x) => x.id === 'I3')!.value - computeReport(before).indices.ici.components.find((x) => x.id === 'I3')!.value;
    expect(i3.delta).toBeCloseTo(expected, 12);
    expect(i3.points).toBe(Math.round(expected * 1000) / 10);
    expect(i3.points).toBeGreaterThan(0);
    expect(i3.elements).toEqual(['t_gov']);
    expect(i3.i18n).toMatchObject({ key: 'compare.component.changed', values: { id: 'I3', tiesAdded: ['t_gov'], tiesAddedFrom: ['uni2'], tiesAddedTo: ['gov'] } });
  });

  it('words it in English and in Chinese, the actors under their names in each language', () => {
    const en = wordedComparison(c, before, after, 'en').indices.components.I3.explanation;
    const zh = wordedComparison(c, before, after, 'zh-CN').indices.components.I3.explanation;
    const pts = c.indices.components.I3.points;
    expect(en).toBe(`I3 triple-helix linkage +${pts}: Wuhan University now has a tie to the zone's administrative committee.`);
    expect(zh).toBe(`I3 三螺旋联系 +${pts}：武汉大学现在与开发区管委会有了联系。`);
  });

  it('a sub-indicator that did not move says so and names nothing', () => {
    const i7 = c.indices.components.I7;
    expect([i7.points, i7.elements, i7.i18n.key]).toEqual([0, [], 'compare.component.unchanged']);
    expect(wordedComparison(c, before, after, 'en').indices.components.I7.explanation).toBe('I7 value-chain coverage: unchanged.');
  });

  it('an index names the sub-indicators that moved it, largest first, and the elements beneath them', () => {
    expect(c.indices.ici.points).toBe(Math.round(c.indices.ici.delta * 10) / 10);
    expect(c.indices.ici.i18n.values.parts).toContain('I3');
    expect(c.indices.ici.elements).toEqual(['t_gov']);
    const gi = wordedComparison(c, before, after, 'zh-CN').indices.gi.explanation;
    expect(gi.startsWith('GI 治理 ')).toBe(true);
  });

  it('a removed tie reads as gone, named from the earlier map, and a changed one names its fields', () => {
    const back = compareMaps(scored(after), scored(before));
    expect(wordedComparison(back, after, before, 'en').indices.components.I3.explanation).toMatch(/^I3 triple-helix linkage −[\d.]+: Wuhan University no longer has a tie to the zone's administrative committee\.$/);
    const weaker = zone(true);
    weaker.ties[0].tacit = false; // uni → firm1 knowledge tie, tacit before
    const tacit = compareMaps(scored(after), scored(weaker));
    expect(tacit.indices.components.I6.elements).toEqual(['t1']);
    expect(wordCompare(tacit.indices.components.I6.i18n, 'en', { uni: 'HUST', firm1: 'Fibre maker' })).toMatch(/: the tie from HUST to Fibre maker changed its tacit knowledge\.$/);
    expect(wordCompare(tacit.indices.components.I6.i18n, 'zh-CN', { uni: '华中科技大学', firm1: '光纤厂' })).toMatch(/：华中科技大学到光纤厂的联系改变了隐性知识。$/);
  });

  it('names at most three elements and counts the rest', () => {
    const message = { key: 'compare.component.changed' as const, values: { id: 'I2', points: 20, actorsAdded: ['a', 'b', 'c', 'd', 'e'] } };
    expect(wordCompare(message, 'en')).toBe('I2 local buzz +20: a is now on the map; b is now on the map; c is now on the map; and 2 more changes.');
    expect(wordCompare(message, 'zh-CN')).toBe('I2 本地蜂鸣 +20：a已加入地图；b已加入地图；c已加入地图；另有2处变化。');
  });
});

describe('the three steps of attribution', () => {
  const none = { added: [], removed: [], changed: [] };
  const maps = { from: sampleMap(), to: sampleMap() };

  it('1: an edited element the sub-indicator rests on', () => {
    expect(attribute({ from: ['t1'], to: ['t1', 't2'] }, { actors: none, ties: { ...none, changed: [{ id: 't2', fields: ['strength'] }] } }, maps)).toEqual(['t2']);
  });

  it('2: an edited tie touching an actor it rests on, or an edited actor performing a stage it rests on', () => {
    expect(attribute({ from: ['uni'], to: ['uni'] }, { actors: none, ties: { ...none, changed: [{ id: 't1', fields: ['kind'] }] } }, maps)).toEqual(['t1']);
    expect(attribute({ from: [], to: ['rd'] }, { actors: { ...none, changed: [{ id: 'uni', fields: ['stages'] }] }, ties: none }, maps)).toEqual(['uni']);
  });

  it('3: else what changed the counts: elements that came or went, actors that changed type or scope', () => {
    const edits = { actors: { ...none, changed: [{ id: 'firm1', fields: ['notes'] }, { id: 'buyer', fields: ['scope'] }] }, ties: none };
    expect(attribute({ from: ['t9'], to: [] }, edits, maps)).toEqual(['buyer']);
    expect(attribute({ from: [], to: [] }, { actors: none, ties: none }, maps)).toEqual([]);
  });
});
