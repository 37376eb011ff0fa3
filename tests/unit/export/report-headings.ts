import { compareMaps } from '../../../lib/compare/compare-maps';
import { computeReport } from '../../../lib/engine';
import { agreementInput, comparisonInput, discussionInput } from '../../../lib/export/report/from-workshop';
import { REPORT_WORDS } from '../../../lib/export/report/report-words';
import type { ReportInput, ReportModel } from '../../../lib/export/report-model';
import { emptyDiscussion, type Discussion } from '../../../lib/map/discussion';
import { templateMap } from '../../../lib/map/templates';

// What the PDF and the report page are both checked against (docs/report.md "The report model"): the
// model's section titles in the order both show them, and every word of REPORT_WORDS.

/** The titles of every section the model has, in the order of both renderers. */
export function sectionTitles(model: ReportModel): string[] {
  return [
    model.cover.title,
    ...model.maps.map((m) => m.title),
    ...model.indices.map((i) => i.title),
    model.actors.title,
    model.governance.title,
    model.archetype.title,
    model.tripleHelix.title,
    model.recommendations.title,
    ...[model.warnings, model.comparison, model.agreement, model.discussion].flatMap((s) => (s ? [s.title] : [])),
  ];
}

/** Every string of REPORT_WORDS. */
export function reportWords(words: object = REPORT_WORDS): string[] {
  return Object.values(words).flatMap((w) => (typeof w === 'string' ? [w] : reportWords(w as object)));
}

/** The demo after a workshop session: votes, a decision, a comment, a warning, compared with a checkpoint where one tie was another kind. */
export function workshopInput(): ReportInput {
  const map = templateMap('optics-valley');
  // A tie from an actor to itself: the engine warns about it.
  map.ties.push({ id: 't_self', source: 'a_yofc', target: 'a_yofc', kind: 'knowledge', directed: false, strength: 1, tacit: false });
  const report = computeReport(map);
  // Before lunch the first knowledge tie was still drawn as a social one: one tie changed, and the indices moved.
  const first = map.ties.find((x) => x.kind === 'knowledge');
  const earlier = { ...map, ties: map.ties.map((t) => (t === first ? { ...t, kind: 'social' as const, tacit: false } : t)) };
  const discussion: Discussion = {
    ...emptyDiscussion(),
    votes: { a_hust: { p1: 'agree', p2: 'agree', p3: 'agree' }, a_yofc: { p1: 'agree', p2: 'disagree', p3: 'disagree' }, a_ehtz: { p1: 'agree' } },
    decisions: { a_expo: { value: 'parked', by: 'p1', at: 5, reason: 'ask the organisers' } },
    comments: [{ id: 'c1', element: 'a_hust', author: 'p1', text: 'They license the patents', at: Date.UTC(2026, 2, 4, 9, 30) }],
    people: { p1: { name: 'Li Wei', color: '#123456', role: 'facilitator' } },
  };
  return {
    map,
    // No rule fires, so the report says so.
    report: { ...report, recommendations: [] },
    agreement: agreementInput(map, discussion),
    discussion: discussionInput(map, discussion),
    comparison: comparisonInput(compareMaps({ map: earlier, report: computeReport(earlier) }, { map, report }), earlier, map, { kind: 'checkpoint', name: 'Before lunch' }),
    generatedAt: '2026-03-04T05:06:07Z',
    source: { kind: 'live' },
  };
}

/** The demo as a new workshop has it: nobody took part yet. */
export function untouchedInput(): ReportInput {
  const map = templateMap('optics-valley');
  return {
    map,
    report: computeReport(map),
    agreement: agreementInput(map, emptyDiscussion()),
    discussion: discussionInput(map, emptyDiscussion()),
    generatedAt: '2026-03-04T05:06:07Z',
    source: { kind: 'live' },
  };
}
