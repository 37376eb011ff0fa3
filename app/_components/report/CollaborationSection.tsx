import { useTranslations } from 'next-intl';
import { columnList, reportColumns } from '../../../lib/export/report/columns';
import { reportWords } from '../../../lib/export/report/report-words';
import type { Locale } from '../../../lib/i18n/locale';
import type { ReportModel } from '../../../lib/export/report-model';
import { Field, Heading, Muted, ReportSection, ReportTable } from './ReportParts';

// What came from the workshop rather than the engine, when the report has it: how the map changed since a
// checkpoint, what the group agreed, and what was said (server/render/pdf-sections.ts collaboration()).

type Comparison = NonNullable<ReportModel['comparison']>;
type Agreement = NonNullable<ReportModel['agreement']>;
type Discussion = NonNullable<ReportModel['discussion']>;

function ComparisonPart({ comparison, locale }: { comparison: Comparison; locale: Locale }) {
  const t = useTranslations();
  const words = reportWords(locale);
  return (
    <div data-testid="report-comparison" className="space-y-2">
      <Heading>{comparison.title}</Heading>
      <ReportTable columns={columnList(reportColumns(locale).comparison)} rows={comparison.values} rowKey={(v) => v.id} caption={t('report.caption.comparison')} testId="report-comparison-table" />
      <Field label={words.label.added} value={comparison.addedText} />
      <Field label={words.label.removed} value={comparison.removedText} />
      {comparison.explanations.length > 0 && (
        <div data-testid="report-comparison-explained">
          <p className="font-semibold text-slate-600">{words.label.explained}</p>
          <ul className="list-disc pl-5 text-sm">
            {comparison.explanations.map((e) => (
              <li key={e.id} data-id={e.id}>
                {e.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function AgreementPart({ agreement, locale }: { agreement: Agreement; locale: Locale }) {
  const t = useTranslations();
  return (
    <div data-testid="report-agreement" className="space-y-2">
      <Heading>{agreement.title}</Heading>
      <Muted small>{agreement.summary}</Muted>
      {agreement.elements.length > 0 && (
        <ReportTable columns={columnList(reportColumns(locale).agreement)} rows={agreement.elements} rowKey={(e) => e.id} caption={t('report.caption.agreement')} testId="report-agreement-table" />
      )}
      <Muted small>{agreement.tooFew}</Muted>
    </div>
  );
}

function DiscussionPart({ discussion }: { discussion: Discussion }) {
  return (
    <div data-testid="report-discussion" className="space-y-2">
      <Heading>{discussion.title}</Heading>
      {discussion.threads.map((thread) => (
        <div key={thread.element} className="cc-keep space-y-0.5">
          <p className="font-bold">{thread.elementLabel}</p>
          {thread.comments.map((c, i) => (
            <p key={i} className="pl-3 text-sm">
              {c.line}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}

export function CollaborationSection({ model }: { model: ReportModel }) {
  const { agreement, discussion, comparison } = model;
  if (!agreement && !discussion && !comparison) return null;
  const label = [comparison?.title, agreement?.title, discussion?.title].filter(Boolean).join(', ');
  return (
    <ReportSection testId="report-collaboration" label={label}>
      {comparison && <ComparisonPart comparison={comparison} locale={model.locale} />}
      {agreement && <AgreementPart agreement={agreement} locale={model.locale} />}
      {discussion && <DiscussionPart discussion={discussion} />}
    </ReportSection>
  );
}
