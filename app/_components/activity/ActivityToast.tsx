'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { canRestore } from '../../../lib/activity/restore';
import type { ActivityEntry } from '../../../lib/activity/types';
import type { ClusterMap } from '../../../lib/map/types';
import { entrySentence, isDeletion } from './words';

/** How long the notice stays: long enough to read it and reach the button. */
const SHOWN_MS = 8000;

export interface ActivityToastProps {
  /** The newest entry pushed live (useActivity's `latest`). */
  latest: ActivityEntry | null;
  me: string | null;
  map: ClusterMap;
  canEdit: boolean;
  onRestore(entry: ActivityEntry): number;
}

/**
 * A short notice when someone else deletes or restores something: "Li Wei deleted Huawei and 5 ties —
 * Restore" (docs/architecture.md "Activity"). Never for one's own changes, which one has just seen.
 */
export function ActivityToast({ latest, me, map, canEdit, onRestore }: ActivityToastProps) {
  const t = useTranslations();
  const [shown, setShown] = useState<ActivityEntry | null>(null);
  useEffect(() => {
    if (!latest || latest.by === me) return;
    if (!isDeletion(latest) && !latest.items.some((i) => i.op === 'restored')) return;
    setShown(latest);
    const hide = setTimeout(() => setShown(null), SHOWN_MS);
    return () => clearTimeout(hide);
  }, [latest, me]);

  if (!shown) return null;
  const restorable = canEdit && isDeletion(shown) && canRestore(map, shown.removed!);
  return (
    <div role="status" data-testid="activity-toast" data-seq={shown.seq} className="pointer-events-auto flex max-w-md items-center gap-3 rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg">
      <span className="min-w-0 flex-1">{entrySentence(t, shown, me)}</span>
      {restorable && (
        <button
          type="button"
          data-testid="activity-toast-restore"
          onClick={() => {
            onRestore(shown);
            setShown(null);
          }}
          className="h-11 shrink-0 rounded-lg bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {t('activity.restore')}
        </button>
      )}
      <button type="button" aria-label={t('common.close')} onClick={() => setShown(null)} className="h-11 w-11 shrink-0 rounded-lg text-lg text-slate-300 hover:bg-slate-800">
        ×
      </button>
    </div>
  );
}
