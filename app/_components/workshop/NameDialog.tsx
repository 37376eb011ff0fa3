'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PRESENCE_PALETTE } from '../../../lib/sync/palette';
import type { Role } from '../../../lib/sync/protocol';
import type { Person } from '../model/storage';


/**
 * Asked once per browser: the name others see next to your cursor and your changes. A newcomer's dialog
 * says which workshop they are joining and in which role, over the map they are about to see.
 */
export function NameDialog({
  initial,
  first,
  onSave,
  onCancel,
  workshopTitle,
  role,
}: {
  initial: Person;
  first: boolean;
  onSave(p: Person): void;
  onCancel?: () => void;
  workshopTitle?: string;
  role?: Role;
}) {
  const t = useTranslations();
  const [name, setName] = useState(initial.name);
  const [color, setColor] = useState(initial.color);
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    onSave({ ...initial, name: name.trim() || initial.name, color });
  };
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" role="dialog" aria-modal="true" aria-labelledby="name-title">
      <form onSubmit={save} data-testid="name-dialog" className="w-full max-w-md space-y-5 rounded-2xl bg-white p-6 shadow-xl">
        <div>
          <h2 id="name-title" className="text-xl font-semibold">
            {first ? t('nameDialog.welcome') : t('nameDialog.rename')}
          </h2>
          {first && workshopTitle && role && (
            <p className="mt-2 text-lg text-slate-800" data-testid="name-dialog-joining">
              {t('nameDialog.joining', { title: workshopTitle, role })}
            </p>
          )}
          <p className="mt-1 text-slate-600">{t('nameDialog.why')}</p>
        </div>
        <input
          autoFocus
          data-testid="name-input"
          aria-label={t('nameDialog.name')}
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-xl border border-slate-300 px-4 py-3 text-lg shadow-sm"
        />
        <div>
          <p className="mb-2 text-sm font-semibold text-slate-700">{t('nameDialog.colour')}</p>
          <div className="flex flex-wrap gap-2" role="radiogroup" aria-label={t('nameDialog.colour')}>
            {PRESENCE_PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={color === c}
                aria-label={t('nameDialog.colourN', { n: PRESENCE_PALETTE.indexOf(c) + 1 })}
                onClick={() => setColor(c)}
                className={`h-11 w-11 rounded-full transition ${color === c ? 'ring-4 ring-slate-900/25 ring-offset-2' : ''}`}
                style={{ backgroundColor: c }}
              />
            ))}
          </div>
        </div>
        <div className="flex justify-end gap-2">
          {onCancel && (
            <button type="button" onClick={onCancel} className="min-h-12 rounded-xl px-5 py-3 font-medium text-slate-700 hover:bg-slate-100">
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" data-testid="name-save" className="min-h-12 rounded-xl bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700">
            {first ? t('nameDialog.join') : t('common.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
