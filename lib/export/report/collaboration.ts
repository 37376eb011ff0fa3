import { comparisonNames, wordCompare } from '../../i18n/compare-words';
import type { Locale } from '../../i18n/locale';
import { phaseLabel } from '../../i18n/phase-words';
import { wordCheckpointName } from '../../map/checkpoint-names';
import { changeFigure, indexFigure, namesText, shareFigure, timeText } from './format';
import type { AgreementInput, AgreementRow, AgreementStatus, ComparisonInput, DiscussionInput, ReportModel, SourceKind } from './model-types';
import { REPORT_PHRASES, reportPhrases, reportWords } from './report-words';

// The sections that come from the workshop rather than the engine: what the group agreed, what it said,
// and how the map changed since an earlier state. Each is present only when its input is, and says only
// what happened: no discussion without comments, no rows for elements nobody voted on enough
// (docs/report.md "The report model"), in the report's language (docs/report.md "Languages").

/** The statuses in English (the agreement UI reads them); reportPhrases(locale).status in any language. */
export const STATUS_LABEL: Record<AgreementStatus, string> = REPORT_PHRASES.status;

export function sourceText(kind: SourceKind, stored?: string, locale: Locale = 'en'): string {
  const { source, autoName } = reportPhrases(locale).say;
  if (kind === 'live') return source.live;
  // A scenario's name is always one a person typed; only a checkpoint's may be the server's own.
  if (kind === 'scenario') return source.scenario(stored);
  const name = stored === undefined ? undefined : wordCheckpointName(stored, { ...autoName, phase: (phase) => autoName.phase(phaseLabel(phase, locale)) });
  return kind === 'checkpoint' ? source.checkpoint(name) : source.agreed(name);
}

function agreementRow(e: AgreementInput['elements'][number], locale: Locale): AgreementRow {
  const { status, kind, say } = reportPhrases(locale);
  return {
    ...e,
    tallyText: `${e.tally.agree} / ${e.tally.disagree} / ${e.tally.unsure}${e.secret ? say.secretTally : ''}`,
    statusLabel: status[e.status] ?? e.status,
    kindLabel: e.kind === 'actor' ? kind.actor : kind.tie,
    decisionText: [e.decision && status[e.decision], e.reason].filter(Boolean).join(' — ') || '–',
  };
}

/**
 * Elements are listed one by one only when the group got somewhere with them (settled, contested or
 * open); those with too few votes are one count line, since an untouched map would list every element.
 */
export function agreementSection(input: AgreementInput, locale: Locale = 'en'): NonNullable<ReportModel['agreement']> {
  const { say, status } = reportPhrases(locale);
  const order = Object.keys(status) as AgreementStatus[];
  const threshold = shareFigure(input.rules.threshold);
  const rules = say.rules(input.rules.quorum, threshold.text);
  const counts = order.map((s) => ({ status: s, label: status[s], count: input.elements.filter((e) => e.status === s).length }));
  const section = { title: reportWords(locale).agreement, rules: { quorum: input.rules.quorum, threshold }, counts };
  if (input.elements.every((e) => e.tally.total === 0 && !e.decision)) {
    return { ...section, summary: say.nobodyVoted(rules), elements: [], tooFew: '' };
  }
  const tooFew = counts.find((c) => c.status === 'too_few')!.count;
  const secret = input.elements.filter((e) => e.secret).length;
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const tallies = counts.filter((c) => c.count && c.status !== 'too_few').map((c) => `${c.label}${colon}${c.count}`);
  return {
    ...section,
    summary: [say.rulesLine(rules), tallies.join(' · '), secret ? say.secretNote(secret) : ''].filter(Boolean).join(' '),
    elements: input.elements
      .filter((e) => e.status !== 'too_few')
      .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map((e) => agreementRow(e, locale)),
    tooFew: tooFew ? say.tooFew(tooFew) : '',
  };
}

/** What was said, thread by thread; none when nobody commented. */
export function discussionSection(input: DiscussionInput, locale: Locale = 'en'): ReportModel['discussion'] {
  if (!input.comments.length) return undefined;
  const threads = new Map<string, NonNullable<ReportModel['discussion']>['threads'][number]>();
  const colon = locale === 'zh-CN' ? '：' : ': ';
  for (const c of [...input.comments].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    const thread = threads.get(c.element) ?? { element: c.element, elementLabel: c.elementLabel, comments: [] };
    const time = locale === 'zh-CN' ? `（${timeText(c.at, false, locale)}）` : ` (${timeText(c.at, false, locale)})`;
    thread.comments.push({ author: c.author, text: c.text, at: c.at, line: `${c.author}${time}${colon}${c.text}` });
    threads.set(c.element, thread);
  }
  const count = input.comments.length;
  return { title: reportPhrases(locale).say.discussionTitle(count), count, threads: [...threads.values()] };
}

/** The sentences of what moved, elements named in `locale` from the two states (lib/i18n/compare-words.ts). */
function comparisonSentences(input: ComparisonInput, locale: Locale): Array<{ id: string; text: string }> {
  if (!input.explained?.length) return [];
  const names = input.sides ? comparisonNames(input.sides.from, input.sides.to, locale) : undefined;
  return input.explained.map((e) => ({ id: e.id, text: wordCompare(e.message, locale, names) }));
}

export function comparisonSection(input: ComparisonInput, locale: Locale = 'en', nameOf: (id: string, name: string) => string = (_id, name) => name): NonNullable<ReportModel['comparison']> {
  const against = { ...input.against, text: sourceText(input.against.kind, input.against.name, locale) };
  const words = reportWords(locale);
  return {
    title: input.direction === 'would' ? reportPhrases(locale).say.scenarioTitle(against.text) : reportPhrases(locale).say.comparisonTitle(against.text),
    against,
    values: input.values.map((v) => {
      const isIndex = !/^[IG]\d+$/.test(v.id);
      const fig = isIndex ? indexFigure : shareFigure;
      return { id: v.id, name: nameOf(v.id, v.name), before: fig(v.before), after: fig(v.after), change: changeFigure(v.after - v.before, isIndex ? 1 : 2) };
    }),
    added: input.added,
    removed: input.removed,
    addedText: namesText(input.added, Infinity, locale) || words.nothing,
    removedText: namesText(input.removed, Infinity, locale) || words.nothing,
    explanations: comparisonSentences(input, locale),
  };
}
