'use client';

import { useTranslations } from 'next-intl';
import { EDITING_MODES, type EditingMode } from '../../../lib/map/types';
import { LockClosedIcon, LockOpenIcon, PauseIcon } from './icons';

/** How each of the three editing modes (lib/map/types.ts) looks when picked; the words are editing.* in the catalogue. */
const ON: Record<EditingMode, string> = {
  open: 'bg-white text-slate-900 shadow-sm',
  frozen: 'bg-sky-600 text-white shadow-sm',
  paused: 'bg-amber-500 text-white shadow-sm',
};

const ICON: Record<EditingMode, React.ReactNode> = { open: <LockOpenIcon />, frozen: <LockClosedIcon />, paused: <PauseIcon /> };

/** The facilitator's three-way switch; the server enforces it (docs/protocol.md P14). */
export function EditingSwitch({ value, onChange }: { value: EditingMode; onChange(mode: EditingMode): void }) {
  const t = useTranslations();
  return (
    <div className="flex shrink-0 rounded-lg bg-slate-100 p-0.5" role="radiogroup" aria-label={t('editing.label')} data-testid="editing-switch" data-editing={value}>
      {EDITING_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={value === mode}
          data-testid={`editing-${mode}`}
          title={`${t(`editing.${mode}.label`)}: ${t(`editing.${mode}.hint`)}`}
          onClick={() => onChange(mode)}
          className={`inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm font-semibold whitespace-nowrap transition ${value === mode ? ON[mode] : 'text-slate-600 hover:text-slate-900'}`}
        >
          {ICON[mode]}
          <span className="hidden sm:inline">{t(`editing.${mode}.short`)}</span>
        </button>
      ))}
    </div>
  );
}
