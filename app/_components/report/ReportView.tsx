import { useTranslations } from 'next-intl';
import { ActorsSection } from './ActorsSection';
import { AdviceSection } from './AdviceSection';
import { CollaborationSection } from './CollaborationSection';
import { CoverSection } from './CoverSection';
import { IndicesSection } from './IndicesSection';
import { MapsSection } from './MapsSection';
import type { ReportResponse } from './reportApi';
import { StructureSection } from './StructureSection';

/** Every section the report model has, in the PDF's order (server/render/pdf.ts renderReportPdf). */
export function ReportView({ report }: { report: ReportResponse }) {
  const t = useTranslations();
  const { model, svgs } = report;
  return (
    <article className="space-y-10 print:space-y-0" aria-label={t('report.label', { title: model.cover.title })}>
      <CoverSection model={model} />
      <MapsSection model={model} svgs={svgs} />
      <IndicesSection model={model} />
      <ActorsSection model={model} />
      <StructureSection model={model} />
      <AdviceSection model={model} />
      <CollaborationSection model={model} />
    </article>
  );
}
