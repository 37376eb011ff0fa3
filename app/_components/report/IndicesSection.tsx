import { reportWords } from '../../../lib/export/report/report-words';
import type { ReportModel } from '../../../lib/export/report-model';
import { Field, Muted, ReportSection } from './ReportParts';

// Each index with every sub-indicator: value, weight, formula, what it says with the map's numbers, the
// theory, and the elements it names (server/render/pdf-sections.ts indices()).

export function IndicesSection({ model }: { model: ReportModel }) {
  const LABEL = reportWords(model.locale).label;
  return (
    <div data-testid="report-indices">
      {model.indices.map((index) => (
        <ReportSection key={index.id} testId={`report-index-${index.id}`} label={index.title}>
          <h2 className="pt-2 text-2xl font-bold text-slate-900" data-testid={`report-index-${index.id}-value`} data-value={index.value.value ?? ''}>
            {index.title}
          </h2>
          <Muted>{index.note}</Muted>
          {index.components.map((c) => (
            <article key={c.id} className="cc-keep space-y-0.5 pt-3" data-testid={`report-component-${c.id}`}>
              <h3 className="font-bold">{c.title}</h3>
              <div className="space-y-0.5 pl-3 text-sm">
                <Field label={LABEL.formula} value={c.formula} />
                <Field label={LABEL.says} value={c.explanation} />
                <Field label={LABEL.theory} value={c.theory} />
                <Field label={LABEL.elements} value={c.elementsText} />
              </div>
            </article>
          ))}
        </ReportSection>
      ))}
    </div>
  );
}
