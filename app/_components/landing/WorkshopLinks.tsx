'use client';

import { useTranslations } from 'next-intl';
import { CopyButton } from './CopyButton';

export interface CreatedWorkshop {
  id: string;
  title?: string;
  links: { facilitator: string; participant: string; observer: string };
}

const ROLES = [
  { role: 'facilitator', badge: 'bg-brand-100 text-brand-700' },
  { role: 'participant', badge: 'bg-emerald-100 text-emerald-800' },
  { role: 'observer', badge: 'bg-slate-200 text-slate-700' },
] as const;

export function WorkshopLinks({ workshop, onReset }: { workshop: CreatedWorkshop; onReset?: () => void }) {
  const t = useTranslations();
  return (
    <div data-testid="workshop-links" className="space-y-5">
      <div>
        <h2 className="text-xl font-semibold">{workshop.title ? t('landing.links.readyNamed', { title: workshop.title }) : t('landing.links.ready')}</h2>
        <p className="mt-1 text-slate-600">{t('landing.links.share')}</p>
      </div>
      <ul className="space-y-4">
        {ROLES.map(({ role, badge }) => {
          const title = t(`landing.links.${role}.title`);
          return (
          <li key={role} className="rounded-xl border border-slate-200 bg-slate-50 p-4" data-testid={`link-${role}`}>
            <div className="flex items-center gap-2">
              <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide ${badge}`}>{t(`roles.${role}`)}</span>
              <h3 className="font-semibold">{title}</h3>
            </div>
            <p className="mt-1 text-sm text-slate-600">{t(`landing.links.${role}.who`)}</p>
            <div className="mt-2 flex items-center gap-2">
              <input
                readOnly
                value={workshop.links[role]}
                aria-label={title}
                data-testid={`link-${role}-url`}
                onFocus={(e) => e.currentTarget.select()}
                className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-700"
              />
              <CopyButton text={workshop.links[role]} testId={`copy-${role}`} />
            </div>
          </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-3">
        <a
          href={workshop.links.facilitator}
          data-testid="open-as-facilitator"
          className="rounded-xl bg-brand-600 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          {t('landing.links.open')}
        </a>
        {onReset && (
          <button type="button" onClick={onReset} className="rounded-xl px-5 py-3 text-base font-medium text-slate-700 hover:bg-slate-100">
            {t('landing.links.another')}
          </button>
        )}
      </div>
    </div>
  );
}
