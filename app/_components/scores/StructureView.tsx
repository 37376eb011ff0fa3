import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { EngineReport, GovernanceClass } from '../../../lib/engine/types';
import { governanceWord, wordArchetype, wordTripleHelix } from '../../../lib/i18n/engine-words';
import { GOVERNANCE_STYLE } from '../model/palette';
import type { Highlight } from './highlight';

const MODE_ORDER: GovernanceClass[] = ['market', 'modular', 'relational', 'captive', 'hierarchy', 'not_expected', 'exclusion'];
const colorOf = (mode: GovernanceClass) =>
  mode === 'not_expected' || mode === 'exclusion' ? '#9CA3AF' : GOVERNANCE_STYLE[mode].color;

interface StructureViewProps {
  report: EngineReport;
  names: ReadonlyMap<string, string>;
  highlight: Highlight | null;
  onToggle: (source: string, elements: string[]) => void;
}

export function StructureView({ report, names, highlight, onToggle }: StructureViewProps) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const f3 = (v: number) => format.number(v, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const { archetype, tripleHelix: th, governance, graph } = report;
  // The engine's words for this map, in the reader's language (lib/i18n/engine-words.ts).
  const worded = wordArchetype(report, locale, names);
  const arch = { label: worded.short || worded.label, line: worded.line || worded.explanation };
  const helix = wordTripleHelix(report, locale);
  const tiesOfMode = (mode: GovernanceClass) =>
    Object.entries(report.ties)
      .filter(([, t]) => t.governance === mode)
      .map(([id]) => id);
  const mix = MODE_ORDER.map((mode) => ({ mode, count: governance.modeMix[mode] ?? 0 })).filter((m) => m.count > 0);
  const total = mix.reduce((s, m) => s + m.count, 0);

  return (
    <div className="space-y-4">
      <section data-testid="archetype" data-archetype={archetype.id} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('scores.structure.archetype')}</h3>
        <button
          type="button"
          onClick={() => onToggle('archetype', archetype.elements)}
          aria-pressed={highlight?.source === 'archetype'}
          className="mt-1 rounded text-left text-xl font-bold text-slate-900 hover:text-brand-700 aria-pressed:bg-amber-50 aria-pressed:ring-1 aria-pressed:ring-amber-400"
          title={t('scores.structure.archetypeShow')}
        >
          {arch.label}
        </button>
        <p className="text-sm text-slate-700">{arch.line}</p>
        {worded.explanation && worded.explanation !== arch.line && <p className="mt-1 text-xs text-slate-500">{worded.explanation}</p>}
      </section>

      <section data-testid="governance-mix" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('scores.structure.governance')}</h3>
        {total === 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            {governance.supplyTies === 0 ? t('scores.structure.noSupply') : t('scores.structure.noneClassified', { count: governance.supplyTies })}
          </p>
        ) : (
          <>
            <div className="mt-2 flex h-3 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden>
              {mix.map((m) => (
                <div key={m.mode} style={{ width: `${(100 * m.count) / total}%`, background: colorOf(m.mode) }} />
              ))}
            </div>
            <ul className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              {mix.map((m) => (
                <li key={m.mode}>
                  <button
                    type="button"
                    data-testid={`governance-${m.mode}`}
                    aria-pressed={highlight?.source === `governance:${m.mode}`}
                    onClick={() => onToggle(`governance:${m.mode}`, tiesOfMode(m.mode))}
                    className="flex w-full items-center gap-1.5 rounded px-1 text-left hover:bg-slate-100 aria-pressed:bg-amber-50 aria-pressed:ring-1 aria-pressed:ring-amber-400"
                  >
                    <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: colorOf(m.mode) }} aria-hidden />
                    <span className="flex-1">{governanceWord(m.mode, locale)}</span>
                    <span className="tabular-nums font-semibold">{format.number(m.count)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-xs text-slate-500">
              {t('scores.structure.classified', { classified: governance.classified, count: governance.supplyTies })}
            </p>
          </>
        )}
      </section>

      <section data-testid="triple-helix" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('scores.structure.tripleHelix')}</h3>
        {th.T === null ? (
          <p className="mt-1 text-sm text-slate-600">{t('scores.structure.helixTooFew')}</p>
        ) : (
          <>
            <p className="mt-1 text-2xl font-bold tabular-nums" data-testid="triple-helix-value">
              T = {f3(th.T)} <span className="text-sm font-medium text-slate-500">{t('scores.structure.bits')}</span>
            </p>
            <p className={`text-sm font-medium ${th.synergy ? 'text-emerald-700' : 'text-amber-700'}`}>
              {th.synergy ? t('scores.structure.synergy') : t('scores.structure.noSynergy')}
            </p>
          </>
        )}
        <p className="mt-1 text-xs text-slate-600">
          {helix || t('scores.structure.helixHint')}
        </p>
      </section>

      <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('scores.structure.network')}</h3>
        <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-0.5 text-sm" data-testid="graph-measures">
          <dt className="text-slate-600">{t('scores.structure.actorsTies')}</dt>
          <dd className="text-right tabular-nums">{format.number(graph.n)} · {format.number(graph.m)}</dd>
          <dt className="text-slate-600" title={t('scores.structure.densityHint')}>{t('scores.structure.density')}</dt>
          <dd className="text-right tabular-nums">{f3(graph.density)}</dd>
          <dt className="text-slate-600" title={t('scores.structure.transitivityHint')}>{t('scores.structure.transitivity')}</dt>
          <dd className="text-right tabular-nums">{f3(graph.transitivity)}</dd>
          <dt className="text-slate-600" title={t('scores.structure.componentsHint')}>{t('scores.structure.components')}</dt>
          <dd className="text-right tabular-nums">{format.number(graph.components)}</dd>
          <dt className="text-slate-600" title={t('scores.structure.centralizationHint')}>{t('scores.structure.centralization')}</dt>
          <dd className="text-right tabular-nums">{f3(graph.degreeCentralization)}</dd>
        </dl>
      </section>
    </div>
  );
}
