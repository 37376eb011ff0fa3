import { describe, expect, it } from 'vitest';
import type { ActivityEntry, ActivityItem } from '../../../lib/activity/types';
import { entryElements, entrySentence, isDeletion } from '../../../app/_components/activity/words';
import { createTranslator } from 'next-intl';
import en from '../../../messages/en.json';
import zhCN from '../../../messages/zh-CN.json';

// The feed in plain words for the people in the room (app/_components/activity/words.ts).

const entry = (items: ActivityItem[], extra: Partial<ActivityEntry> = {}): ActivityEntry => ({ seq: 1, at: 0, by: 'p_li', byName: 'Li Wei', items, ...extra });
const ties = (op: ActivityItem['op'], n: number): ActivityItem[] => Array.from({ length: n }, (_, i) => ({ op, kind: 'tie' as const, id: `t_${i}`, label: `S${i} → Huawei` }));

// The sentences are worded through the catalogue (docs/architecture.md "Languages"): English here, one Chinese check below.
const t = createTranslator({ locale: 'en', messages: en });
const zh = createTranslator({ locale: 'zh-CN', messages: zhCN });

describe('entrySentence', () => {
  it('names who did what: "Li Wei deleted Huawei and 5 ties", "You …" for oneself', () => {
    const deletion = entry([{ op: 'deleted', kind: 'actor', id: 'a_hw', label: 'Huawei' }, ...ties('deleted', 5)], { removed: { actors: [], ties: [] } });
    expect(entrySentence(t, deletion)).toBe('Li Wei deleted Huawei and 5 ties');
    expect(entrySentence(t, deletion, 'p_li')).toBe('You deleted Huawei and 5 ties');
    expect(entrySentence(t, { ...deletion, items: deletion.items.map((i) => ({ ...i, op: 'restored' as const })) })).toBe('Li Wei restored Huawei and 5 ties');
  });

  it('one tie by its ends, several actors by name, changes with their fields in words', () => {
    expect(entrySentence(t, entry(ties('added', 1)))).toBe('Li Wei added the tie S0 → Huawei');
    const actors = ['A', 'B', 'C', 'D', 'E'].map((l): ActivityItem => ({ op: 'added', kind: 'actor', id: l, label: l }));
    expect(entrySentence(t, entry(actors.slice(0, 3)))).toBe('Li Wei added A, B and C');
    expect(entrySentence(t, entry(actors))).toBe('Li Wei added A, B and 3 more actors');
    expect(entrySentence(t, entry([{ op: 'changed', kind: 'actor', id: 'a', label: 'HUST', fields: ['label', 'scope'] }]))).toBe('Li Wei changed HUST (name, inside or outside the region)');
    expect(entrySentence(t, entry([{ op: 'deleted', kind: 'stage', id: 's', label: 'R&D' }, { op: 'changed', kind: 'actor', id: 'a', label: 'HUST', fields: ['stages'] }]))).toBe(
      'Li Wei deleted the stage R&D; changed HUST (stages)',
    );
    expect(entrySentence(t, entry(ties('added', 2), { more: 4 }))).toBe('Li Wei added 2 ties and 4 more changes');
  });

  it('whole-map changes', () => {
    expect(entrySentence(t, entry([{ op: 'restored', kind: 'map', id: 'k_1', label: 'Before lunch' }]))).toBe('Li Wei restored the checkpoint “Before lunch”');
    expect(entrySentence(t, entry([{ op: 'imported', kind: 'map', id: 'import', label: 'a map file' }]))).toBe('Li Wei imported a map file over the map');
  });

  it('says the same in Chinese: "李伟删除了华为和5条关系"', () => {
    const deletion = entry([{ op: 'deleted', kind: 'actor', id: 'a_hw', label: '华为' }, ...ties('deleted', 5)], { removed: { actors: [], ties: [] }, byName: '李伟' });
    expect(entrySentence(zh, deletion)).toBe('李伟删除了华为和5条关系');
    expect(entrySentence(zh, deletion, 'p_li')).toBe('您删除了华为和5条关系');
    expect(entrySentence(zh, entry(ties('added', 2), { more: 4, byName: '李伟' }))).toBe('李伟添加了2条关系，另有4处修改');
  });
});

describe('entryElements and isDeletion', () => {
  it('actors first; only entries that kept what they deleted can be restored', () => {
    const items: ActivityItem[] = [...ties('deleted', 2), { op: 'deleted', kind: 'actor', id: 'a_hw', label: 'Huawei' }, { op: 'deleted', kind: 'stage', id: 's', label: 'R&D' }];
    expect(entryElements(entry(items))).toEqual(['a_hw', 't_0', 't_1']);
    expect(isDeletion(entry(items))).toBe(false);
    expect(isDeletion(entry(items, { removed: { actors: [], ties: [] } }))).toBe(true);
    expect(isDeletion(entry([{ op: 'restored', kind: 'map', id: 'k', label: 'x' }], { removed: { actors: [], ties: [] } }))).toBe(false);
  });
});
