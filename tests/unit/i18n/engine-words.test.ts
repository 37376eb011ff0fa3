import { describe, expect, it } from 'vitest';
import { ENGINE_MESSAGE_KEYS, RECOMMENDATION_IDS } from '../../../lib/engine';
import { whatIsMissing } from '../../../lib/engine/readiness';
import { ENGINE_WORDS, wordEngine } from '../../../lib/i18n/engine-words';
import { LOCALES } from '../../../lib/i18n/locale';
import { namesFor } from '../../../lib/i18n/map-names';
import { templateMap } from '../../../lib/map/templates';
import { computeReport } from '../../../lib/engine';
import { corpusReports, messagesOf } from './corpus';

// The engine's messages worded in both languages (docs/engine.md "Message keys"): the English catalogue
// says exactly what the engine says, the Chinese says something real for every message of every map.

const reports = corpusReports();
const said = reports.flatMap(messagesOf);
const CJK = /[\u4e00-\u9fff]/;
/** A formula that is mathematics only (no words besides min) reads the same in both languages. */
const mathOnly = (key: string, text: string) => key.endsWith('.formula') && !/[A-Za-z]{3,}/.test(text.replace(/\bmin\b/g, ''));
const unique = [...new Map(said.map((s) => [JSON.stringify(s.message), s.message])).values()];

describe('the engine catalogue', () => {
  it('in English repeats the engine word for word, on every map of the corpus', () => {
    const wrong = said.filter((s) => s.english !== null && wordEngine(s.message, 'en') !== s.english).map((s) => `${s.message.key}: ${wordEngine(s.message, 'en')} ≠ ${s.english}`);
    expect(wrong).toEqual([]);
    for (const r of reports) {
      const missing = whatIsMissing(r);
      if (missing.ici) expect(wordEngine({ key: 'readiness.ici' }, 'en')).toBe(missing.ici);
      if (missing.gi) expect(wordEngine({ key: 'readiness.gi' }, 'en')).toBe(missing.gi);
    }
  });

  it('in Chinese words every message the corpus makes, in Chinese, with every value filled in', () => {
    const wrong: string[] = [];
    for (const message of unique) {
      const zh = wordEngine(message, 'zh-CN');
      const inChinese = mathOnly(message.key, zh) || (CJK.test(zh) && zh !== wordEngine(message, 'en'));
      if (!zh.trim() || !inChinese || /undefined|NaN|\$\{|\[object/.test(zh)) wrong.push(`${message.key}: ${zh}`);
    }
    expect(wrong).toEqual([]);
  });

  it('words every sub-indicator and every recommendation rule in both languages', () => {
    const emitted = new Set(said.map((s) => s.message.key));
    for (const id of ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'])
      for (const part of ['name', 'theory', 'explanation']) expect(emitted, `indicator.${id}.${part}`).toContain(`indicator.${id}.${part}`);
    for (const id of RECOMMENDATION_IDS) {
      expect(emitted, id).toContain(`recommendation.${id}.title`);
      for (const locale of LOCALES) expect(ENGINE_WORDS[locale][`recommendation.${id}.title` as never], `${locale} ${id}`).toBeTypeOf('function');
    }
  });

  it('names actors in the reader’s language: the demo in Chinese names 华中科技大学, not an id', () => {
    const map = templateMap('optics-valley');
    const report = computeReport(map);
    const names = namesFor(map, 'zh-CN');
    const texts = messagesOf(report).map((s) => wordEngine(s.message, 'zh-CN', names)).join('\n');
    expect(texts).not.toMatch(/\ba_[a-z]/);
    const gatekeepers = report.indices.ici.components.find((c) => c.id === 'I5')!;
    if (gatekeepers.elements.includes('a_hust')) expect(wordEngine(gatekeepers.i18n.explanation, 'zh-CN', names)).toContain('华中科技大学');
  });

  it('says a key it does not know as the key', () => {
    expect(wordEngine({ key: 'recommendation.from_the_future' as never }, 'zh-CN')).toBe('recommendation.from_the_future');
  });

  it('has every key in the message list the engine declares', () => {
    expect(new Set(ENGINE_MESSAGE_KEYS).size).toBe(ENGINE_MESSAGE_KEYS.length);
  });
});
