import type { EngineReport } from '../../../lib/engine/types';
import { theoryOf } from '../../../lib/export/report/recommendation-theory';
import { useLocale, useTranslations } from 'next-intl';
import { wordRecommendation, wordWarning } from '../../../lib/i18n/engine-words';
import type { Highlight } from './highlight';

/** A badly imported map can carry hundreds of warnings; the first ones show what to fix. */
const WARNING_LIMIT = 40;

interface AdviceViewProps {
  report: EngineReport;
  /** What to call each element: the engine's texts name them by id. */
  names: ReadonlyMap<string, string>;
  highlight: Highlight | null;
  onToggle: (source: string, elements: string[]) => void;
}

export function AdviceView({ report, names, highlight, onToggle }: AdviceViewProps) {
  const locale = useLocale();
  const t = useTranslations();
  const { recommendations, warnings } = report;
  return (
    <div className="space-y-4">
      <section>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('scores.advice.title')}</h3>
        {recommendations.length === 0 ? (
          <p className="text-sm text-slate-600">{t('scores.advice.none')}</p>
        ) : (
          <ul data-testid="recommendations" className="space-y-1.5">
            {recommendations.map((r) => {
              const source = `recommendation:${r.id}`;
              const on = highlight?.source === source;
              return (
                <li key={r.id}>
                  <button
                    type="button"
                    data-testid={`recommendation-${r.id}`}
                    data-elements={r.elements.length}
                    aria-pressed={on}
                    onClick={() => onToggle(source, r.elements)}
                    className={`w-full rounded-lg p-2.5 text-left ring-1 transition-colors ${
                      on ? 'bg-amber-50 ring-amber-400' : 'bg-white ring-slate-200 hover:bg-slate-50'
                    }`}
                  >
                    <div className="font-semibold text-slate-900">{wordRecommendation(r, locale, names).title}</div>
                    <div className="text-sm text-slate-700">{wordRecommendation(r, locale, names).message}</div>
                    {theoryOf(r.id, locale) && (
                      <div data-testid={`recommendation-${r.id}-theory`} className="mt-1 text-xs text-slate-600">
                        <span className="font-semibold">{t('scores.advice.why')}</span>
                        {theoryOf(r.id, locale)}
                      </div>
                    )}
                    {r.elements.length > 0 && (
                      <div className="mt-1 text-xs text-slate-500">
                        {on
                          ? t('scores.advice.lit', { count: r.elements.length })
                          : t('scores.advice.show', { count: r.elements.length })}
                      </div>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {warnings.length > 0 && (
        <section data-testid="warnings">
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('scores.advice.check', { count: warnings.length })}</h3>
          <ul className="space-y-1">
            {warnings.slice(0, WARNING_LIMIT).map((w, i) => {
              const source = `warning:${i}:${w.code}`;
              return (
                <li key={source}>
                  <button
                    type="button"
                    data-testid={`warning-${i}`}
                    disabled={w.elements.length === 0}
                    aria-pressed={highlight?.source === source}
                    onClick={() => onToggle(source, w.elements)}
                    className="w-full rounded-md bg-amber-50 px-2 py-1.5 text-left text-sm text-amber-950 ring-1 ring-amber-200 enabled:hover:bg-amber-100 aria-pressed:ring-2 aria-pressed:ring-amber-500"
                  >
                    ⚠ {wordWarning(w, locale, names)}
                  </button>
                </li>
              );
            })}
          </ul>
          {warnings.length > WARNING_LIMIT && (
            <p className="mt-1 text-xs text-slate-500">{t('scores.advice.moreWarnings', { count: warnings.length - WARNING_LIMIT })}</p>
          )}
        </section>
      )}
    </div>
  );
}
