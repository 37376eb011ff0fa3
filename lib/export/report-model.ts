import { indexWords, wordEngine } from '../i18n/engine-words';
import { localisedMap, namesFor } from '../i18n/map-names';
import { elementNamer } from './report/elements';
import { agreementSection, comparisonSection, discussionSection } from './report/collaboration';
import { coverSection } from './report/cover';
import type { ReportInput, ReportModel } from './report/model-types';
import { reportWords } from './report/report-words';
import { actorRows, archetypeSection, governanceSection, indexSections, recommendationSections, tripleHelixSection, warningSections } from './report/sections';

// buildReportModel: a workshop's report as plain data, pure and isomorphic, that the PDF
// (server/render/pdf.ts) and the report web page both render, every heading and note included, so they
// say the same words, in the language of `input.locale` (English by default), actors under their names
// in that language (docs/report.md "Languages"). docs/report.md lists its sections and what is left out
// when empty.

export type * from './report/model-types';

/** What came and went, named in the report's language where the map still has the element. */
function localisedComparison(c: NonNullable<ReportInput['comparison']>, map: ReportInput['map'], locale: NonNullable<ReportInput['locale']>) {
  const names = namesFor(map, locale);
  const named = (items: typeof c.added) => items.map((e) => ({ ...e, label: names(e.id) ?? e.label }));
  return { ...c, added: named(c.added), removed: named(c.removed) };
}

export function buildReportModel(input: ReportInput): ReportModel {
  const locale = input.locale ?? 'en';
  const map = localisedMap(input.map, locale);
  const { report } = input;
  const w = { locale, name: elementNamer(map, locale) };
  const warnings = warningSections(report, w);
  const discussion = input.discussion && discussionSection(input.discussion, locale);
  const words = reportWords(locale);
  const nameOf = (id: string, name: string) =>
    id === 'ici' || id === 'gi' ? indexWords(id, locale).name : /^[IG]\d$/.test(id) ? wordEngine({ key: `indicator.${id}.name` as never }, locale) : name;
  return {
    locale,
    cover: coverSection({ ...input, map }, new Date(input.generatedAt).toISOString(), locale),
    maps: (['network', 'value-chain'] as const).map((view) => ({ view, ...words.maps[view] })),
    indices: indexSections(report, w),
    actors: { title: words.actors, note: words.actorsNote, rows: actorRows(map, report, locale) },
    governance: governanceSection(report, locale),
    archetype: archetypeSection(report, w),
    tripleHelix: tripleHelixSection(report, w),
    recommendations: recommendationSections(report, w),
    ...(warnings ? { warnings } : {}),
    ...(input.agreement ? { agreement: agreementSection(input.agreement, locale) } : {}),
    ...(discussion ? { discussion } : {}),
    ...(input.comparison ? { comparison: comparisonSection(localisedComparison(input.comparison, map, locale), locale, nameOf) } : {}),
  };
}
