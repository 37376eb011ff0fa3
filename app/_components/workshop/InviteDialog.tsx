'use client';

import { useEscape } from '../hooks/useEscape';
import { CopyButton } from '../landing/CopyButton';
import type { WorkshopLinks } from '../model/storage';

const WHO: Record<'participant' | 'observer' | 'facilitator', string> = {
  participant: 'Everyone who maps with you: they can add and change things.',
  observer: 'The projector or guests: they watch live and change nothing.',
  facilitator: 'A co-facilitator: every control. Keep it private.',
};

export function InviteDialog({ links, onClose }: { links: WorkshopLinks; onClose(): void }) {
  useEscape(onClose);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" role="dialog" aria-modal="true" onClick={onClose}>
      <div className="w-full max-w-xl space-y-4 rounded-2xl bg-white p-6 shadow-xl" onClick={(e) => e.stopPropagation()} data-testid="invite-dialog">
        <h2 className="text-xl font-semibold">Invite people</h2>
        {(['participant', 'observer', 'facilitator'] as const).map((role) =>
          links[role] ? (
            <div key={role}>
              <p className="text-sm font-semibold capitalize">{role} link</p>
              <p className="text-sm text-slate-600">{WHO[role]}</p>
              <div className="mt-1 flex gap-2">
                <input readOnly value={links[role]} onFocus={(e) => e.currentTarget.select()} aria-label={`${role} link`} className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm" />
                <CopyButton text={links[role]!} testId={`invite-copy-${role}`} />
              </div>
            </div>
          ) : null,
        )}
        <div className="flex justify-end">
          <button type="button" onClick={onClose} className="rounded-xl bg-slate-800 px-5 py-2.5 font-semibold text-white">
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
