'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { indexWords, wordEngine } from '../../../lib/i18n/engine-words';
import { parseLocale } from '../../../lib/i18n/locale';
import { COMPARE_COLORS, type CompareMark } from '../../../lib/map/colors';
import { elementNames } from '../../../lib/map/labels';
import type { ElementChanges, ExplainedChange } from '../../../lib/compare/types';
import type { CompareResult as Result } from './useCompare';

// What a comparison found (docs/guide.md "Comparing two states"): the actors and ties added, removed and
// changed (with the fields, in words), then every index and sub-indicator side by side with its change
// and the sentence that explains it. Clicking a row lights the elements that explain it on the map.

/** The fields a comparison names (lib/compare/compare-maps.ts), each worded under compare.field. */
const FIELDS = ['label', 'labels', 'type', 'scope', 'stages', 'influence', 'goals', 'notes', 'source', 'target', 'kind', 'directed', 'strength', 'tacit', 'gvc'] as const;
const isField = (f: string): f is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(f);

const MARK_SIGN: Record<CompareMark, string> = { added: '+', removed: '−', changed: '~' };

function Swatch({ mark }: { mark: CompareMark }) {
  return <span aria-hidden className="inline-block h-3 w-3 shrink-0 rounded-full" style={{ background: COMPARE_COLORS[mark], opacity: mark === 'removed' ? 0.6 : 1 }} />;
}

function ElementList({ kind, changes, name }: { kind: 'actors' | 'ties'; changes: ElementChanges; name(id: string): string }) {
  const t = useTranslations();
  const rows: Array<{ id: string; mark: CompareMark; fields?: string[] }> = [
    ...changes.added.map((id) => ({ id, mark: 'added' as const })),
    ...changes.removed.map((id) => ({ id, mark: 'removed' as const })),
    ...changes.changed.map((c) => ({ id: c.id, mark: 'changed' as const, fields: c.fields })),
  ];
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t(`compare.${kind}`)}</h4>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('compare.nothing')}</p>
      ) : (
        <ul className="space-y-1" data-testid={`compare-${kind}`}>
          {rows.map((r) => (
            <li key={`${r.mark}-${r.id}`} data-id={r.id} data-mark={r.mark} className="flex items-start gap-2 text-sm">
              <Swatch mark={r.mark} />
              <span className="min-w-0">
                <span className="sr-only">{t(`compare.mark.${r.mark}`)}: </span>
                <span aria-hidden className="mr-1 font-mono text-slate-500">{MARK_SIGN[r.mark]}</span>
                {name(r.id)}
                {r.fields && <span className="text-slate-500"> · {t('compare.changedFields', { fields: r.fields.map((f) => (isField(f) ? t(`compare.field.${f}`) : f)).join(t('compare.fieldSeparator')) })}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const signed = (points: number) => `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)}`;

function IndexRow({ id, label, change, scale, lit, onLight }: { id: string; label: string; change: ExplainedChange & { explanation: string }; scale: number; lit: boolean; onLight(): void }) {
  const moved = change.points !== 0;
  return (
    <li data-testid={`compare-row-${id}`} data-points={change.points} className={`rounded-lg ${lit ? 'bg-amber-50 ring-1 ring-amber-200' : ''}`}>
      <button type="button" onClick={onLight} disabled={!change.elements.length} aria-pressed={lit} className="w-full rounded-lg px-2 py-1.5 text-left enabled:hover:bg-slate-100">
        <div className="flex items-baseline justify-between gap-2 text-sm">
          <span className="min-w-0 font-medium text-slate-800">{label}</span>
          <span className="shrink-0 tabular-nums text-slate-700">
            {Math.round(change.from * scale)} → {Math.round(change.to * scale)}{' '}
            <span data-testid="compare-delta" className={`font-semibold ${change.points > 0 ? 'text-emerald-700' : change.points < 0 ? 'text-rose-700' : 'text-slate-400'}`}>
              {signed(change.points)}
            </span>
          </span>
        </div>
        {moved && (
          <p className="mt-0.5 text-xs text-slate-600" data-testid="compare-explanation">
            {change.explanation}
          </p>
        )}
      </button>
    </li>
  );
}

export function CompareResult({ result, lit, onLight }: { result: Result; lit: string | null; onLight(id: string, elements: string[]): void }) {
  const t = useTranslations();
  const locale = parseLocale(useLocale()) ?? 'en';
  const { answer } = result;
  const names = useMemo(() => {
    const later = elementNames(result.to, locale);
    const earlier = elementNames(result.from, locale);
    return (id: string) => later.get(id) ?? earlier.get(id) ?? id;
  }, [result, locale]);
  const missing = answer.sources.to.missing ?? answer.sources.from.missing ?? [];
  const row = (id: string, label: string, change: ExplainedChange & { explanation: string }, scale: number) => (
    <IndexRow key={id} id={id} label={label} change={change} scale={scale} lit={lit === id} onLight={() => onLight(id, change.elements)} />
  );
  return (
    <div className="space-y-4" data-testid="compare-result">
      {missing.length > 0 && (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="compare-missing">
          {t('compare.missing', { count: missing.length })}
        </p>
      )}
      <ElementList kind="actors" changes={answer.actors} name={names} />
      <ElementList kind="ties" changes={answer.ties} name={names} />
      <div>
        <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('compare.indices')}</h4>
        <ul className="space-y-0.5" data-testid="compare-indices">
          {row('ici', `${indexWords('ici', locale).short} ${indexWords('ici', locale).name}`, answer.indices.ici, 1)}
          {row('gi', `${indexWords('gi', locale).short} ${indexWords('gi', locale).name}`, answer.indices.gi, 1)}
          {Object.entries(answer.indices.components).map(([id, c]) => row(id, `${id} ${wordEngine({ key: `indicator.${id}.name` as never }, locale)}`, c, 100))}
        </ul>
      </div>
    </div>
  );
}
