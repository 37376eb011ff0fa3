'use client';

import { useTranslations } from 'next-intl';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isRenderedFormat, type ExportFormat } from '../../../lib/export/formats';

// Every format the API makes, read from its one table (lib/export/formats.ts): data files first, then the
// pictures and the report, which the server draws.

const GROUPS = [
  { key: 'data', formats: EXPORT_FORMAT_NAMES.filter((f) => !isRenderedFormat(f)) },
  { key: 'rendered', formats: EXPORT_FORMAT_NAMES.filter(isRenderedFormat) },
] as const;

export function FormatList({ value, onChange, disabled }: { value: ExportFormat; onChange(format: ExportFormat): void; disabled?: boolean }) {
  const t = useTranslations();
  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="mb-1 text-sm font-semibold text-slate-700">{t('export.format')}</legend>
      {GROUPS.map((group) => (
        <div key={group.key} role="group" aria-label={t(`export.group.${group.key}`)}>
          <p className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t(`export.group.${group.key}`)}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {group.formats.map((format) => (
              <label
                key={format}
                className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border px-3 py-2 text-sm ${value === format ? 'border-brand-500 bg-brand-50 text-slate-900' : 'border-slate-200 text-slate-700 hover:bg-slate-50'}`}
              >
                <input type="radio" name="export-format" value={format} checked={value === format} onChange={() => onChange(format)} data-testid={`export-format-${format}`} className="h-5 w-5 shrink-0 accent-brand-600" />
                <span className="min-w-0">
                  <span className="block font-semibold">{t(`export.formats.${format}`)}</span>
                  <span className="block text-xs text-slate-500">.{EXPORT_FORMATS[format].extension}</span>
                </span>
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
