'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { EngineReport } from '../../../lib/engine/types';
import { wordComponent } from '../../../lib/i18n/engine-words';
import type { ClusterMap } from '../../../lib/map/types';
import { scenarioDeltas, type ScenarioDeltas } from '../../../lib/scenarios';

// The score panel in scenario mode (docs/architecture.md "What-if scenarios"): both indices and every
// sub-indicator for the live map and for the scenario, with the change. Values are shown to one decimal
// (sub-indicators on 0–100 like their bars), and the change shown is the difference of the two numbers
// shown, so what people read adds up.

export interface ScenarioScoresInput {
  name: string;
  /** The live map the scenario is applied to (its report is the panel's own). */
  liveMap: ClusterMap;
  map: ClusterMap;
  report: EngineReport | null;
  stale: boolean;
}

const one = (v: number) => Math.round(v * 10) / 10;

function Row({ id, label, from, to, scale, strong }: { id: string; label: string; from: number; to: number; scale: number; strong?: boolean }) {
  const t = useTranslations();
  const a = one(from * scale);
  const b = one(to * scale);
  const delta = one(b - a);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const tone = delta > 0 ? 'text-emerald-700' : delta < 0 ? 'text-rose-700' : 'text-slate-500';
  return (
    <tr data-testid={`scenario-row-${id}`} className={strong ? 'text-base font-bold' : 'text-sm'}>
      <th scope="row" className="py-1 pr-2 text-left font-medium text-slate-800">
        <span className="mr-1.5 font-mono text-xs text-slate-500">{id.toUpperCase()}</span>
        {label}
      </th>
      <td data-testid={`scenario-from-${id}`} className="px-1 text-right tabular-nums">
        {a.toFixed(1)}
      </td>
      <td data-testid={`scenario-to-${id}`} className="px-1 text-right tabular-nums text-violet-800">
        {b.toFixed(1)}
      </td>
      <td data-testid={`scenario-delta-${id}`} data-delta={delta} aria-label={t('scenarios.scores.deltaLabel', { delta: `${sign}${Math.abs(delta).toFixed(1)}` })} className={`pl-1 text-right font-semibold tabular-nums ${tone}`}>
        {sign}
        {Math.abs(delta).toFixed(1)}
      </td>
    </tr>
  );
}

export function ScenarioScores({ liveReport, scenario, names }: { liveReport: EngineReport; scenario: ScenarioScoresInput; names: ReadonlyMap<string, string> }) {
  const t = useTranslations();
  const locale = useLocale();
  const report = scenario.report;
  const deltas: ScenarioDeltas | null = useMemo(
    () => (report ? scenarioDeltas({ map: scenario.liveMap, report: liveReport }, { map: scenario.map, report }) : null),
    [liveReport, scenario.liveMap, scenario.map, report],
  );
  if (!deltas || !report) return <p className="text-sm text-slate-500">{t('scores.computing')}</p>;
  const components = [...report.indices.ici.components, ...report.indices.gi.components];
  return (
    <section data-testid="scenario-scores" data-stale={scenario.stale} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-violet-200">
      <h3 className="mb-2 text-sm font-semibold text-violet-900">{t('scenarios.scores.title', { name: scenario.name })}</h3>
      <table className="w-full">
        <thead>
          <tr className="text-xs text-slate-500">
            <th />
            <th className="px-1 text-right font-semibold">{t('scenarios.scores.live')}</th>
            <th className="px-1 text-right font-semibold text-violet-800">{t('scenarios.scores.scenario')}</th>
            <th className="pl-1 text-right font-semibold">{t('scenarios.scores.delta')}</th>
          </tr>
        </thead>
        <tbody>
          <Row id="ici" label={t('scores.index.ici.name')} from={deltas.ici.from} to={deltas.ici.to} scale={1} strong />
          <Row id="gi" label={t('scores.index.gi.name')} from={deltas.gi.from} to={deltas.gi.to} scale={1} strong />
          <tr>
            <td colSpan={4} className="pt-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {t('scenarios.scores.components')}
            </td>
          </tr>
          {components.map((c) => {
            const d = deltas.components[c.id];
            return d ? <Row key={c.id} id={c.id} label={wordComponent(c, locale, names).name || c.id} from={d.from} to={d.to} scale={100} /> : null;
          })}
        </tbody>
      </table>
    </section>
  );
}
