'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { SCENARIO_PREFIX } from '../../../lib/compare/sources';
import { COMPARE_COLORS, COMPARE_MARKS } from '../../../lib/map/colors';
import type { CheckpointsApi, CheckpointSummary } from '../checkpoints/checkpointsApi';
import { checkpointLine } from '../checkpoints/kindWords';
import type { Highlight, HighlightHandler } from '../scores/highlight';
import { toggleHighlight } from '../scores/highlight';
import { CompareResult } from './CompareResult';
import type { CompareState } from './useCompare';

// The dock's Compare panel (docs/guide.md "Comparing two states"): any two of the checkpoints, the live map
// and the scenarios; the comparison listed, explained, and drawn on the canvas.

function SourcePicker({ label, value, onChange, checkpoints, scenarios, testId }: { label: string; value: string; onChange(v: string): void; checkpoints: readonly CheckpointSummary[]; scenarios: ReadonlyArray<{ id: string; name: string }>; testId: string }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <label className="block min-w-0 flex-1">
      <span className="mb-0.5 block text-xs font-semibold text-slate-600">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} className="min-h-10 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900">
        <option value="" disabled>
          {t('compare.choose')}
        </option>
        <option value="live">{t('compare.live')}</option>
        {checkpoints.length > 0 && (
          <optgroup label={t('compare.checkpoints')}>
            {checkpoints.map((cp) => (
              <option key={cp.id} value={cp.id}>
                {checkpointLine(t, format, cp)}
              </option>
            ))}
          </optgroup>
        )}
        {scenarios.length > 0 && (
          <optgroup label={t('compare.scenarios')}>
            {scenarios.map((s) => (
              <option key={s.id} value={`${SCENARIO_PREFIX}${s.id}`}>
                {t('compare.scenarioOption', { name: s.name })}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

export interface ComparePanelProps {
  compare: CompareState;
  api: CheckpointsApi;
  /** Changes whenever the checkpoint list may have changed (as the Checkpoints panel's). */
  refreshKey: string;
  scenarios: ReadonlyArray<{ id: string; name: string }>;
  highlight: Highlight | null;
  onHighlight: HighlightHandler;
}

export function ComparePanel({ compare: c, api, refreshKey, scenarios, highlight, onHighlight }: ComparePanelProps) {
  const t = useTranslations();
  const [checkpoints, setCheckpoints] = useState<CheckpointSummary[]>([]);
  useEffect(() => {
    let live = true;
    api.list().then(
      (items) => live && setCheckpoints([...items].reverse()),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, refreshKey]);
  // Nothing chosen yet: the newest checkpoint against the live map, the question a workshop asks most.
  useEffect(() => {
    if (!c.pair.from && checkpoints.length) c.setPair({ from: checkpoints[0].id, to: c.pair.to || 'live' });
  }, [c, checkpoints]);
  const ready = Boolean(c.pair.from && c.pair.to);
  const lit = highlight?.source.startsWith('compare:') ? highlight.source.slice('compare:'.length) : null;
  return (
    <section className="flex h-full min-h-0 flex-col" data-testid="compare-panel" aria-label={t('compare.title')}>
      <form
        className="shrink-0 space-y-2 border-b border-slate-200 bg-white p-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) c.run(c.pair.from, c.pair.to);
        }}
      >
        <div className="flex items-end gap-2">
          <SourcePicker label={t('compare.from')} value={c.pair.from} onChange={(from) => c.setPair({ ...c.pair, from })} checkpoints={checkpoints} scenarios={scenarios} testId="compare-from" />
          <button type="button" title={t('compare.swap')} aria-label={t('compare.swap')} onClick={() => c.setPair({ from: c.pair.to, to: c.pair.from })} className="mb-1 rounded-lg px-2 py-1.5 text-slate-600 hover:bg-slate-100">
            ⇄
          </button>
          <SourcePicker label={t('compare.to')} value={c.pair.to} onChange={(to) => c.setPair({ ...c.pair, to })} checkpoints={checkpoints} scenarios={scenarios} testId="compare-to" />
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" disabled={!ready || c.busy} data-testid="compare-run" className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-300">
            {c.busy ? t('compare.running') : t('compare.run')}
          </button>
          {c.result && (
            <label className="flex items-center gap-1.5 text-sm text-slate-700">
              <input type="checkbox" checked={c.onMap} onChange={(e) => c.setOnMap(e.target.checked)} data-testid="compare-on-map" />
              {t('compare.onMap')}
            </label>
          )}
        </div>
        {c.result && c.onMap && (
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-label={t('compare.legend')}>
            {COMPARE_MARKS.map((m) => (
              <li key={m} className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: COMPARE_COLORS[m], opacity: m === 'removed' ? 0.6 : 1 }} />
                {t(`compare.mark.${m}`)}
              </li>
            ))}
          </ul>
        )}
      </form>
      {c.error && (
        <p role="alert" className="shrink-0 bg-rose-50 px-3 py-2 text-sm text-rose-800" data-testid="compare-error">
          {c.error}
        </p>
      )}
      <div className="min-h-0 flex-1 overflow-y-auto bg-white p-3">
        {c.result ? (
          <CompareResult result={c.result} lit={lit} onLight={(id, elements) => onHighlight(toggleHighlight(highlight, `compare:${id}`, elements))} />
        ) : (
          <p className="text-sm text-slate-500">{t('compare.empty')}</p>
        )}
      </div>
    </section>
  );
}
