import { useTranslations } from 'next-intl';
import { columnList, reportColumns } from '../../../lib/export/report/columns';
import { reportWords } from '../../../lib/export/report/report-words';
import type { ReportModel } from '../../../lib/export/report-model';
import { Field, Heading, Muted, ReportSection, ReportTable } from './ReportParts';

// Governance of the value chain, the cluster type and the triple helix, on one page as in the PDF
// (server/render/pdf-sections.ts structure()).

export function StructureSection({ model }: { model: ReportModel }) {
  const t = useTranslations();
  const { governance, archetype, tripleHelix } = model;
  return (
    <ReportSection testId="report-structure" label={[governance.title, archetype.title, tripleHelix.title].join(', ')}>
      <div data-testid="report-governance" className="space-y-2">
        <Heading>{governance.title}</Heading>
        <Muted small>{governance.note}</Muted>
        <ReportTable columns={columnList(reportColumns(model.locale).governance)} rows={governance.mix} rowKey={(m) => m.mode} caption={t('report.caption.governance')} />
      </div>
      <div data-testid="report-archetype" className="cc-keep space-y-2">
        <Heading>{archetype.title}</Heading>
        <Muted>{archetype.line}</Muted>
        <p>{archetype.explanation}</p>
        <Field label={reportWords(model.locale).label.actorsBehind} value={archetype.elementsText} />
        <Muted small>{archetype.note}</Muted>
      </div>
      <div data-testid="report-triple-helix" className="cc-keep space-y-2">
        <Heading>{tripleHelix.title}</Heading>
        <p>{tripleHelix.explanation}</p>
        <Muted small>{tripleHelix.note}</Muted>
      </div>
    </ReportSection>
  );
}
