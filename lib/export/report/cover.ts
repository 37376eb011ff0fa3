import type { Locale } from '../../i18n/locale';
import { personName } from '../../i18n/people';
import { sourceText } from './collaboration';
import { timeText } from './format';
import type { ReportInput, ReportModel } from './model-types';
import { reportPhrases, reportWords } from './report-words';

// The report's cover: what the map is, where it comes from, who made it and when.

export function coverSection(input: ReportInput, generatedAt: string, locale: Locale = 'en'): ReportModel['cover'] {
  const { map } = input;
  const words = reportWords(locale);
  const say = reportPhrases(locale).say;
  const local = map.actors.filter((a) => a.scope !== 'external').length;
  const counts = { actors: map.actors.length, local, external: map.actors.length - local, ties: map.ties.length, stages: map.stages.length };
  const participants = (input.participants ?? []).map((name) => personName(name, locale));
  return {
    title: map.meta.title,
    subtitle: words.subtitle,
    cluster: map.meta.cluster,
    region: map.meta.region,
    sector: map.meta.sector,
    date: generatedAt.slice(0, 10),
    generatedAt,
    source: { ...input.source, text: sourceText(input.source.kind, input.source.name, locale) },
    participants,
    participantsText: participants.length ? participants.join(locale === 'zh-CN' ? '、' : ', ') : words.noParticipants,
    counts,
    mapText: say.mapText(counts),
    madeText: say.madeText(timeText(generatedAt, true, locale)),
  };
}
