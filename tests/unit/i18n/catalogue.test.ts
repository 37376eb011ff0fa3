import { describe, expect, it } from 'vitest';
import { BROKERAGE_ROLES, ENGINE_MESSAGE_KEYS } from '../../../lib/engine';
import { ARCHETYPE_WORDS, BROKERAGE_WORDS, GOVERNANCE_WORDS, INDEX_WORDS, ROLE_TERM, ROLE_WORDS_BY_LOCALE } from '../../../lib/i18n/code-words';
import { ENGINE_WORDS, wordEngine } from '../../../lib/i18n/engine-words';
import { LOCALES } from '../../../lib/i18n/locale';
import { ACTOR_TYPE_WORDS, GOVERNANCE_MODE_WORDS, LEGEND_WORDS, TIE_KIND_WORDS, VALUE_CHAIN_WORDS } from '../../../lib/i18n/map-words';
import { ACTOR_STYLE, GOVERNANCE_STYLE, TIE_STYLE, UNCLASSIFIED_SUPPLY } from '../../../lib/map/style';
import { corpusReports, messagesOf } from './corpus';

// The catalogue check CI runs (docs/engine.md "Message keys"): every key in both languages, none empty,
// none the engine does not emit, and the words for the engine's codes complete in both languages.

const CJK = /[\u4e00-\u9fff]/;
/** A formula that is mathematics only (no words besides min) reads the same in both languages. */
const mathOnly = (key: string, text: string) => key.endsWith('.formula') && !/[A-Za-z]{3,}/.test(text.replace(/\bmin\b/g, ''));
const sample = { n: 2, local: 3, share: 0.5, ids: ['a'], actors: ['a', 'b'], type: 'government', spheres: ['u'], modes: ['market'], counts: ['1'] };

describe('the catalogue', () => {
  it('has exactly the keys the engine declares, in both languages', () => {
    for (const locale of LOCALES) expect(Object.keys(ENGINE_WORDS[locale]).sort(), locale).toEqual([...ENGINE_MESSAGE_KEYS].sort());
  });

  it('words no key as nothing, and words each in its own language', () => {
    const wrong: string[] = [];
    for (const key of ENGINE_MESSAGE_KEYS) {
      const en = wordEngine({ key, values: sample }, 'en');
      const zh = wordEngine({ key, values: sample }, 'zh-CN');
      if (!en.trim() || CJK.test(en)) wrong.push(`en ${key}: ${en}`);
      if (!zh.trim() || (!CJK.test(zh) && !mathOnly(key, zh))) wrong.push(`zh-CN ${key}: ${zh}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has no key the engine never emits: each is said on some map of the corpus', () => {
    const emitted = new Set(corpusReports().flatMap(messagesOf).map((s) => s.message.key));
    expect(ENGINE_MESSAGE_KEYS.filter((k) => !emitted.has(k))).toEqual([]);
  });

  it('words every code of the engine in both languages', () => {
    const roles = ['gatekeeper', 'external_star', 'mutual_exchanger', 'weakly_connected', 'isolated'];
    const archetypes = ['state_anchored', 'hub_and_spoke', 'satellite_platform', 'marshallian', 'mixed'];
    const modes = ['market', 'modular', 'relational', 'captive', 'hierarchy', 'not_expected', 'exclusion'];
    for (const locale of LOCALES) {
      expect(Object.keys(ROLE_WORDS_BY_LOCALE[locale]).sort()).toEqual([...roles].sort());
      expect(Object.keys(ROLE_TERM[locale]).sort()).toEqual([...roles].sort());
      expect(Object.keys(BROKERAGE_WORDS[locale]).sort()).toEqual([...BROKERAGE_ROLES].sort());
      expect(Object.keys(ARCHETYPE_WORDS[locale]).sort()).toEqual([...archetypes].sort());
      expect(Object.keys(GOVERNANCE_WORDS[locale]).sort()).toEqual([...modes].sort());
      const all = [
        ...Object.values(ROLE_WORDS_BY_LOCALE[locale]).flatMap((w) => [w.label, w.hint]),
        ...Object.values(ROLE_TERM[locale]),
        ...Object.values(BROKERAGE_WORDS[locale]),
        ...Object.values(ARCHETYPE_WORDS[locale]).flatMap((w) => [w.label, w.line]),
        ...Object.values(GOVERNANCE_WORDS[locale]),
        ...Object.values(INDEX_WORDS[locale]).flatMap((w) => [w.name, w.hint]),
      ];
      for (const word of all) {
        expect(word.trim(), locale).not.toBe('');
        if (locale === 'zh-CN') expect(word).toMatch(CJK);
      }
    }
  });

  it('words the map’s legend in both languages, the English as the canvas says it (lib/map/style.ts)', () => {
    for (const [type, style] of Object.entries(ACTOR_STYLE)) expect(ACTOR_TYPE_WORDS.en[type as keyof typeof ACTOR_STYLE]).toEqual({ label: style.label, hint: style.hint });
    for (const [kind, style] of Object.entries(TIE_STYLE)) expect(TIE_KIND_WORDS.en[kind as keyof typeof TIE_STYLE]).toEqual({ label: style.label, hint: style.hint });
    for (const [mode, style] of Object.entries(GOVERNANCE_STYLE)) expect(GOVERNANCE_MODE_WORDS.en[mode as keyof typeof GOVERNANCE_STYLE]).toEqual({ label: style.label, hint: style.hint });
    expect(GOVERNANCE_MODE_WORDS.en.unclassified).toEqual({ label: UNCLASSIFIED_SUPPLY.label, hint: UNCLASSIFIED_SUPPLY.hint });
    const zh = [
      ...Object.values(ACTOR_TYPE_WORDS['zh-CN']).flatMap((w) => [w.label, w.hint]),
      ...Object.values(TIE_KIND_WORDS['zh-CN']).flatMap((w) => [w.label, w.hint]),
      ...Object.values(GOVERNANCE_MODE_WORDS['zh-CN']).flatMap((w) => [w.label, w.hint]),
      ...Object.values(LEGEND_WORDS['zh-CN']),
      VALUE_CHAIN_WORDS['zh-CN'].header('研发', 1.5),
      VALUE_CHAIN_WORDS['zh-CN'].local,
    ];
    for (const word of zh) expect(word).toMatch(CJK);
    expect(Object.keys(ACTOR_TYPE_WORDS['zh-CN'])).toEqual(Object.keys(ACTOR_TYPE_WORDS.en));
    expect(Object.keys(TIE_KIND_WORDS['zh-CN'])).toEqual(Object.keys(TIE_KIND_WORDS.en));
    expect(Object.keys(LEGEND_WORDS['zh-CN'])).toEqual(Object.keys(LEGEND_WORDS.en));
  });
});
