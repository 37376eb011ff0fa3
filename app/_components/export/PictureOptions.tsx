'use client';

import { useTranslations } from 'next-intl';
import { PNG_SCALES, type PngScale } from '../../../lib/export/export-options';
import { EXPORT_VIEWS, type ExportFormat, type ExportView } from '../../../lib/export/formats';
import { takesScale } from './exportRequest';


export interface PictureOptionsValue {
  view: ExportView;
  scale: PngScale;
  embed: boolean;
  transparent: boolean;
}

function Choice<T extends string | number>({ name, legend, options, value, words, onChange }: { name: string; legend: string; options: readonly T[]; value: T; words: Record<T, string>; onChange(v: T): void }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <label key={option} className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border px-3 text-sm ${value === option ? 'border-brand-500 bg-brand-50 font-semibold' : 'border-slate-200 hover:bg-slate-50'}`}>
            <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} data-testid={`${name}-${option}`} className="h-5 w-5 accent-brand-600" />
            {words[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Check({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange(v: boolean): void; testId: string }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-700">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} className="h-5 w-5 accent-brand-600" />
      {label}
    </label>
  );
}

/** The picture's view, and for PNG its scale: the options of `format=svg|png` (docs/report.md). */
export function PictureOptions({ format, value, onChange, disabled }: { format: ExportFormat; value: PictureOptionsValue; onChange(v: Partial<PictureOptionsValue>): void; disabled?: boolean }) {
  const t = useTranslations();
  const viewWords: Record<ExportView, string> = { network: t('map.view.network'), 'value-chain': t('map.view.value_chain') };
  const scaleWords: Record<PngScale, string> = { 1: t('export.scale.1'), 2: t('export.scale.2'), 4: t('export.scale.4') };
  return (
    <fieldset disabled={disabled} className="space-y-3 rounded-xl bg-slate-50 p-3" data-testid="export-picture-options">
      <Choice name="export-view" legend={t('export.whichView')} options={EXPORT_VIEWS} value={value.view} words={viewWords} onChange={(view) => onChange({ view })} />
      {takesScale(format) && <Choice name="export-scale" legend={t('export.size')} options={PNG_SCALES} value={value.scale} words={scaleWords} onChange={(scale) => onChange({ scale })} />}
      <div>
        <Check label={t('export.transparent')} checked={value.transparent} onChange={(transparent) => onChange({ transparent })} testId="export-transparent" />
        {format === 'svg' && <Check label={t('export.embed')} checked={value.embed} onChange={(embed) => onChange({ embed })} testId="export-embed" />}
      </div>
    </fieldset>
  );
}
