import { reportWords } from '../../../lib/export/report/report-words';
import type { ReportModel } from '../../../lib/export/report-model';
import { Field, Heading, Muted, ReportSection } from './ReportParts';

// The recommendations, each with the elements it names and the theory behind it, then the warnings
// (server/render/pdf-sections.ts advice()).

export function AdviceSection({ model }: { model: ReportModel }) {
  const { recommendations, warnings } = model;
  const LABEL = reportWords(model.locale).label;
  return (
    <ReportSection testId="report-recommendations" label={recommendations.title}>
      <Heading>{recommendations.title}</Heading>
      <Muted>{recommendations.note}</Muted>
      <ol className="space-y-3">
        {recommendations.items.map((r, i) => (
          <li key={r.id} className="cc-keep space-y-0.5" data-testid={`report-recommendation-${r.id}`}>
            <h3 className="font-bold">
              {i + 1}. {r.title}
            </h3>
            <p className="pl-3">{r.message}</p>
            <div className="pl-3 text-sm">
              <Field label={LABEL.elements} value={r.elementsText} />
              <Field label={LABEL.theory} value={r.theory} />
            </div>
          </li>
        ))}
      </ol>
      {warnings && (
        <div data-testid="report-warnings" className="space-y-1">
          <Heading>{warnings.title}</Heading>
          <ul className="list-disc space-y-0.5 pl-6 text-sm">
            {warnings.items.map((w, i) => (
              <li key={`${w.code}-${i}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
    </ReportSection>
  );
}
