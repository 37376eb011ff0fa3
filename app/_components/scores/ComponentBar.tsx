import type { IndexComponent } from '../../../lib/engine/types';
import { useLocale, useTranslations } from 'next-intl';
import { wordComponent } from '../../../lib/i18n/engine-words';
import { THEORY_FALLBACK } from './labels';

interface ComponentBarProps {
  component: IndexComponent;
  names: ReadonlyMap<string, string>;
  /** Σ weights of the index, to say how many of its 100 points this sub-indicator brings. */
  totalWeight: number;
  /** How many canvas elements are lit for it (stages count as the actors performing them). */
  lit: number | null;
  open: boolean;
  onToggle: () => void;
}

/** One sub-indicator: its value as a bar; opening it explains it and lights its elements on the map. */
export function ComponentBar({ component: c, names, totalWeight, lit, open, onToggle }: ComponentBarProps) {
  const points = totalWeight > 0 ? (100 * c.weight * c.value) / totalWeight : 0;
  const maxPoints = totalWeight > 0 ? (100 * c.weight) / totalWeight : 0;
  const pct = Math.round(Math.max(0, Math.min(1, c.value)) * 100);
  const locale = useLocale();
  const t = useTranslations();
  // The engine's words in the reader's language (lib/i18n/engine-words.ts); English is the engine's own.
  const words = wordComponent(c, locale, names);
  const theory = (locale === 'en' ? c.theory?.trim() || THEORY_FALLBACK[c.id] : words.theory) || '';
  const detailsId = `component-${c.id}-details`;
  return (
    <li className={`rounded-lg ${open ? 'bg-brand-50 ring-1 ring-brand-100' : ''}`}>
      <button
        type="button"
        data-testid={`component-${c.id}`}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={onToggle}
        className="w-full rounded-lg px-2 py-1.5 text-left hover:bg-slate-100"
      >
        <div className="flex items-baseline justify-between gap-2 text-sm">
          <span className="font-medium text-slate-800">
            <span className="mr-1.5 font-mono text-xs text-slate-500">{c.id}</span>
            {words.name || c.id}
          </span>
          <span className="tabular-nums font-semibold text-slate-900">{pct}</span>
        </div>
        <div className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden>
          <div className="h-full rounded-full bg-brand-500 transition-[width] duration-300" style={{ width: `${pct}%` }} />
        </div>
      </button>
      {open && (
        <div id={detailsId} data-testid={detailsId} className="space-y-1.5 px-2 pb-2 text-sm text-slate-700">
          <p>{words.explanation}</p>
          <p>
            <span className="font-semibold text-slate-600">{t('scores.component.formula')} </span>
            <code data-testid={`component-${c.id}-formula`} className="rounded bg-white px-1 py-0.5 text-xs text-slate-800 ring-1 ring-slate-200">
              {c.formula}
            </code>
          </p>
          <p className="text-xs text-slate-500">
            {t('scores.component.brings', { points: points.toFixed(1), max: maxPoints.toFixed(1), weight: c.weight.toFixed(2), value: c.value.toFixed(3) })} ·{' '}
            {lit ? t('scores.component.lit', { count: lit }) : t('scores.component.noElements')}
          </p>
          {theory && (
            <p className="text-xs italic text-slate-600">
              <span className="not-italic font-semibold">{t('scores.component.theory')} </span>
              {theory}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
