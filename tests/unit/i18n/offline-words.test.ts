import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { wordNotice, type Translate } from '../../../app/_components/model/serverWords';
import { refusedChanges, wordRefusedChange } from '../../../app/_components/offline/refusedWords';
import { castVote } from '../../../lib/map/discussion';
import { defaultStages } from '../../../lib/map/default-stages';
import { addActor, addStage, addTie } from '../../../lib/map/ydoc';
import en from '../../../messages/en.json';
import zhCN from '../../../messages/zh-CN.json';

// The offline words in both languages (docs/architecture.md "Languages", "Wi-Fi that drops"): a change the
// server refused is told by element in the reader's words, names in the reader's language; the notices of
// the live workshop (a refusal by code, the kept copy set aside) are worded from codes, never the server's English.

const translators = {
  en: createTranslator({ locale: 'en', messages: en }) as unknown as Translate,
  'zh-CN': createTranslator({ locale: 'zh-CN', messages: zhCN }) as unknown as Translate,
};

function workshop() {
  const doc = new Y.Doc();
  addActor(doc, { id: 'a_hw', label: 'Huawei', labels: { en: 'Huawei', 'zh-CN': '华为' }, type: 'firm', scope: 'external', stages: [] });
  addActor(doc, { id: 'a_yofc', label: 'YOFC', type: 'firm', scope: 'local', stages: [] });
  addTie(doc, { id: 't_1', source: 'a_yofc', target: 'a_hw', kind: 'supply', directed: true, strength: 2, tacit: false });
  for (const stage of defaultStages()) addStage(doc, stage);
  castVote(doc, 'a_hw', 'p_me', 'agree');
  return doc;
}

describe('refused changes, by element, in the reader’s language', () => {
  const doc = workshop();
  const refusal = {
    error: { code: 'forbidden' as const, error: 'the map is frozen', reason: 'frozen' as const },
    touched: [['actors', 'a_hw'], ['ties', 't_1'], ['votes', 'a_hw:p_me'], ['stages', 'rd'], ['meta', 'title'], ['actors', 'a_gone']] as [string, string][],
    count: 6,
  };
  const items = refusedChanges(doc, refusal);

  it('names each element as the reader sees it, and why, in English', () => {
    expect(items.map((i) => i.element)).toEqual(['a_hw', 't_1', 'a_hw', null, null, 'a_gone']);
    expect(items.map((i) => wordRefusedChange(translators.en, 'en', i))).toEqual([
      'Your change to Huawei was not saved: the map is frozen',
      'Your change to the tie YOFC – Huawei was not saved: the map is frozen',
      'Your vote on Huawei was not saved: the map is frozen',
      'Your change to the stage R&D was not saved: the map is frozen',
      'Your change to the workshop’s details was not saved: the map is frozen',
      'Your change to an element that is no longer on your map was not saved: the map is frozen',
    ]);
  });

  it('says the same in Chinese, with the actors’ and default stages’ Chinese names', () => {
    expect(items.map((i) => wordRefusedChange(translators['zh-CN'], 'zh-CN', i))).toEqual([
      '您对华为的修改未能保存：图谱已被冻结',
      '您对关系“YOFC – 华为”的修改未能保存：图谱已被冻结',
      '您对华为的投票未能保存：图谱已被冻结',
      '您对环节“研发”的修改未能保存：图谱已被冻结',
      '您对研讨会信息的修改未能保存：图谱已被冻结',
      '您对一个已不在您图谱上的元素的修改未能保存：图谱已被冻结',
    ]);
  });

  it('words other codes and unknown ones, and an update that touched nothing it can name', () => {
    const [large] = refusedChanges(doc, { error: { code: 'too_large', error: 'Message too large' }, touched: [], count: 1 });
    expect(wordRefusedChange(translators['zh-CN'], 'zh-CN', large)).toBe('您最近的一次修改未能保存：它太大，无法发送');
    const [odd] = refusedChanges(doc, { error: { code: 'internal', error: '' }, touched: [], count: 1 });
    expect(wordRefusedChange(translators.en, 'en', odd)).toBe('Your last change was not saved: the server refused it');
  });
});

describe('the live workshop’s notices are worded by code', () => {
  it('a rate limit and a full room in both languages, not the server’s English', () => {
    const limited = { kind: 'server' as const, refusal: { code: 'rate_limited', text: 'Too many messages' } };
    expect(wordNotice(translators.en, limited)).toBe(en.errors.socket.rate_limited);
    expect(wordNotice(translators['zh-CN'], limited)).toBe(zhCN.errors.socket.rate_limited);
    expect(wordNotice(translators['zh-CN'], { kind: 'server', refusal: { code: 'room_full', text: 'Room full' } })).toBe(zhCN.errors.socket.room_full);
  });

  it('the kept copy set aside (a workshop started afresh, P17) in both languages', () => {
    expect(wordNotice(translators.en, { kind: 'startedAfresh' })).toMatch(/^This workshop was started afresh/);
    expect(wordNotice(translators['zh-CN'], { kind: 'startedAfresh' })).toBe(zhCN.workshop.startedAfresh);
  });
});
