import { useTranslations } from 'next-intl';
import { columnList, reportColumns } from '../../../lib/export/report/columns';
import type { ReportModel } from '../../../lib/export/report-model';
import { Muted, ReportSection, ReportTable } from './ReportParts';

// The actor table, with the PDF's columns (lib/export/report/columns.ts), on a landscape page.

export function ActorsSection({ model }: { model: ReportModel }) {
  const t = useTranslations();
  return (
    <ReportSection testId="report-actors" page="wide" label={model.actors.title}>
      <h2 className="pt-2 text-2xl font-bold text-slate-900">{model.actors.title}</h2>
      <Muted small>{model.actors.note}</Muted>
      <ReportTable columns={columnList(reportColumns(model.locale).actors)} rows={model.actors.rows} rowKey={(r) => r.id} caption={t('report.caption.actors')} testId="report-actor-table" />
    </ReportSection>
  );
}
