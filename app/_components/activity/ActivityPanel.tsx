'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { canRestore } from '../../../lib/activity/restore';
import type { ActivityEntry, ActivityOp } from '../../../lib/activity/types';
import type { ClusterMap } from '../../../lib/map/types';
import { relativeTime } from '../discussion/relativeTime';
import { useNow } from '../facilitation/useNow';
import type { ActivityFeed } from './useActivity';
import { entryElements, entrySentence, isDeletion } from './words';

export interface ActivityPanelProps {
  feed: ActivityFeed;
  /** This person's participant id ("You …"). */
  me: string | null;
  /** The live map: what is on it now decides what an entry can select or bring back. */
  map: ClusterMap;
  /** May edit the map now (lib/access/permissions.ts editMap): only then is Restore offered. */
  canEdit: boolean;
  onRestore(entry: ActivityEntry): number;
  onSelect(ids: string[]): void;
}

const DOT: Record<ActivityOp, string> = {
  added: 'bg-emerald-500',
  restored: 'bg-emerald-600',
  deleted: 'bg-rose-500',
  changed: 'bg-amber-500',
  imported: 'bg-sky-600',
};

/**
 * Who changed what on the map, newest first (docs/architecture.md "Activity"): anyone may read it; whoever
 * may edit can bring back what a deletion took, with its ties, votes and comments. Clicking an entry shows
 * its elements on the map while they are there.
 */
export function ActivityPanel({ feed, me, map, canEdit, onRestore, onSelect }: ActivityPanelProps) {
  const t = useTranslations();
  const format = useFormatter();
  const now = useNow(true, 30_000);
  const [notice, setNotice] = useState<string | null>(null);
  const live = new Set([...map.actors.map((a) => a.id), ...map.ties.map((tie) => tie.id)]);

  const restore = (entry: ActivityEntry) => {
    const count = onRestore(entry);
    setNotice(count > 0 ? t('activity.backForEveryone') : t('activity.nothingToBring'));
  };

  return (
    <section className="flex h-full min-h-0 flex-col" data-testid="activity-panel" aria-label={t('dock.activity')}>
      <p className="shrink-0 border-b border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">
        {canEdit ? t('activity.panelIntro') : t('activity.panelIntroReadOnly')}
      </p>
      {(notice || feed.error) && (
        <p role={feed.error ? 'alert' : 'status'} data-testid="activity-notice" className={`shrink-0 px-3 py-2 text-sm ${feed.error ? 'bg-rose-50 text-rose-800' : 'bg-emerald-50 text-emerald-900'}`}>
          {feed.error ?? notice}
        </p>
      )}
      <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto bg-white" data-testid="activity-list">
        {feed.entries.length === 0 && !feed.error && <li className="p-3 text-sm text-slate-500">{t('activity.none')}</li>}
        {feed.entries.map((entry) => {
          const shown = entryElements(entry).filter((id) => live.has(id));
          const op = entry.items[0]?.op ?? 'changed';
          const deletion = isDeletion(entry);
          const restorable = deletion && canRestore(map, entry.removed!);
          return (
            <li key={entry.seq} className="flex items-start gap-2 px-3 py-2" data-testid="activity-entry" data-seq={entry.seq} data-op={op}>
              <span aria-hidden className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${DOT[op]}`} />
              <button
                type="button"
                disabled={shown.length === 0}
                onClick={() => onSelect(shown)}
                title={shown.length ? t('activity.showOnMap') : undefined}
                className="min-w-0 flex-1 rounded-lg text-left enabled:hover:bg-slate-50 disabled:cursor-default"
              >
                <span className="block text-sm text-slate-900" data-testid="activity-text">
                  {entrySentence(t, entry, me)}
                </span>
                <time className="block text-xs text-slate-500" dateTime={new Date(entry.at).toISOString()} title={format.dateTime(new Date(entry.at), { dateStyle: 'medium', timeStyle: 'short' })}>
                  {relativeTime(format, t, entry.at, now)}
                </time>
              </button>
              {deletion &&
                (restorable ? (
                  canEdit && (
                    <button type="button" data-testid="activity-restore" onClick={() => restore(entry)} className="h-11 shrink-0 rounded-xl border border-emerald-600 px-4 text-sm font-semibold text-emerald-800 hover:bg-emerald-50">
                      {t('activity.restore')}
                    </button>
                  )
                ) : (
                  <span className="shrink-0 self-center text-xs font-semibold text-emerald-700" data-testid="activity-back">
                    {t('activity.backOnMap')}
                  </span>
                ))}
            </li>
          );
        })}
        {feed.more && (
          <li className="p-3">
            <button type="button" data-testid="activity-older" onClick={feed.loadOlder} className="h-11 w-full rounded-xl border border-slate-300 text-sm font-semibold text-slate-700 hover:bg-slate-50">
              {t('activity.older')}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
