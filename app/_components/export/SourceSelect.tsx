'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { CheckpointSummary } from '../checkpoints/checkpointsApi';
import { checkpointLine } from '../checkpoints/kindWords';
import { chooseSource, sourceValue, type MapSource } from './mapSource';

export interface SourceSelectProps {
  label: string;
  value: MapSource;
  onChange(source: MapSource): void;
  /** Newest first; null while loading. */
  checkpoints: readonly CheckpointSummary[] | null;
  testId: string;
  /** Offer the server's default (the report page); the Export menu names a source. */
  withDefault?: boolean;
  disabled?: boolean;
}

/** Which state of the map: the live map, its agreed elements, or one of the workshop's checkpoints, whole or its agreed elements. */
export function SourceSelect({ label, value, onChange, checkpoints, testId, withDefault, disabled }: SourceSelectProps) {
  const t = useTranslations();
  const format = useFormatter();
  const selected = sourceValue(value);
  const missing = value.kind === 'checkpoint' && !checkpoints?.some((c) => c.id === value.id);
  return (
    <div className="space-y-1.5">
      <label className="block">
        <span className="mb-1 block text-sm font-semibold text-slate-700">{label}</span>
        <select
          value={selected}
          disabled={disabled}
          data-testid={testId}
          onChange={(e) => onChange(chooseSource(e.target.value, value))}
          className="min-h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900"
        >
          {withDefault && <option value="default">{t('export.source.default')}</option>}
          <option value="live">{t('export.source.live')}</option>
          <option value="agreed">{t('export.source.agreed')}</option>
          {missing && <option value={selected}>{checkpoints ? t('export.source.gone') : t('export.source.loading')}</option>}
          {checkpoints && checkpoints.length > 0 && (
            <optgroup label={t('dock.checkpoints')}>
              {checkpoints.map((cp) => (
                <option key={cp.id} value={sourceValue({ kind: 'checkpoint', id: cp.id })}>
                  {checkpointLine(t, format, cp)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {value.kind === 'checkpoint' && (
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="size-5"
            data-testid={`${testId}-agreed-only`}
            checked={value.agreedOnly === true}
            disabled={disabled}
            onChange={(e) => onChange({ kind: 'checkpoint', id: value.id, agreedOnly: e.target.checked })}
          />
          {t('export.source.agreedOnly')}
        </label>
      )}
    </div>
  );
}
