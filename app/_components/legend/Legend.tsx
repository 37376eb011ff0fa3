'use client';

import { useState } from 'react';
import { ACTOR_TYPES, GOVERNANCE_MODES, TIE_KINDS, type ActorType, type TieKind } from '../../../lib/map/types';
import type { View } from '../canvas/Canvas';
import { ACTOR_STYLE, GOVERNANCE_STYLE, TIE_STYLE, UNCLASSIFIED_SUPPLY } from '../model/palette';
import { ActorSwatch, GovernanceSwatch, LineSwatch, TieSwatch } from './Swatches';

export interface LegendProps {
  view: View;
  hiddenTypes: ReadonlySet<ActorType>;
  hiddenKinds: ReadonlySet<TieKind>;
  onToggleType(t: ActorType): void;
  onToggleKind(k: TieKind): void;
  onShowAll(): void;
  counts: { types: Record<string, number>; kinds: Record<string, number> };
}

/** What the shapes, colours and lines mean; each row also switches that kind on or off for you only. */
export function Legend(props: LegendProps) {
  const { view, hiddenTypes, hiddenKinds, counts } = props;
  // Open by default only where it does not cover the map (a wide screen).
  const [open, setOpen] = useState(() => window.innerWidth >= 1600);
  const filtering = hiddenTypes.size + hiddenKinds.size > 0;
  return (
    <div className={`pointer-events-auto max-h-full overflow-hidden rounded-xl border border-slate-200 bg-white/95 shadow-md backdrop-blur ${open ? 'w-64' : 'w-auto'}`} data-testid="legend">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="legend-toggle" className="flex w-full items-center justify-between gap-3 px-3 py-2 text-sm font-semibold text-slate-700">
        <span>
          Legend &amp; filters{filtering && <span className="ml-1.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">filtered</span>}
        </span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="max-h-[calc(100vh-16rem)] space-y-3 overflow-y-auto px-3 pb-3">
          <p className="text-xs text-slate-500">Untick to hide on your screen only.</p>
          {view === 'value_chain' && (
            <div>
              <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Supply governance</h4>
              <ul className="space-y-1" data-testid="legend-governance">
                {GOVERNANCE_MODES.map((m) => (
                  <li key={m} className="flex items-center gap-2 text-sm" title={GOVERNANCE_STYLE[m].hint}>
                    <GovernanceSwatch mode={m} />
                    {GOVERNANCE_STYLE[m].label}
                  </li>
                ))}
                <li className="flex items-center gap-2 text-sm" title={UNCLASSIFIED_SUPPLY.hint}>
                  <LineSwatch color={UNCLASSIFIED_SUPPLY.color} line="dashed" arrow />
                  {UNCLASSIFIED_SUPPLY.label}
                </li>
              </ul>
              <p className="mt-1 text-xs text-slate-500">Other ties are faded in this view.</p>
            </div>
          )}
          <div>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Actors</h4>
            <ul className="space-y-0.5">
              {ACTOR_TYPES.map((t) => (
                <li key={t}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50" title={ACTOR_STYLE[t].hint}>
                    <input type="checkbox" checked={!hiddenTypes.has(t)} onChange={() => props.onToggleType(t)} data-testid={`filter-type-${t}`} className="h-4 w-4 accent-brand-600" />
                    <ActorSwatch type={t} />
                    <span className="flex-1">{ACTOR_STYLE[t].label}</span>
                    <span className="text-xs text-slate-400 tabular-nums">{counts.types[t] ?? 0}</span>
                  </label>
                </li>
              ))}
              <li className="flex items-center gap-2 px-1 py-0.5 pl-7 text-sm text-slate-600">
                <ActorSwatch type="firm" external />
                Dashed ring: outside the cluster
              </li>
            </ul>
          </div>
          <div>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Ties</h4>
            <ul className="space-y-0.5">
              {TIE_KINDS.map((k) => (
                <li key={k}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50" title={TIE_STYLE[k].hint}>
                    <input type="checkbox" checked={!hiddenKinds.has(k)} onChange={() => props.onToggleKind(k)} data-testid={`filter-kind-${k}`} className="h-4 w-4 accent-brand-600" />
                    <TieSwatch kind={k} />
                    <span className="flex-1">{TIE_STYLE[k].label}</span>
                    <span className="text-xs text-slate-400 tabular-nums">{counts.kinds[k] ?? 0}</span>
                  </label>
                </li>
              ))}
              <li className="flex items-center gap-2 px-1 py-0.5 pl-7 text-sm text-slate-600">
                <LineSwatch color={TIE_STYLE.knowledge.color} line="solid" halo />
                Halo: tacit knowledge
              </li>
              <li className="flex items-center gap-2 px-1 py-0.5 pl-7 text-sm text-slate-600">
                <LineSwatch color="#475569" line="solid" width={1.5} arrow />
                Arrow: direction · thicker: stronger
              </li>
            </ul>
          </div>
          {filtering && (
            <button type="button" onClick={props.onShowAll} data-testid="filter-show-all" className="w-full rounded-lg bg-slate-100 px-3 py-1.5 text-sm font-medium hover:bg-slate-200">
              Show everything
            </button>
          )}
        </div>
      )}
    </div>
  );
}
