import { isGovernanceMode } from '../../engine/gvc';
import { BROKERAGE_ROLES, type EngineMessage, type EngineReport, type IndexReport } from '../../engine/types';
import { brokerageWord, governanceWord, indexWords, roleWords, wordEngine } from '../../i18n/engine-words';
import { ARCHETYPE_WORDS } from '../../i18n/code-words';
import type { Locale } from '../../i18n/locale';
import { ACTOR_TYPE_WORDS } from '../../i18n/map-words';
import type { ClusterMap } from '../../map/types';
import { withLabels, type ElementNamer } from './elements';
import { countFigure, indexFigure, measureFigure, namesText, shareFigure, weightFigure } from './format';
import type { ActorRow, IndexSection, ReportModel } from './model-types';
import { theoryOf } from './recommendation-theory';
import { reportPhrases, reportWords } from './report-words';
import { GOVERNANCE_LABEL, THEORY_FALLBACK } from './words';

// The report's sections drawn from the engine's report: the two indices with every sub-indicator, the
// actors' measures and roles, the governance mix, archetype, triple helix, recommendations and warnings,
// worded in the report's language by lib/i18n/engine-words.ts (docs/report.md "Languages").

/** A sub-indicator names the first few of its elements: some name every tie, too long to read out. */
const SUB_INDICATOR_NAMES = 8;

/** How a section words the engine: its message in `locale`, or (a report without keys) its English with labels. */
export interface Wordings {
  locale: Locale;
  name: ElementNamer;
}

function say(w: Wordings, message: EngineMessage | undefined, english: string, ids: readonly string[]): string {
  if (!message) return withLabels(english, ids, w.name);
  return wordEngine(message, w.locale, (id) => {
    const e = w.name(id);
    return e.kind === 'unknown' ? undefined : e.label;
  });
}

function indexSection(id: 'ici' | 'gi', index: IndexReport, w: Wordings): IndexSection {
  const words = indexWords(id, w.locale);
  const phrases = reportPhrases(w.locale).say;
  const value = indexFigure(index.value);
  const stop = w.locale === 'zh-CN' ? '。' : '. ';
  return {
    id,
    short: words.short,
    name: words.name,
    hint: words.hint,
    title: phrases.indexTitle(words.name, words.short, value.text),
    summary: phrases.indexSummary(words.name, words.short, value.text),
    note: `${words.hint}${stop}${reportWords(w.locale).indexNote}`,
    value,
    components: index.components.map((c) => {
      const [v, weight, elements] = [shareFigure(c.value), weightFigure(c.weight), c.elements.map(w.name)];
      const name = say(w, c.i18n?.name, c.name, []);
      return {
        id: c.id,
        name,
        title: phrases.componentTitle(c.id, name, v.text, weight.text),
        value: v,
        weight,
        formula: say(w, c.i18n?.formula, c.formula, []),
        explanation: say(w, c.i18n?.explanation, c.explanation, c.elements),
        theory: (c.i18n?.theory ? say(w, c.i18n.theory, c.theory, []) : c.theory?.trim()) || THEORY_FALLBACK[c.id] || '',
        elements,
        elementsText: namesText(elements, SUB_INDICATOR_NAMES, w.locale),
      };
    }),
  };
}

export function indexSections(report: EngineReport, w: Wordings): IndexSection[] {
  return [indexSection('ici', report.indices.ici, w), indexSection('gi', report.indices.gi, w)];
}

/** Every actor, the best connected (betweenness, then degree) first. `map` carries the names of the report's language. */
export function actorRows(map: ClusterMap, report: EngineReport, locale: Locale = 'en'): ActorRow[] {
  const rows: ActorRow[] = [];
  const scopes = reportPhrases(locale).scope;
  for (const actor of map.actors) {
    const a = report.actors[actor.id];
    if (!a) continue;
    const brokerage = BROKERAGE_ROLES.map((role) => ({ role, count: a.brokerage.type[role] })).filter((b) => b.count > 0).sort((x, y) => y.count - x.count);
    rows.push({
      id: actor.id,
      label: actor.label,
      type: (ACTOR_TYPE_WORDS[locale][a.type] ?? ACTOR_TYPE_WORDS[locale].other).label,
      scope: a.scope === 'external' ? scopes.external : scopes.local,
      degree: countFigure(a.degree),
      betweenness: measureFigure(a.betweenness),
      closeness: measureFigure(a.closeness),
      eigenvector: measureFigure(a.eigenvector),
      constraint: measureFigure(a.constraint),
      role: a.role ? { id: a.role, label: roleWords(a.role, locale).label } : null,
      brokerage,
      brokerageText: brokerage.map((b) => `${brokerageWord(b.role, locale)} ${b.count}`).join(locale === 'zh-CN' ? '、' : ', ') || '–',
    });
  }
  const score = (r: ActorRow) => [r.betweenness.value ?? 0, r.degree.value ?? 0];
  return rows.sort((x, y) => score(y)[0] - score(x)[0] || score(y)[1] - score(x)[1] || (x.id < y.id ? -1 : 1));
}

export function governanceSection(report: EngineReport, locale: Locale = 'en'): ReportModel['governance'] {
  const { modeMix, supplyTies, classified } = report.governance;
  const mix = (Object.keys(GOVERNANCE_LABEL) as (keyof typeof GOVERNANCE_LABEL)[]).map((mode) => ({
    mode,
    label: governanceWord(mode, locale),
    count: modeMix[mode] ?? 0,
    share: shareFigure(classified > 0 && isGovernanceMode(mode) ? (modeMix[mode] ?? 0) / classified : null),
  }));
  return { title: reportWords(locale).governance, supplyTies, classified, mix, note: reportPhrases(locale).say.governanceNote(classified, supplyTies) };
}

export function archetypeSection(report: EngineReport, w: Wordings): ReportModel['archetype'] {
  const a = report.archetype;
  const words = ARCHETYPE_WORDS[w.locale][a.id] ?? { label: a.label, line: '' };
  const elements = a.elements.map(w.name);
  const colon = w.locale === 'zh-CN' ? '：' : ': ';
  return {
    id: a.id,
    title: `${reportWords(w.locale).clusterType}${colon}${words.label}`,
    label: words.label,
    line: words.line,
    explanation: say(w, a.i18n?.explanation, a.explanation, a.elements),
    elements,
    elementsText: namesText(elements, Infinity, w.locale),
    note: reportWords(w.locale).clusterTypeTheory,
  };
}

export function tripleHelixSection(report: EngineReport, w: Wordings): ReportModel['tripleHelix'] {
  const t = report.tripleHelix;
  const T = measureFigure(t.T);
  return {
    title: reportPhrases(w.locale).say.tripleHelixTitle(T.text, T.value !== null),
    T,
    synergy: t.synergy,
    ties: t.ties,
    explanation: say(w, t.i18n?.explanation, t.explanation, []),
    // The engine's explanation already says how many ties T is measured on.
    note: reportWords(w.locale).tripleHelixTheory,
  };
}

export function recommendationSections(report: EngineReport, w: Wordings): ReportModel['recommendations'] {
  const items = report.recommendations.map((r) => {
    const elements = r.elements.map(w.name);
    return {
      id: r.id,
      title: say(w, r.i18n?.title, r.title, []),
      message: say(w, r.i18n?.message, r.message, r.elements),
      theory: theoryOf(r.id, w.locale),
      elements,
      elementsText: namesText(elements, Infinity, w.locale),
    };
  });
  return { title: reportWords(w.locale).recommendations, note: items.length ? '' : reportWords(w.locale).noRecommendations, items };
}

/** The map's warnings; none when the map has none. */
export function warningSections(report: EngineReport, w: Wordings): ReportModel['warnings'] {
  if (!report.warnings.length) return undefined;
  const items = report.warnings.map((x) => ({ code: x.code, message: say(w, x.i18n, x.message, x.elements), elements: x.elements.map(w.name) }));
  return { title: reportPhrases(w.locale).say.warningsTitle(items.length), items };
}
