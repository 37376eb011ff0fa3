'use client';

import { useLocale, useTranslations } from 'next-intl';
import { goalLabel } from '../../../lib/i18n/map-names';
import { useState } from 'react';
import { ACTOR_TYPES, GOVERNANCE_MODES, TIE_KINDS, type ActorType, type TieKind } from '../../../lib/map/types';
import type { View } from '../canvas/Canvas';
import { TIE_STYLE, UNCLASSIFIED_SUPPLY } from '../model/palette';
import { COMPARE_COLORS, COMPARE_MARKS } from '../../../lib/map/colors';
import { ActorSwatch, GovernanceSwatch, LineSwatch, TieSwatch } from './Swatches';
import { PlanLegend } from '../scenarios/PlanLegend';

export interface LegendProps {
  view: View;
  hiddenTypes: ReadonlySet<ActorType>;
  hiddenKinds: ReadonlySet<TieKind>;
  onToggleType(t: ActorType): void;
  onToggleKind(k: TieKind): void;
  onShowAll(): void;
  counts: { types: Record<string, number>; kinds: Record<string, number> };
  /** Net-Map goals on the map, most common first; picking one shows only the actors that hold it. */
  goals: Array<{ goal: string; count: number }>;
  goal: string | null;
  onGoal(goal: string | null): void;
  /** A comparison is drawn on the canvas: explain its three marks. */
  comparing?: boolean;
  /** Scenario mode: also say what planned and removed elements look like. */
  planning?: boolean;
}

/** What the shapes, colours and lines mean; each row also switches that kind on or off for you only. */
export function Legend(props: LegendProps) {
  const { view, hiddenTypes, hiddenKinds, counts } = props;
  const t = useTranslations();
  const locale = useLocale();
  // Open by default only where it does not cover the map (a wide screen).
  const [open, setOpen] = useState(() => window.innerWidth >= 1600);
  const filtering = hiddenTypes.size + hiddenKinds.size > 0 || props.goal !== null;
  return (
    <div className={`pointer-events-auto max-h-full overflow-hidden rounded-xl border border-slate-200 bg-white/95 shadow-md backdrop-blur ${open ? 'w-64' : 'w-auto'}`} data-testid="legend">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="legend-toggle" className="flex w-full items-center justify-between gap-3 px-3 py-2 text-sm font-semibold text-slate-700">
        <span>
          {t('legend.title')}{filtering && <span className="ml-1.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">{t('legend.filtered')}</span>}
        </span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="max-h-[calc(100vh-16rem)] space-y-3 overflow-y-auto px-3 pb-3">
          <p className="text-xs text-slate-500">{t('legend.untick')}</p>
          {props.comparing && (
            <div data-testid="legend-compare">
              <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('compare.legend')}</h4>
              <ul className="space-y-1">
                {COMPARE_MARKS.map((m) => (
                  <li key={m} className="flex items-center gap-2 text-sm">
                    <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: COMPARE_COLORS[m], opacity: m === 'removed' ? 0.6 : 1 }} />
                    {t(`compare.mark.${m}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {props.planning && <PlanLegend />}
          {view === 'value_chain' && (
            <div>
              <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('legend.governance')}</h4>
              <ul className="space-y-1" data-testid="legend-governance">
                {GOVERNANCE_MODES.map((m) => (
                  <li key={m} className="flex items-center gap-2 text-sm" title={t(`map.governance.${m}.hint`)}>
                    <GovernanceSwatch mode={m} />
                    {t(`map.governance.${m}.label`)}
                  </li>
                ))}
                <li className="flex items-center gap-2 text-sm" title={t('map.governance.unclassified.hint')}>
                  <LineSwatch color={UNCLASSIFIED_SUPPLY.color} line={UNCLASSIFIED_SUPPLY.line} arrow />
                  {t('map.governance.unclassified.label')}
                </li>
              </ul>
              <p className="mt-1 text-xs text-slate-500">{t('legend.faded')}</p>
            </div>
          )}
          <div>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('legend.actors')}</h4>
            <ul className="space-y-0.5">
              {ACTOR_TYPES.map((type) => (
                <li key={type}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50" title={t(`map.actorType.${type}.hint`)}>
                    <input type="checkbox" checked={!hiddenTypes.has(type)} onChange={() => props.onToggleType(type)} data-testid={`filter-type-${type}`} className="h-4 w-4 accent-brand-600" />
                    <ActorSwatch type={type} />
                    <span className="flex-1">{t(`map.actorType.${type}.label`)}</span>
                    <span className="text-xs text-slate-400 tabular-nums">{counts.types[type] ?? 0}</span>
                  </label>
                </li>
              ))}
              <li className="flex items-center gap-2 px-1 py-0.5 pl-7 text-sm text-slate-600">
                <ActorSwatch type="firm" external />
                {t('legend.external')}
              </li>
            </ul>
          </div>
          <div>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('legend.ties')}</h4>
            <ul className="space-y-0.5">
              {TIE_KINDS.map((k) => (
                <li key={k}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50" title={t(`map.tieKind.${k}.hint`)}>
                    <input type="checkbox" checked={!hiddenKinds.has(k)} onChange={() => props.onToggleKind(k)} data-testid={`filter-kind-${k}`} className="h-4 w-4 accent-brand-600" />
                    <TieSwatch kind={k} />
                    <span className="flex-1">{t(`map.tieKind.${k}.label`)}</span>
                    <span className="text-xs text-slate-400 tabular-nums">{counts.kinds[k] ?? 0}</span>
                  </label>
                </li>
              ))}
              <li className="flex items-center gap-2 px-1 py-0.5 pl-7 text-sm text-slate-600">
                <LineSwatch color={TIE_STYLE.knowledge.color} line="solid" halo />
                {t('legend.halo')}
              </li>
              <li className="flex items-center gap-2 px-1 py-0.5 pl-7 text-sm text-slate-600">
                <LineSwatch color="#475569" line="solid" width={1.5} arrow />
                {t('legend.arrow')}
              </li>
            </ul>
          </div>
          {props.goals.length > 0 && (
            <div>
              <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('legend.goals')}</h4>
              <ul className="space-y-0.5" data-testid="legend-goals">
                {props.goals.map(({ goal, count }) => (
                  <li key={goal}>
                    <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50" title={t('legend.goalTip')}>
                      <input type="radio" name="goal-filter" checked={props.goal === goal} onChange={() => props.onGoal(goal)} data-testid="filter-goal" data-goal={goal} className="h-4 w-4 accent-brand-600" />
                      <span className="min-w-0 flex-1 truncate">{goalLabel(goal, locale)}</span>
                      <span className="text-xs text-slate-400 tabular-nums">{count}</span>
                    </label>
                  </li>
                ))}
                {props.goal !== null && (
                  <li>
                    <button type="button" onClick={() => props.onGoal(null)} data-testid="filter-goal-clear" className="px-1 text-xs font-semibold text-brand-700 hover:underline">
                      {t('legend.everyGoal')}
                    </button>
                  </li>
                )}
              </ul>
            </div>
          )}
          {filtering && (
            <button type="button" onClick={props.onShowAll} data-testid="filter-show-all" className="w-full rounded-lg bg-slate-100 px-3 py-1.5 text-sm font-medium hover:bg-slate-200">
              {t('legend.showAll')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
