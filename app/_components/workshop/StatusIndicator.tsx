'use client';

import type { SaveStatus } from '../hooks/useWorkshop';

const LOOK: Record<SaveStatus, { dot: string; text: string; title: string }> = {
  connecting: { dot: 'bg-amber-400 cc-pulse', text: 'Connecting…', title: 'Reaching the server' },
  saving: { dot: 'bg-sky-500 cc-pulse', text: 'Saving…', title: 'Your latest changes are on their way to the server' },
  saved: { dot: 'bg-emerald-500', text: 'Saved', title: 'Every change is safely stored' },
  offline: { dot: 'bg-red-500', text: 'Offline', title: 'No connection. Keep working: your changes are kept and sent when the connection is back.' },
};

export function StatusIndicator({ status }: { status: SaveStatus }) {
  const look = LOOK[status];
  return (
    <span
      data-testid="save-status"
      data-status={status}
      role="status"
      title={look.title}
      className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ${
        status === 'offline' ? 'bg-red-50 text-red-800' : 'bg-slate-100 text-slate-700'
      }`}
    >
      <span className={`h-2.5 w-2.5 rounded-full ${look.dot}`} aria-hidden="true" />
      {look.text}
    </span>
  );
}
