'use client';

import { useEffect, useState } from 'react';
import type { IndexReport } from '../../../lib/engine/types';
import type { ClusterMap } from '../../../lib/map/types';
import { ActorTable } from './ActorTable';
import { AdviceView } from './AdviceView';
import { ComponentBar } from './ComponentBar';
import { toggleHighlight, type Highlight, type HighlightHandler } from './highlight';
import { IndexCard } from './IndexCard';
import { INDEX_LABEL } from './labels';
import { elementsFor, sameElements, toCanvasIds } from './resolve';
import { StructureView } from './StructureView';
import { useEngineReport, type EngineState } from './useEngineReport';
import { useScoreHistory } from './useScoreHistory';

type Tab = 'scores' | 'actors' | 'structure' | 'advice';

export interface ScorePanelProps {
  workshopId: string;
  engine: EngineState;
  /** False until the map has arrived from the server, so an empty start is not recorded in the history. */
  ready?: boolean;
  /** Controlled highlight; when omitted the panel keeps its own (and the canvas is not told). */
  highlight?: Highlight | null;
  onHighlight?: HighlightHandler;
  /** Called when someone picks an actor in the table, e.g. to select it on the canvas. */
  onSelectActor?: (id: string) => void;
}

export function ScorePanel({ workshopId, engine, ready = true, highlight: controlled, onHighlight, onSelectActor }: ScorePanelProps) {
  const [own, setOwn] = useState<Highlight | null>(null);
  const highlight = controlled !== undefined ? controlled : own;
  const setHighlight: HighlightHandler = onHighlight ?? setOwn;
  const [tab, setTab] = useState<Tab>('scores');
  const { report, stale, error, mode, ms } = engine;

  const hasActors = !!report && Object.keys(report.actors).length > 0;
  const history = useScoreHistory(
    workshopId,
    report?.indices.ici.value ?? null,
    report?.indices.gi.value ?? null,
    ready && hasActors && !stale,
  );

  // A lit highlight follows the live map: its elements are re-read from each new report.
  useEffect(() => {
    if (!report || !highlight) return;
    const named = elementsFor(report, highlight.source);
    const now = named && toCanvasIds(report, named);
    if (now === null) setHighlight(null);
    else if (!sameElements(now, highlight.elements)) setHighlight({ source: highlight.source, elements: now });
  }, [report, highlight, setHighlight]);

  const toggle = (source: string, elements: string[]) =>
    setHighlight(toggleHighlight(highlight, source, report ? toCanvasIds(report, elements) : elements));

  const adviceCount = report ? report.recommendations.length : 0;
  const warningCount = report ? report.warnings.length : 0;
  const tabs: { id: Tab; label: string; badge?: number }[] = [
    { id: 'scores', label: 'Scores' },
    { id: 'actors', label: 'Actors', badge: report ? Object.keys(report.actors).length : undefined },
    { id: 'structure', label: 'Structure' },
    { id: 'advice', label: 'Advice', badge: adviceCount + warningCount || undefined },
  ];

  return (
    <section
      data-testid="score-panel"
      data-engine-mode={mode}
      data-engine-ran-in={engine.ranIn ?? ''}
      data-engine-threads={engine.threads ?? ''}
      data-engine-kernel={engine.kernel ?? ''}
      data-stale={stale}
      aria-label="Live scores"
      className="flex h-full min-h-0 flex-col bg-slate-50 text-slate-900"
    >
      <div role="tablist" aria-label="Score views" className="flex shrink-0 gap-1 overflow-x-auto border-b border-slate-200 px-2 pt-2">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            data-testid={`score-tab-${t.id}`}
            aria-selected={tab === t.id}
            onClick={() => setTab(t.id)}
            className={`shrink-0 rounded-t-md px-2.5 py-1.5 text-sm font-semibold sm:px-3 ${
              tab === t.id ? 'bg-white text-brand-700 ring-1 ring-slate-200 ring-b-0' : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {t.label}
            {t.badge !== undefined && (
              <span className="ml-1 rounded-full bg-slate-200 px-1.5 text-xs tabular-nums text-slate-700">{t.badge}</span>
            )}
          </button>
        ))}
      </div>

      <div className="min-h-0 flex-1 overflow-y-auto p-3" role="tabpanel">
        {error && (
          <p role="alert" className="mb-2 rounded-md bg-rose-50 p-2 text-sm text-rose-900 ring-1 ring-rose-200">
            The scores could not be computed: {error}
          </p>
        )}
        {!report ? (
          <p className="text-sm text-slate-500" data-testid="score-pending">
            Computing scores…
          </p>
        ) : tab === 'scores' ? (
          <div className="space-y-3">
            <div className="flex gap-2">
              <IndexCard which="ici" value={report.indices.ici.value} history={history} stale={stale} />
              <IndexCard which="gi" value={report.indices.gi.value} history={history} stale={stale} />
            </div>
            {!hasActors && <p className="text-sm text-slate-600">Add actors and ties to the map: the scores follow every edit.</p>}
            <ComponentList which="ici" index={report.indices.ici} highlight={highlight} onToggle={toggle} />
            <ComponentList which="gi" index={report.indices.gi} highlight={highlight} onToggle={toggle} />
          </div>
        ) : tab === 'actors' ? (
          <ActorTable
            report={report}
            selected={highlight?.source.startsWith('actor:') ? highlight.source.slice(6) : null}
            onPick={(id) => {
              toggle(`actor:${id}`, [id]);
              onSelectActor?.(id);
            }}
          />
        ) : tab === 'structure' ? (
          <StructureView report={report} highlight={highlight} onToggle={toggle} />
        ) : (
          <AdviceView report={report} highlight={highlight} onToggle={toggle} />
        )}
      </div>

      <footer className="shrink-0 border-t border-slate-200 px-3 py-1 text-xs text-slate-500" data-testid="score-status">
        {stale ? 'Updating…' : 'Live'}
        {ms !== null && ` · scored in ${ms < 1 ? '<1' : Math.round(ms)} ms${mode === 'worker' ? ` (background${threadsNote(engine.threads)})` : ''}`}
        {highlight && (
          <button type="button" data-testid="clear-highlight" onClick={() => setHighlight(null)} className="ml-2 underline hover:text-slate-800">
            clear highlight
          </button>
        )}
      </footer>
    </section>
  );
}

/** ", 2 threads" when the sweeps were shared out, so a facilitator can tell why a large map scored quickly. */
const threadsNote = (threads: number | null) => (threads !== null && threads > 1 ? `, ${threads} threads` : '');

function ComponentList({
  which,
  index,
  highlight,
  onToggle,
}: {
  which: 'ici' | 'gi';
  index: IndexReport;
  highlight: Highlight | null;
  onToggle: (source: string, elements: string[]) => void;
}) {
  const totalWeight = index.components.reduce((sum, c) => sum + c.weight, 0);
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {INDEX_LABEL[which].name} · what makes it up
      </h3>
      <ul className="space-y-0.5" data-testid={`components-${which}`}>
        {index.components.map((c) => (
          <ComponentBar
            key={c.id}
            component={c}
            totalWeight={totalWeight}
            lit={highlight?.source === `component:${c.id}` ? highlight.elements.length : null}
            open={highlight?.source === `component:${c.id}`}
            onToggle={() => onToggle(`component:${c.id}`, c.elements)}
          />
        ))}
      </ul>
    </div>
  );
}

/** The panel wired to a live map: computes the report itself. Use `ScorePanel` to share one report. */
export function LiveScorePanel({ map, ...rest }: Omit<ScorePanelProps, 'engine'> & { map: ClusterMap | null }) {
  const engine = useEngineReport(map);
  return <ScorePanel engine={engine} {...rest} />;
}
