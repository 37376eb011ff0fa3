'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { EditingMode, Role } from '../../../lib/map/types';
import type { CheckpointView } from '../checkpoints/useCheckpointView';
import { checkpointName } from '../checkpoints/kindWords';
import { EyeIcon, LockIcon } from './Icons';

/**
 * One note floating at the top of the map (so it never pushes the map down) saying what this person can do now and why: observing, the map frozen or
 * everything paused by the facilitator, or a checkpoint open read-only (with the way back to the live map).
 */
export function WorkspaceNotes({
  role,
  editing,
  viewing,
  canRestore,
  onBackToLive,
  onRestore,
}: {
  role: Role | null;
  editing: EditingMode;
  viewing: CheckpointView | null;
  canRestore: boolean;
  onBackToLive(): void;
  onRestore(): void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  if (viewing) {
    const at = new Date(viewing.checkpoint.createdAt);
    return (
      <div data-testid="viewing-note" data-checkpoint={viewing.checkpoint.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-brand-200 bg-brand-50 px-4 py-2 text-sm text-brand-900">
        <span className="min-w-0 flex-1">
          {t.rich('notes.viewing', { name: checkpointName(t, viewing.checkpoint), date: format.dateTime(at, { dateStyle: 'medium' }), time: format.dateTime(at, { hour: '2-digit', minute: '2-digit' }), b: (chunks) => <b>{chunks}</b> })}
        </span>
        {canRestore && (
          <button type="button" data-testid="viewing-restore" onClick={onRestore} className="rounded-lg px-3 py-1 font-semibold text-amber-800 hover:bg-amber-50">
            {t('notes.restore')}
          </button>
        )}
        <button type="button" data-testid="back-to-live" onClick={onBackToLive} className="rounded-lg bg-brand-600 px-3 py-1 font-semibold text-white hover:bg-brand-700">
          {t('notes.backToLive')}
        </button>
      </div>
    );
  }
  if (role === 'observer') {
    return (
      <div data-testid="observer-note" className="border-slate-200 bg-white/95 px-4 py-1.5 text-sm text-slate-700">
        <EyeIcon />
        {t.rich('notes.observing', { b: (chunks) => <b>{chunks}</b> })}
      </div>
    );
  }
  if (role === 'participant' && editing !== 'open') {
    return (
      <div data-testid="locked-note" data-editing={editing} className="border-amber-200 bg-amber-50 px-4 py-1.5 text-sm text-amber-900">
        <LockIcon />
        {editing === 'frozen' ? (
          t.rich('notes.frozen', { b: (chunks) => <b>{chunks}</b> })
        ) : (
          t.rich('notes.paused', { b: (chunks) => <b>{chunks}</b> })
        )}
      </div>
    );
  }
  return null;
}
