import type { EngineMessage, EngineMessageKey } from '../engine/messages';
import type { Archetype, BrokerageRole, EngineReport, EngineWarning, GovernanceClass, IndexComponent, KnowledgeRole, Recommendation } from '../engine/types';
import { ARCHETYPE_WORDS, BROKERAGE_WORDS, GOVERNANCE_WORDS, INDEX_WORDS, ROLE_TERM, ROLE_WORDS_BY_LOCALE } from './code-words';
import { ENGINE_EN } from './engine-en';
import { ENGINE_ZH } from './engine-zh';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messageArgs, toLookup, type Names, type Wording } from './wording';

/*
 * The engine's words in English and Chinese: one catalogue for the UI, the report, the PDF and the CLI
 * (docs/engine.md "Message keys"). The engine (lib/engine, which imports nothing) writes English strings
 * and, beside each, an EngineMessage `{ key, values }`:
 *
 *   report.indices.ici.components[k].i18n  { name, explanation, theory, formula }   key 'indicator.I1.name', …
 *   report.recommendations[k].i18n         { title, message }              key 'recommendation.finance_gap', …
 *   report.warnings[k].i18n                                                key 'warning.self_loop', …
 *   report.archetype.i18n                  { label, explanation }          key 'archetype.marshallian.label', …
 *   report.tripleHelix.i18n                { explanation }                 key 'tripleHelix.synergy', …
 *   whatIsMissingMessages(report)          { ici?, gi? }                   key 'readiness.ici', …
 *
 * The API for callers:
 *
 *   wordEngine(message, locale, names?)      → string   any EngineMessage in 'en' or 'zh-CN'
 *   wordComponent(component, locale, names?) → { name, explanation, theory, formula }
 *   wordRecommendation(rec, locale, names?)  → { title, message }
 *   wordWarning(warning, locale, names?)     → string
 *   wordArchetype(report, locale, names?)    → { label, explanation, short, line }
 *   wordTripleHelix(report, locale)          → string
 *   roleWords(role, locale)                  → { label, hint, term }   knowledge role (Giuliani & Bell)
 *   brokerageWord(role, locale)              → string                  Gould–Fernandez role
 *   governanceWord(mode, locale)             → string                  GVC governance class
 *   indexWords(id, locale)                   → { short, name, hint }   'ici' | 'gi'
 *
 * `names` says what to call an element id (actor, tie, stage) for this reader: a function returning
 * undefined when it does not know, a Map or a record; lib/i18n/map-names.ts `namesFor(map, locale)`
 * builds one from a map with each actor's name in the reader's language (lib/map/labels.ts labelFor).
 * Without it, actors and ties are named by id (as the engine's English does) and stages by the label the
 * engine put beside them. Numbers are formatted for the locale by lib/i18n/locale.ts.
 */

export type { Locale } from './locale';
export type { Names, NameLookup } from './wording';

export const ENGINE_WORDS: Record<Locale, Readonly<Record<EngineMessageKey, Wording>>> = { en: ENGINE_EN, 'zh-CN': ENGINE_ZH };

const wordingOf = (key: string, locale: Locale): Wording | undefined => {
  const table = ENGINE_WORDS[locale] ?? ENGINE_WORDS[DEFAULT_LOCALE];
  if (Object.hasOwn(table, key)) return table[key as EngineMessageKey];
  return Object.hasOwn(ENGINE_EN, key) ? ENGINE_EN[key as EngineMessageKey] : undefined;
};

/** A message in `locale`; a key this version does not know (a newer engine's) reads as the key itself. */
export function wordEngine(message: EngineMessage, locale: Locale, names?: Names): string {
  const wording = wordingOf(message.key, locale);
  return wording ? wording(messageArgs(message, locale, toLookup(names))) : message.key;
}

export function wordComponent(c: Pick<IndexComponent, 'i18n'>, locale: Locale, names?: Names) {
  return {
    name: wordEngine(c.i18n.name, locale, names),
    explanation: wordEngine(c.i18n.explanation, locale, names),
    theory: wordEngine(c.i18n.theory, locale, names),
    formula: wordEngine(c.i18n.formula, locale, names),
  };
}

export function wordRecommendation(r: Pick<Recommendation, 'i18n'>, locale: Locale, names?: Names) {
  return { title: wordEngine(r.i18n.title, locale, names), message: wordEngine(r.i18n.message, locale, names) };
}

export const wordWarning = (w: Pick<EngineWarning, 'i18n'>, locale: Locale, names?: Names) => wordEngine(w.i18n, locale, names);

export function wordArchetype(report: Pick<EngineReport, 'archetype'>, locale: Locale, names?: Names) {
  const a = report.archetype;
  const short = ARCHETYPE_WORDS[locale][a.id as Archetype] ?? { label: a.label, line: '' };
  return { label: wordEngine(a.i18n.label, locale, names), explanation: wordEngine(a.i18n.explanation, locale, names), short: short.label, line: short.line };
}

export const wordTripleHelix = (report: Pick<EngineReport, 'tripleHelix'>, locale: Locale) => wordEngine(report.tripleHelix.i18n.explanation, locale);

export const roleWords = (role: KnowledgeRole, locale: Locale) => ({ ...ROLE_WORDS_BY_LOCALE[locale][role], term: ROLE_TERM[locale][role] });
export const brokerageWord = (role: BrokerageRole, locale: Locale) => BROKERAGE_WORDS[locale][role] ?? role;
export const governanceWord = (mode: GovernanceClass, locale: Locale) => GOVERNANCE_WORDS[locale][mode] ?? mode;
export const indexWords = (id: 'ici' | 'gi', locale: Locale) => INDEX_WORDS[locale][id];
