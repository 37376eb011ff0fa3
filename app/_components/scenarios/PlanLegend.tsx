'use client';

import { useTranslations } from 'next-intl';
import { SCENARIO_COLORS } from '../../../lib/map/colors';
import { LineSwatch } from '../legend/Swatches';

/** The legend's rows in scenario mode: what the canvas's dashed violet and crossed-out marks mean (cyPlan.ts). */
export function PlanLegend() {
  const t = useTranslations();
  return (
    <div data-testid="legend-scenario">
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-violet-700 uppercase">{t('scenarios.legend.title')}</h4>
      <ul className="space-y-0.5 text-sm">
        <li className="flex items-center gap-2 px-1 py-0.5">
          <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="shrink-0">
            <circle cx="17" cy="7" r="5.5" fill="#0072B2" fillOpacity={0.55} stroke={SCENARIO_COLORS.planned} strokeWidth={2} strokeDasharray="3 2" />
          </svg>
          {t('scenarios.legend.plannedActor')}
        </li>
        <li className="flex items-center gap-2 px-1 py-0.5">
          <LineSwatch color={SCENARIO_COLORS.planned} line="dashed" />
          {t('scenarios.legend.plannedTie')}
        </li>
        <li className="flex items-center gap-2 px-1 py-0.5">
          <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="shrink-0">
            <line x1="2" y1="7" x2="32" y2="7" stroke={SCENARIO_COLORS.planned} strokeOpacity={0.35} strokeWidth={9} />
            <line x1="2" y1="7" x2="32" y2="7" stroke="#475569" strokeWidth={3} />
          </svg>
          {t('scenarios.legend.changedTie')}
        </li>
        <li className="flex items-center gap-2 px-1 py-0.5">
          <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="shrink-0">
            <line x1="2" y1="7" x2="32" y2="7" stroke={SCENARIO_COLORS.removed} strokeWidth={3} strokeDasharray="5 3" />
            <text x="17" y="11.5" textAnchor="middle" fontSize="13" fontWeight="700" fill={SCENARIO_COLORS.removedCross}>
              ✕
            </text>
          </svg>
          {t('scenarios.legend.removedTie')}
        </li>
      </ul>
    </div>
  );
}
