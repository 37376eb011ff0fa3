import type { ScorePoint } from './history';
import { INDEX_LABEL } from './labels';
import { Sparkline } from './Sparkline';

interface IndexCardProps {
  which: 'ici' | 'gi';
  value: number;
  history: ScorePoint[];
  stale: boolean;
}

export function IndexCard({ which, value, history, stale }: IndexCardProps) {
  const meta = INDEX_LABEL[which];
  const previous = history.length > 1 ? history[history.length - 2][which] : null;
  const delta = previous === null ? null : Math.round((value - previous) * 10) / 10;
  return (
    <div className="flex-1 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200" title={meta.hint}>
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-sm font-semibold uppercase tracking-wide text-slate-500">{meta.short}</span>
        {delta !== null && delta !== 0 && (
          <span
            className={`text-sm font-semibold ${delta > 0 ? 'text-emerald-700' : 'text-rose-700'}`}
            aria-label={`changed by ${delta} at the last edit`}
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
        {value.toFixed(0)}
        <span className="ml-1 text-lg font-medium text-slate-400">/100</span>
      </div>
      <div className="text-sm text-slate-600">{meta.name}</div>
      <div className="mt-1">
        <Sparkline points={history} pick={(p) => p[which]} label={meta.name} testId={`sparkline-${which}`} />
      </div>
    </div>
  );
}
