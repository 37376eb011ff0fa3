'use client';

import { useTranslations } from 'next-intl';
import type { SaveStatus } from '../hooks/useWorkshop';

const DOT: Record<SaveStatus, string> = {
  connecting: 'bg-amber-400 cc-pulse',
  saving: 'bg-sky-500 cc-pulse',
  saved: 'bg-emerald-500',
  offline: 'bg-red-500',
};

/**
 * Whether this person's changes are safe: shown within seconds of the connection going (the browser's
 * offline event, and the server's heartbeat in server/config.ts), docs/protocol.md P5.
 */
export function StatusIndicator({ status, waiting = 0 }: { status: SaveStatus; waiting?: number }) {
  const t = useTranslations();
  const offline = status === 'offline';
  // What is still only on this device, said while there is no connection (docs/protocol.md P17).
  const text = offline && waiting > 0 ? t('status.offlineWaiting', { count: waiting }) : t(`status.${status}.text`);
  return (
    <span
      data-testid="save-status"
      data-status={status}
      data-waiting={waiting}
      role="status"
      aria-live="polite"
      title={t(`status.${status}.title`)}
      className={`inline-flex min-h-8 shrink-0 items-center gap-2 rounded-full px-2 py-1 2xl:px-3 text-sm font-medium ${offline ? 'bg-red-50 text-red-800 ring-1 ring-red-200' : 'bg-slate-100 text-slate-700'}`}
    >
      <span className={`h-2.5 w-2.5 rounded-full ${DOT[status]}`} aria-hidden="true" />
      {/* Below 1536 px "Saved" is the green dot alone (room for the bar's tools); a problem is always said in words. */}
      <span className={offline ? '' : 'sr-only 2xl:not-sr-only'}>{text}</span>
    </span>
  );
}
