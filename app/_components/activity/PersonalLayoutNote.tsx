'use client';

import { useTranslations } from 'next-intl';

/** Says that this screen shows the person's own arrangement, and offers the way back to everyone's. */
export function PersonalLayoutNote({ active, onReset }: { active: boolean; onReset(): void }) {
  const t = useTranslations();
  if (!active) return null;
  return (
    <div role="status" data-testid="personal-layout-note" className="pointer-events-auto flex items-center gap-3 rounded-xl bg-white/95 px-4 py-2 text-sm text-slate-700 shadow">
      <span>{t('activity.personalNote')}</span>
      <button type="button" data-testid="shared-layout" onClick={onReset} className="h-11 shrink-0 rounded-lg border border-slate-300 px-3 font-semibold text-slate-800 hover:bg-slate-50">
        {t('activity.sharedLayout')}
      </button>
    </div>
  );
}
