import type { Locale } from '../../i18n/locale';
import type { ActorRow, AgreementRow, ComparisonRow, GovernanceRow } from './model-types';
import { reportPhrases } from './report-words';

// The report's tables, column by column: the title and what each cell says. The PDF (server/render/pdf-
// sections.ts, which adds each column's width by its key) and the report page read the same columns, so
// their tables have the same headers and cells (docs/report.md "The report model"), in the report's
// language (docs/report.md "Languages": `reportColumns(model.locale)`).

export interface ReportColumn<Row> {
  title: string;
  align?: 'left' | 'right';
  cell(row: Row): string;
}

export type ReportColumns<Row> = Readonly<Record<string, ReportColumn<Row>>>;

/** The columns in order (an object's string keys keep the order they were written in). */
export const columnList = <Row>(columns: ReportColumns<Row>): ReportColumn<Row>[] => Object.values(columns);

/** Every table's columns with their titles in `locale`. */
export function reportColumns(locale: Locale = 'en') {
  const t = reportPhrases(locale).columns;
  return {
    actors: {
      actor: { title: t.actor, cell: (r) => r.label },
      type: { title: t.type, cell: (r) => r.type },
      scope: { title: t.scope, cell: (r) => r.scope },
      degree: { title: t.degree, align: 'right', cell: (r) => r.degree.text },
      betweenness: { title: t.betweenness, align: 'right', cell: (r) => r.betweenness.text },
      closeness: { title: t.closeness, align: 'right', cell: (r) => r.closeness.text },
      eigenvector: { title: t.eigenvector, align: 'right', cell: (r) => r.eigenvector.text },
      constraint: { title: t.constraint, align: 'right', cell: (r) => r.constraint.text },
      role: { title: t.role, cell: (r) => r.role?.label ?? '–' },
      brokerage: { title: t.brokerage, cell: (r) => r.brokerageText },
    } satisfies ReportColumns<ActorRow>,
    governance: {
      mode: { title: t.mode, cell: (m) => m.label },
      count: { title: t.count, align: 'right', cell: (m) => String(m.count) },
      share: { title: t.share, align: 'right', cell: (m) => m.share.text },
    } satisfies ReportColumns<GovernanceRow>,
    comparison: {
      value: { title: t.value, cell: (v) => `${v.id} ${v.name}` },
      before: { title: t.before, align: 'right', cell: (v) => v.before.text },
      after: { title: t.after, align: 'right', cell: (v) => v.after.text },
      change: { title: t.change, align: 'right', cell: (v) => v.change.text },
    } satisfies ReportColumns<ComparisonRow>,
    agreement: {
      element: { title: t.element, cell: (e) => `${e.kindLabel}${locale === 'zh-CN' ? '：' : ': '}${e.label}` },
      status: { title: t.status, cell: (e) => e.statusLabel },
      tally: { title: t.tally, align: 'right', cell: (e) => e.tallyText },
      decision: { title: t.decision, cell: (e) => e.decisionText },
    } satisfies ReportColumns<AgreementRow>,
  };
}

const EN = reportColumns('en');
export const ACTOR_COLUMNS = EN.actors;
export const GOVERNANCE_COLUMNS = EN.governance;
export const COMPARISON_COLUMNS = EN.comparison;
export const AGREEMENT_COLUMNS = EN.agreement;
