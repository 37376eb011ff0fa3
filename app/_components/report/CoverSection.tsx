import { reportWords } from '../../../lib/export/report/report-words';
import type { ReportModel } from '../../../lib/export/report-model';
import { Field, ReportSection } from './ReportParts';

// The cover, as the PDF's (server/render/pdf-sections.ts cover()): title, the map's details, the source,
// both index values, who took part and when it was made.

export function CoverSection({ model }: { model: ReportModel }) {
  const c = model.cover;
  const LABEL = reportWords(model.locale).label;
  return (
    <ReportSection testId="report-cover" page="none" label={c.subtitle}>
      <h1 className="pt-6 text-4xl font-bold text-slate-900 print:pt-16" data-testid="report-title">
        {c.title}
      </h1>
      <p className="pb-4 text-lg text-slate-600">{c.subtitle}</p>
      <Field label={LABEL.cluster} value={c.cluster} />
      <Field label={LABEL.region} value={c.region} />
      <Field label={LABEL.sector} value={c.sector} />
      <Field label={LABEL.date} value={c.date} />
      <Field label={LABEL.source} value={c.source.text} testId="report-source" />
      <Field label={LABEL.map} value={c.mapText} />
      <div className="space-y-1 py-4">
        {model.indices.map((index) => (
          <p key={index.id} className="text-xl font-bold" data-testid={`report-cover-${index.id}`} data-value={index.value.value ?? ''}>
            {index.summary}
          </p>
        ))}
      </div>
      <p className="font-bold">{LABEL.participants}</p>
      <p className={c.participants.length ? '' : 'text-slate-500'} data-testid="report-participants">
        {c.participantsText}
      </p>
      <p className="pt-4 text-xs text-slate-500">{c.madeText}</p>
    </ReportSection>
  );
}
