'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { wordError } from '../model/serverWords';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { relativeTime } from '../discussion/relativeTime';
import type { CheckpointsApi, CheckpointSummary } from './checkpointsApi';
import { checkpointName } from './kindWords';

export interface CheckpointsPanelProps {
  api: CheckpointsApi;
  canSave: boolean;
  canRestore: boolean;
  /** participant id → name, for "saved by". */
  names: Readonly<Record<string, string>>;
  /** The checkpoint shown on the canvas now, if any. */
  viewing: string | null;
  onOpen(id: string): void;
  /** Compare the checkpoint with the live map (the dock's Compare panel). */
  onCompare?(id: string): void;
  /** Changes whenever the list may have changed elsewhere (a phase change, a restore by someone else). */
  refreshKey: string;
}

/**
 * Named checkpoints (docs/architecture.md "Checkpoints"): the facilitator saves one at any time; one is
 * taken at every phase change and before any restore or import. Everyone can open one read-only; the
 * facilitator can restore one, which can itself be undone by restoring the checkpoint taken just before.
 */
export function CheckpointsPanel({ api, canSave, canRestore, names, viewing, onOpen, onCompare, refreshKey }: CheckpointsPanelProps) {
  const t = useTranslations();
  const format = useFormatter();
  const [list, setList] = useState<CheckpointSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const load = useCallback(() => {
    api.list().then(
      (items) => {
        setList([...items].reverse());
        setError(null);
        setNow(Date.now());
      },
      (err: unknown) => setError(wordError(t, err)),
    );
  }, [api, t]);
  useEffect(load, [load, refreshKey]);

  const run = (what: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    what().then(
      (message) => {
        setNotice(message);
        setBusy(false);
        load();
      },
      (err: unknown) => {
        setError(wordError(t, err));
        setBusy(false);
      },
    );
  };

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    run(async () => {
      const saved = await api.save(trimmed);
      setName('');
      return t('checkpoints.saved', { name: saved.name });
    });
  };

  const restore = (cp: CheckpointSummary) => {
    const sure = window.confirm(t('checkpoints.confirmRestoreLong', { name: cp.name }));
    if (sure) run(async () => t('checkpoints.restoredLong', { name: (await api.restore(cp.id)).restored.name }));
  };

  return (
    <section className="flex h-full min-h-0 flex-col" data-testid="checkpoints-panel" aria-label={t('dock.checkpoints')}>
      {canSave && (
        <form
          className="flex shrink-0 gap-2 border-b border-slate-200 bg-white p-3"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input
            value={name}
            maxLength={MAP_LIMITS.checkpointNameLength}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('checkpoints.namePlaceholder')}
            aria-label={t('checkpoints.nameLabel')}
            data-testid="checkpoint-name"
            className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
          <button type="submit" disabled={busy || !name.trim()} data-testid="checkpoint-save" className="shrink-0 rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-300">
            {t('common.save')}
          </button>
        </form>
      )}
      {(notice || error) && (
        <p role={error ? 'alert' : 'status'} data-testid="checkpoints-notice" className={`shrink-0 px-3 py-2 text-sm ${error ? 'bg-rose-50 text-rose-800' : 'bg-emerald-50 text-emerald-900'}`}>
          {error ?? notice}
        </p>
      )}
      <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto bg-white" data-testid="checkpoint-list">
        {list === null && !error && <li className="p-3 text-sm text-slate-500">{t('common.loading')}</li>}
        {list?.length === 0 && <li className="p-3 text-sm text-slate-500">{t('checkpoints.none')}</li>}
        {list?.map((cp) => (
          <li key={cp.id} className={`space-y-1 px-3 py-2 ${viewing === cp.id ? 'bg-brand-50' : ''}`} data-testid="checkpoint" data-id={cp.id} data-kind={cp.kind}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="min-w-0 truncate text-sm font-semibold text-slate-900" data-testid="checkpoint-title">{checkpointName(t, cp)}</span>
              <time className="shrink-0 text-xs text-slate-500" dateTime={new Date(cp.createdAt).toISOString()} title={format.dateTime(new Date(cp.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}>
                {relativeTime(format, t, cp.createdAt, now)}
              </time>
            </div>
            <p className="text-xs text-slate-500">
              {t(`checkpoints.kind.${cp.kind}`)}
              {cp.createdBy && names[cp.createdBy] ? ` · ${names[cp.createdBy]}` : ''}
            </p>
            <div className="flex gap-2">
              <button type="button" data-testid="checkpoint-open" onClick={() => onOpen(cp.id)} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-50">
                {viewing === cp.id ? t('checkpoints.showing') : t('checkpoints.open')}
              </button>
              {onCompare && (
                <button type="button" data-testid="checkpoint-compare" onClick={() => onCompare(cp.id)} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-50">
                  {t('compare.withNow')}
                </button>
              )}
              {canRestore && (
                <button type="button" data-testid="checkpoint-restore" disabled={busy} onClick={() => restore(cp)} className="rounded-lg px-3 py-1.5 text-sm font-semibold text-amber-800 hover:bg-amber-50 disabled:opacity-50">
                  {t('checkpoints.restore')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
