'use client';

import { useLocale, useTranslations } from 'next-intl';
import { stageLabel } from '../../../lib/i18n/map-names';
import { useEscape } from '../hooks/useEscape';
import { useState } from 'react';
import type { ClusterMap } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';
import { CommitInput } from '../inspector/fields';
import { TrashIcon } from '../workshop/Icons';

/** The value chain's stages: rename, reorder, weigh (value added, the smile curve), add and remove. */
export function StageEditor({ map, editor, editable, onClose }: { map: ClusterMap; editor: Editor | null; editable: boolean; onClose(): void }) {
  const t = useTranslations();
  const locale = useLocale();
  // A default stage under its default name is shown in the reader's language; a renamed one as typed.
  const nameOf = (s: ClusterMap['stages'][number]) => stageLabel(s, locale);
  useEscape(onClose);
  const stages = [...map.stages].sort((a, b) => a.order - b.order);
  const [newLabel, setNewLabel] = useState('');
  const used = (id: string) => map.actors.filter((a) => a.stages.includes(id)).length;

  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/40 sm:items-center sm:p-4" role="dialog" aria-modal="true" aria-labelledby="stages-title" onClick={onClose}>
      <div className="max-h-[90vh] w-full max-w-2xl overflow-y-auto rounded-t-2xl bg-white p-5 shadow-xl sm:rounded-2xl" onClick={(e) => e.stopPropagation()} data-testid="stage-editor">
        <div className="mb-4 flex items-start justify-between gap-4">
          <div>
            <h2 id="stages-title" className="text-xl font-semibold">{t('stages.title')}</h2>
            <p className="text-sm text-slate-600">{t.rich('stages.intro', { b: (chunks) => <b>{chunks}</b> })}</p>
          </div>
          <button type="button" onClick={onClose} aria-label={t('common.close')} className="rounded-lg px-2.5 py-1 text-2xl leading-none text-slate-500 hover:bg-slate-100">
            ×
          </button>
        </div>
        {stages.length === 0 && editable && (
          <button type="button" data-testid="stages-defaults" onClick={() => editor?.addDefaultStages()} className="mb-4 w-full rounded-xl border-2 border-dashed border-brand-500 bg-brand-50 px-4 py-3 font-semibold text-brand-700">
            {t('stages.defaults')}
          </button>
        )}
        <fieldset disabled={!editable}>
          <ol className="space-y-2" data-testid="stage-list">
            {stages.map((s, i) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 p-2 sm:flex-nowrap" data-testid="stage-row" data-stage-id={s.id}>
                <span className="w-6 text-center font-semibold text-slate-400">{i + 1}</span>
                <div className="min-w-40 flex-1">
                  <CommitInput label={t('stages.nameLabel', { n: i + 1 })} testId={`stage-label-${s.id}`} value={nameOf(s)} onCommit={(label) => label.trim() && editor?.updateStage(s.id, { label: label.trim() })} />
                </div>
                <label className="flex items-center gap-1 text-sm text-slate-600">
                  {t('stages.value')}
                  <input
                    type="number"
                    min={0}
                    max={5}
                    step={0.25}
                    value={s.weight}
                    data-testid={`stage-weight-${s.id}`}
                    onChange={(e) => {
                      const w = Number(e.target.value);
                      if (Number.isFinite(w) && w >= 0 && w <= 5) editor?.updateStage(s.id, { weight: w });
                    }}
                    className="w-20 rounded-lg border border-slate-300 px-2 py-2 text-base"
                  />
                </label>
                <span className="w-16 text-center text-xs text-slate-500" title={t('stages.actorsTip')}>
                  {t('stages.actors', { count: used(s.id) })}
                </span>
                <div className="flex">
                  <button type="button" aria-label={t('stages.earlier')} data-testid={`stage-up-${s.id}`} disabled={i === 0} onClick={() => editor?.moveStage(s.id, -1)} className="h-10 w-10 rounded-lg text-lg hover:bg-slate-100 disabled:opacity-30">
                    ↑
                  </button>
                  <button type="button" aria-label={t('stages.later')} data-testid={`stage-down-${s.id}`} disabled={i === stages.length - 1} onClick={() => editor?.moveStage(s.id, 1)} className="h-10 w-10 rounded-lg text-lg hover:bg-slate-100 disabled:opacity-30">
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('stages.remove', { name: nameOf(s) })}
                    data-testid={`stage-delete-${s.id}`}
                    onClick={() => {
                      const n = used(s.id);
                      if (n === 0 || window.confirm(t('stages.confirmRemove', { count: n, name: nameOf(s) }))) editor?.deleteStage(s.id);
                    }}
                    className="h-10 w-10 rounded-lg text-lg text-red-600 hover:bg-red-50"
                  >
                    <TrashIcon />
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {editable && (
            <form
              className="mt-4 flex gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                if (!newLabel.trim()) return;
                editor?.addStage(newLabel.trim());
                setNewLabel('');
              }}
            >
              <input value={newLabel} onChange={(e) => setNewLabel(e.target.value)} placeholder={t('stages.newPlaceholder')} aria-label={t('stages.newLabel')} data-testid="stage-new-label" className="min-w-0 flex-1 rounded-xl border border-slate-300 px-3 py-2.5 text-base" />
              <button type="submit" data-testid="stage-add" className="rounded-xl bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700">
                {t('stages.add')}
              </button>
            </form>
          )}
        </fieldset>
      </div>
    </div>
  );
}
