import type { EngineReport, GovernanceClass } from '../../../lib/engine/types';
import { GOVERNANCE_STYLE } from '../model/palette';
import { ARCHETYPE_LABEL, GOVERNANCE_LABEL } from './labels';
import type { Highlight } from './highlight';

const MODE_ORDER: GovernanceClass[] = ['market', 'modular', 'relational', 'captive', 'hierarchy', 'not_expected', 'exclusion'];
const colorOf = (mode: GovernanceClass) =>
  mode === 'not_expected' || mode === 'exclusion' ? '#9CA3AF' : GOVERNANCE_STYLE[mode].color;

interface StructureViewProps {
  report: EngineReport;
  highlight: Highlight | null;
  onToggle: (source: string, elements: string[]) => void;
}

export function StructureView({ report, highlight, onToggle }: StructureViewProps) {
  const { archetype, tripleHelix: th, governance, graph } = report;
  const arch = ARCHETYPE_LABEL[archetype.id] ?? { label: archetype.label, line: archetype.explanation };
  const tiesOfMode = (mode: GovernanceClass) =>
    Object.entries(report.ties)
      .filter(([, t]) => t.governance === mode)
      .map(([id]) => id);
  const mix = MODE_ORDER.map((mode) => ({ mode, count: governance.modeMix[mode] ?? 0 })).filter((m) => m.count > 0);
  const total = mix.reduce((s, m) => s + m.count, 0);

  return (
    <div className="space-y-4">
      <section data-testid="archetype" data-archetype={archetype.id} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Cluster type (Markusen 1996)</h3>
        <button
          type="button"
          onClick={() => onToggle('archetype', archetype.elements)}
          aria-pressed={highlight?.source === 'archetype'}
          className="mt-1 rounded text-left text-xl font-bold text-slate-900 hover:text-brand-700 aria-pressed:bg-amber-50 aria-pressed:ring-1 aria-pressed:ring-amber-400"
          title="Show the actors that decide the type"
        >
          {arch.label}
        </button>
        <p className="text-sm text-slate-700">{arch.line}</p>
        {archetype.explanation && archetype.explanation !== arch.line && <p className="mt-1 text-xs text-slate-500">{archetype.explanation}</p>}
      </section>

      <section data-testid="governance-mix" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Value-chain governance (Gereffi et al. 2005)</h3>
        {total === 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            {governance.supplyTies === 0
              ? 'No supply ties yet.'
              : `${governance.supplyTies} supply ties, none classified yet: answer the three questions on a supply tie in the inspector.`}
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
                    <span className="flex-1">{GOVERNANCE_LABEL[m.mode]}</span>
                    <span className="tabular-nums font-semibold">{m.count}</span>
                  </button>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-xs text-slate-500">
              {governance.classified} of {governance.supplyTies} supply ties classified.
            </p>
          </>
        )}
      </section>

      <section data-testid="triple-helix" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Triple-helix synergy (Leydesdorff)</h3>
        {th.T === null ? (
          <p className="mt-1 text-sm text-slate-600">Not enough ties between universities, firms and government to measure.</p>
        ) : (
          <>
            <p className="mt-1 text-2xl font-bold tabular-nums" data-testid="triple-helix-value">
              T = {th.T.toFixed(3)} <span className="text-sm font-medium text-slate-500">bits</span>
            </p>
            <p className={`text-sm font-medium ${th.synergy ? 'text-emerald-700' : 'text-amber-700'}`}>
              {th.synergy ? 'Negative: the three spheres reinforce each other (synergy).' : 'Not negative: no synergy between the three spheres yet.'}
            </p>
          </>
        )}
        <p className="mt-1 text-xs text-slate-600">
          {th.explanation || 'Counts which of university, industry and government each tie connects. Below zero means the three work as a system.'}
        </p>
      </section>

      <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Whole network</h3>
        <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-0.5 text-sm" data-testid="graph-measures">
          <dt className="text-slate-600">Actors · ties</dt>
          <dd className="text-right tabular-nums">{graph.n} · {graph.m}</dd>
          <dt className="text-slate-600" title="Share of all possible ties that exist">Density</dt>
          <dd className="text-right tabular-nums">{graph.density.toFixed(3)}</dd>
          <dt className="text-slate-600" title="How often partners of partners are partners">Transitivity</dt>
          <dd className="text-right tabular-nums">{graph.transitivity.toFixed(3)}</dd>
          <dt className="text-slate-600" title="Separate groups with no tie between them">Components</dt>
          <dd className="text-right tabular-nums">{graph.components}</dd>
          <dt className="text-slate-600" title="Freeman: 1 = a star around one actor, 0 = everyone equal">Degree centralization</dt>
          <dd className="text-right tabular-nums">{graph.degreeCentralization.toFixed(3)}</dd>
        </dl>
      </section>
    </div>
  );
}
