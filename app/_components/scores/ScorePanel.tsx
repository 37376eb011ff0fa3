'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { whatIsMissingMessages } from '../../../lib/engine/readiness';
import { wordEngine } from '../../../lib/i18n/engine-words';
import type { IndexReport } from '../../../lib/engine/types';
import { elementNames } from '../../../lib/map/labels';
import type { ClusterMap } from '../../../lib/map/types';
import { ActorTable } from './ActorTable';
import { AdviceView } from './AdviceView';
import { ComponentBar } from './ComponentBar';
import { toggleHighlight, type Highlight, type HighlightHandler } from './highlight';
import { IndexCard } from './IndexCard';
import { elementsFor, sameElements, toCanvasIds } from './resolve';
import { StructureView } from './StructureView';
import { ScenarioScores, type ScenarioScoresInput } from '../scenarios/ScenarioScores';
import { useEngineReport, type EngineState } from './useEngineReport';
import { useScoreHistory } from './useScoreHistory';

export const SCORE_TABS = ['scores', 'actors', 'structure', 'advice'] as const;
export type ScoreTab = (typeof SCORE_TABS)[number];
type Tab = ScoreTab;

export interface ScorePanelProps {
  workshopId: string;
  engine: EngineState;
  /** What to call each element (lib/map/labels.ts elementNames): the engine's texts name them by id. */
  names?: ReadonlyMap<string, string>;
  /** False until the map has arrived from the server, so an empty start is not recorded in the history. */
  ready?: boolean;
  /** Controlled highlight; when omitted the panel keeps its own (and the canvas is not told). */
  highlight?: Highlight | null;
  onHighlight?: HighlightHandler;
  /** Called when someone picks an actor in the table, e.g. to select it on the canvas. */
  onSelectActor?: (id: string) => void;
  /** Controlled tab (a follower shows the leading facilitator's); when omitted the panel keeps its own. */
  tab?: ScoreTab;
  onTab?: (tab: ScoreTab) => void;
  /** Scenario mode: the scenario's map and report, shown beside the live map's with every delta. */
  scenario?: ScenarioScoresInput | null;
}

export function ScorePanel({ workshopId, engine, names = NO_NAMES, ready = true, highlight: controlled, onHighlight, onSelectActor, tab: controlledTab, onTab, scenario }: ScorePanelProps) {
  const t = useTranslations();
  const locale = useLocale();
  const [own, setOwn] = useState<Highlight | null>(null);
  const highlight = controlled !== undefined ? controlled : own;
  const setHighlight: HighlightHandler = onHighlight ?? setOwn;
  const [ownTab, setOwnTab] = useState<Tab>('scores');
  const tab = controlledTab ?? ownTab;
  const setTab = onTab ?? setOwnTab;
  const { report, stale, error, mode, ms } = engine;

  const hasActors = !!report && Object.keys(report.actors).length > 0;
  // What an index still needs, in the reader's words (the engine's message keys, lib/i18n/engine-words.ts).
  const missing = useMemo(() => {
    const messages = report ? whatIsMissingMessages(report) : {};
    return { ici: messages.ici && wordEngine(messages.ici, locale), gi: messages.gi && wordEngine(messages.gi, locale) };
  }, [report, locale]);
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
    { id: 'scores', label: t('scores.tab.scores') },
    { id: 'actors', label: t('scores.tab.actors'), badge: report ? Object.keys(report.actors).length : undefined },
    { id: 'structure', label: t('scores.tab.structure') },
    { id: 'advice', label: t('scores.tab.advice'), badge: adviceCount + warningCount || undefined },
  ];

  return (
    <section
      data-testid="score-panel"
      data-engine-mode={mode}
      data-engine-ran-in={engine.ranIn ?? ''}
      data-engine-threads={engine.threads ?? ''}
      data-engine-kernel={engine.kernel ?? ''}
      data-stale={stale}
      aria-label={t('scores.label')}
      className="flex h-full min-h-0 flex-col bg-slate-50 text-slate-900"
    >
      <div role="tablist" aria-label={t('scores.views')} className="flex shrink-0 gap-1 overflow-x-auto border-b border-slate-200 px-2 pt-2">
        {tabs.map((tb) => (
          <button
            key={tb.id}
            type="button"
            role="tab"
            data-testid={`score-tab-${tb.id}`}
            aria-selected={tab === tb.id}
            onClick={() => setTab(tb.id)}
            className={`shrink-0 rounded-t-md px-2.5 py-1.5 text-sm font-semibold sm:px-3 ${
              tab === tb.id ? 'bg-white text-brand-700 ring-1 ring-slate-200 ring-b-0' : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {tb.label}
            {tb.badge !== undefined && (
              <span className="ml-1 rounded-full bg-slate-200 px-1.5 text-xs tabular-nums text-slate-700">{tb.badge}</span>
            )}
          </button>
        ))}
      </div>

      <div className="min-h-0 flex-1 overflow-y-auto p-3" role="tabpanel">
        {error && (
          <p role="alert" className="mb-2 rounded-md bg-rose-50 p-2 text-sm text-rose-900 ring-1 ring-rose-200">
            {t('scores.failed', { error })}
          </p>
        )}
        {!report ? (
          <p className="text-sm text-slate-500" data-testid="score-pending">
            {t('scores.computing')}
          </p>
        ) : tab === 'scores' ? (
          <div className="space-y-3">
            {scenario && <ScenarioScores liveReport={report} scenario={scenario} names={names} />}
            <div className="flex gap-2">
              <IndexCard which="ici" value={report.indices.ici.value} history={history} stale={stale} missing={missing.ici} />
              <IndexCard which="gi" value={report.indices.gi.value} history={history} stale={stale} missing={missing.gi} />
            </div>
            {!hasActors && <p className="text-sm text-slate-600">{t('scores.empty')}</p>}
            <ComponentList which="ici" index={report.indices.ici} names={names} highlight={highlight} onToggle={toggle} />
            <ComponentList which="gi" index={report.indices.gi} names={names} highlight={highlight} onToggle={toggle} />
          </div>
        ) : tab === 'actors' ? (
          <ActorTable
            report={report}
            names={names}
            selected={highlight?.source.startsWith('actor:') ? highlight.source.slice(6) : null}
            onPick={(id) => {
              toggle(`actor:${id}`, [id]);
              onSelectActor?.(id);
            }}
          />
        ) : tab === 'structure' ? (
          <StructureView report={report} names={names} highlight={highlight} onToggle={toggle} />
        ) : (
          <AdviceView report={report} names={names} highlight={highlight} onToggle={toggle} />
        )}
      </div>

      <footer className="shrink-0 border-t border-slate-200 px-3 py-1 text-xs text-slate-500" data-testid="score-status">
        {stale ? t('scores.status.updating') : t('scores.status.live')}
        {ms !== null &&
          ` · ${t(mode === 'worker' ? (engine.threads !== null && engine.threads > 1 ? 'scores.status.scoredThreads' : 'scores.status.scoredBackground') : 'scores.status.scored', { ms: ms < 1 ? '<1' : String(Math.round(ms)), threads: engine.threads ?? 1 })}`}
        {highlight && (
          <button type="button" data-testid="clear-highlight" onClick={() => setHighlight(null)} className="ml-2 underline hover:text-slate-800">
            {t('scores.status.clearHighlight')}
          </button>
        )}
      </footer>
    </section>
  );
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();


function ComponentList({
  which,
  index,
  names,
  highlight,
  onToggle,
}: {
  which: 'ici' | 'gi';
  index: IndexReport;
  names: ReadonlyMap<string, string>;
  highlight: Highlight | null;
  onToggle: (source: string, elements: string[]) => void;
}) {
  const t = useTranslations();
  const totalWeight = index.components.reduce((sum, c) => sum + c.weight, 0);
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {t('scores.makesUp', { name: t(`scores.index.${which}.name`) })}
      </h3>
      <ul className="space-y-0.5" data-testid={`components-${which}`}>
        {index.components.map((c) => (
          <ComponentBar
            key={c.id}
            component={c}
            names={names}
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
  const names = useMemo(() => (map ? elementNames(map) : NO_NAMES), [map]);
  return <ScorePanel engine={engine} names={names} {...rest} />;
}
