import type { ScorePoint } from './history';
import { useTranslations } from 'next-intl';
import { Sparkline } from './Sparkline';

interface IndexCardProps {
  which: 'ici' | 'gi';
  value: number;
  history: ScorePoint[];
  stale: boolean;
  /** What the map lacks for this index to mean anything (lib/engine/readiness.ts); the number is not shown. */
  missing?: string;
}

export function IndexCard({ which, value, history, stale, missing }: IndexCardProps) {
  const t = useTranslations();
  const meta = { short: t(`scores.index.${which}.short`), name: t(`scores.index.${which}.name`), hint: t(`scores.index.${which}.hint`) };
  const previous = history.length > 1 ? history[history.length - 2][which] : null;
  const delta = previous === null ? null : Math.round((value - previous) * 10) / 10;
  return (
    <div className="flex-1 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200" title={meta.hint}>
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-sm font-semibold uppercase tracking-wide text-slate-500">{meta.short}</span>
        {delta !== null && delta !== 0 && (
          <span
            className={`text-sm font-semibold ${delta > 0 ? 'text-emerald-700' : 'text-rose-700'}`}
            aria-label={t('scores.changedBy', { delta })}
          >
            {delta > 0 ? '▲' : '▼'} {Math.abs(delta).toFixed(1)}
          </span>
        )}
      </div>
      <div
        data-testid={`index-${which}-value`}
        data-value={value}
        className={`text-5xl font-bold tabular-nums leading-tight text-slate-900 transition-opacity ${stale ? 'opacity-60' : ''}`}
      >
        {missing ? '–' : value.toFixed(0)}
        <span className="ml-1 text-lg font-medium text-slate-400">/100</span>
      </div>
      <div className="text-sm text-slate-600">{meta.name}</div>
      {missing && (
        <p data-testid={`index-${which}-missing`} className="mt-1 text-sm text-amber-900">
          {missing}
        </p>
      )}
      <div className="mt-1">
        <Sparkline points={history} pick={(p) => p[which]} label={meta.name} testId={`sparkline-${which}`} />
      </div>
    </div>
  );
}
