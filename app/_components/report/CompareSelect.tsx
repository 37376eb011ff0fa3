'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { CheckpointSummary } from '../checkpoints/checkpointsApi';
import { checkpointLine } from '../checkpoints/kindWords';
import { SCENARIO_PREFIX } from '../../../lib/compare/sources';

/** "Compare with": nothing, a checkpoint (what changed since it) or a scenario (`scenario:<id>`: what it would change). */
export function CompareSelect({
  value,
  onChange,
  checkpoints,
  scenarios = [],
  disabled,
}: {
  value: string | null;
  onChange(id: string | null): void;
  checkpoints: readonly CheckpointSummary[];
  scenarios?: ReadonlyArray<{ id: string; name: string }>;
  disabled?: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const missing = value !== null && !checkpoints.some((c) => c.id === value) && !scenarios.some((s) => `${SCENARIO_PREFIX}${s.id}` === value);
  return (
    <label className="block">
      <span className="mb-1 block text-sm font-semibold text-slate-700">{t('report.compare')}</span>
      <select
        value={value ?? ''}
        disabled={disabled}
        data-testid="report-compare"
        onChange={(e) => onChange(e.target.value || null)}
        className="min-h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900"
      >
        <option value="">{t('report.noCompare')}</option>
        {missing && <option value={value}>{t('export.source.gone')}</option>}
        {checkpoints.map((cp) => (
          <option key={cp.id} value={cp.id}>
            {checkpointLine(t, format, cp)}
          </option>
        ))}
        {scenarios.map((s) => (
          <option key={s.id} value={`${SCENARIO_PREFIX}${s.id}`}>
            {t('compare.scenarioOption', { name: s.name })}
          </option>
        ))}
      </select>
    </label>
  );
}
