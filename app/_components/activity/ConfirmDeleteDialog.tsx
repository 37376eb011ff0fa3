'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import type { DeleteScope } from '../../../lib/activity/delete-scope';
import { tieName } from '../../../lib/map/labels';
import { useDialogFocus } from '../hooks/useDialogFocus';
import { useEscape } from '../hooks/useEscape';
import type { Translate } from '../model/serverWords';

export interface ConfirmDeleteProps {
  scope: DeleteScope;
  /** The names of whoever made the elements that are not this person's; null stands for "nobody known". */
  makers: Array<string | null>;
  /** Labels of actors for naming ties. */
  actorLabel(id: string): string;
  onConfirm(): void;
  onCancel(): void;
}

function title(t: Translate, { actors, ties }: DeleteScope, actorLabel: (id: string) => string): string {
  if (actors.length === 1) return t('activity.confirm.deleteOne', { name: actors[0].label });
  if (actors.length === 0 && ties.length === 1) return t('activity.confirm.deleteTie', { name: tieName(ties[0], actorLabel) });
  const parts = [actors.length ? t('activity.confirm.actors', { count: actors.length }) : '', ties.length ? t('activity.ties', { count: ties.length }) : ''].filter(Boolean);
  return t('activity.confirm.deleteMany', { what: parts.length > 1 ? t('activity.and', { a: parts[0], b: parts[1] }) : parts[0] });
}

function whoMade(t: Translate, makers: Array<string | null>): string {
  const people = [...new Set(makers.filter((m): m is string => m !== null))];
  const unknown = makers.some((m) => m === null);
  const named =
    people.length <= 1 ? (people[0] ?? '') : people.length === 2 ? t('activity.and', { a: people[0], b: people[1] }) : t('activity.confirm.others', { names: people.slice(0, 2).join(t('activity.comma')) });
  if (people.length && unknown) return t('activity.confirm.notAllYours', { names: named });
  if (people.length) return t('activity.confirm.notYours', { names: named });
  return t('activity.confirm.fromStart');
}

/** Asks before deleting what someone else made (docs/architecture.md "Activity"), in plain words. */
export function ConfirmDeleteDialog({ scope, makers, actorLabel, onConfirm, onCancel }: ConfirmDeleteProps) {
  const t = useTranslations();
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box);
  useEscape(onCancel);
  const alongside = scope.actors.length > 0 ? scope.ties.length : 0;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" role="presentation" onClick={onCancel}>
      <div
        ref={box}
        tabIndex={-1}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-delete-title"
        data-testid="confirm-delete-dialog"
        onClick={(e) => e.stopPropagation()}
        className="w-full max-w-md space-y-3 rounded-2xl bg-white p-6 shadow-xl outline-none"
      >
        <h2 id="confirm-delete-title" className="text-xl font-semibold">
          {title(t, scope, actorLabel)}
        </h2>
        <p className="text-slate-700">{whoMade(t, makers)}</p>
        {alongside > 0 && <p className="text-slate-700">{t('activity.confirm.alongside', { count: alongside })}</p>}
        <p className="text-sm text-slate-500">{t('activity.confirm.told')}</p>
        <div className="flex justify-end gap-2 pt-2">
          <button type="button" data-testid="cancel-delete" onClick={onCancel} className="h-11 rounded-xl px-5 font-semibold text-slate-700 hover:bg-slate-100">
            {t('activity.confirm.keep')}
          </button>
          <button type="button" data-testid="confirm-delete" onClick={onConfirm} className="h-11 rounded-xl bg-rose-600 px-5 font-semibold text-white hover:bg-rose-700">
            {t('common.delete')}
          </button>
        </div>
      </div>
    </div>
  );
}
