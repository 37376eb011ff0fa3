'use client';

import { useTranslations } from 'next-intl';
import { WORKSHOP_PHASES, type WorkshopPhase } from '../../../lib/map/types';

/** The five workshop phases as numbered steps; the facilitator clicks one to move everyone there. */
export function PhaseStepper({ phase, onPick }: { phase: WorkshopPhase | undefined; onPick(p: WorkshopPhase): void }) {
  const t = useTranslations();
  const current = phase ? WORKSHOP_PHASES.indexOf(phase) : -1;
  return (
    <ol className="flex shrink-0 items-center" aria-label={t('phase.stepper')}>
      {WORKSHOP_PHASES.map((p, i) => {
        const here = i === current;
        const past = i < current;
        return (
          <li key={p} className="flex items-center">
            {i > 0 && <span aria-hidden="true" className={`h-0.5 w-2 sm:w-3 ${i <= current ? 'bg-brand-500' : 'bg-slate-200'}`} />}
            <button
              type="button"
              data-testid={`phase-step-${p}`}
              aria-current={here ? 'step' : undefined}
              onClick={() => onPick(p)}
              title={`${i + 1}. ${t(`map.phase.${p}.label`)}: ${t(`map.phase.${p}.instruction`)}`}
              className={`flex h-9 items-center gap-1.5 rounded-full pr-3 pl-1 text-sm font-semibold whitespace-nowrap transition ${
                here ? 'bg-brand-600 text-white shadow-sm' : 'text-slate-600 hover:bg-slate-100'
              }`}
            >
              <span
                className={`inline-flex h-7 w-7 items-center justify-center rounded-full text-xs font-bold ${
                  here ? 'bg-white text-brand-700' : past ? 'bg-brand-100 text-brand-700' : 'border border-slate-300 text-slate-500'
                }`}
              >
                {i + 1}
              </span>
              <span className={here ? '' : 'hidden 2xl:inline'}>{here ? t(`map.phase.${p}.label`) : t(`map.phase.${p}.short`)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
