'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Agreement, AgreementRules } from '../../../lib/map/agreement';
import type { WorkshopPhase } from '../../../lib/map/types';
import { AgreementPanel } from '../agreement/AgreementPanel';
import type { CheckpointsApi } from '../checkpoints/checkpointsApi';
import { CheckpointsPanel } from '../checkpoints/CheckpointsPanel';
import { SideDock, type DockPanel } from '../dock/SideDock';
import type { Highlight, HighlightHandler } from '../scores/highlight';
import { whatIsMissing, type IndexId } from '../../../lib/engine/readiness';
import { ScorePanel, type ScoreTab } from '../scores/ScorePanel';
import type { EngineState } from '../scores/useEngineReport';
import type { ScenarioScoresInput } from '../scenarios/ScenarioScores';

export interface WorkspaceDockProps {
  /** Open or a rail, owned by the workspace (it lays out the inspector and the dock together). */
  open: boolean;
  onOpenChange(open: boolean): void;
  floating: boolean;
  panel: DockPanel;
  onPanel(panel: DockPanel): void;
  workshopId: string;
  engine: EngineState;
  ready: boolean;
  highlight: Highlight | null;
  onHighlight: HighlightHandler;
  onSelect(elementId: string): void;
  phase: WorkshopPhase | undefined;
  agreement: Agreement;
  names: ReadonlyMap<string, string>;
  people: Readonly<Record<string, string>>;
  agreedOnly: boolean;
  onAgreedOnly(on: boolean): void;
  canSteer: boolean;
  /** The facilitator's secret-round controls, shown in the Agreement panel. */
  roundControl?: ReactNode;
  /** People who voted on an element of the open secret round (null for the others). */
  roundCount?: (id: string) => number | null;
  canCheckpoint: boolean;
  canRestore: boolean;
  onRules(rules: Partial<AgreementRules>): void;
  api: CheckpointsApi;
  viewing: string | null;
  onOpenCheckpoint(id: string): void;
  checkpointsRefresh: string;
  /** The Compare panel (app/_components/compare/ComparePanel.tsx). */
  compare: ReactNode;
  /** "Compare with now" on a checkpoint. */
  onCompareCheckpoint(id: string): void;
  /** The activity feed's panel (app/_components/activity/ActivityPanel.tsx). */
  activity: ReactNode;
  /** The score panel's tab, owned by the workspace so Follow me can carry it. */
  scoreTab: ScoreTab;
  onScoreTab(tab: ScoreTab): void;
  /** Scenario mode: the scenario's scores beside the live map's (app/_components/scenarios). */
  scenario?: ScenarioScoresInput | null;
}

/** The right-hand dock of the workshop: live scores, the agreement, checkpoints, comparisons and the activity feed. */
export function WorkspaceDock(p: WorkspaceDockProps) {
  const t = useTranslations();
  const format = useFormatter();

  const report = p.engine.report;
  const missing = report ? whatIsMissing(report) : {};
  const fmt = (which: IndexId) => (!report || missing[which] ? '–' : format.number(report.indices[which].value, { maximumFractionDigits: 0 }));
  const { settled, total } = p.agreement;
  const agreeing = p.phase === 'agree' || p.agreement.elements.some((e) => e.tally.total > 0 || e.decided);

  const rail = (
    <>
      <span className="text-[10px] font-semibold tracking-wide text-slate-500 uppercase sm:text-xs">{t('dock.rail.scores')}</span>
      <span className="flex flex-col items-center">
        <span className="text-xl font-bold text-slate-900 tabular-nums sm:text-2xl" data-testid="rail-ici">{fmt('ici')}</span>
        <span className="text-xs font-semibold text-slate-500">ICI</span>
      </span>
      <span className="flex flex-col items-center">
        <span className="text-xl font-bold text-slate-900 tabular-nums sm:text-2xl" data-testid="rail-gi">{fmt('gi')}</span>
        <span className="text-xs font-semibold text-slate-500">GI</span>
      </span>
      {agreeing && (
        <span className="flex flex-col items-center" data-testid="rail-agreement" title={t('dock.rail.decidedTitle', { settled, total })}>
          <span className="text-sm font-bold text-emerald-800 tabular-nums">
            {settled}/{total}
          </span>
          <span className="text-xs font-semibold text-slate-500">{t('dock.rail.decided')}</span>
        </span>
      )}
      {report && report.recommendations.length > 0 && (
        <span className="rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" title={t('dock.rail.tipsTitle')}>
          {report.recommendations.length}
          <span className="hidden sm:inline">{t('dock.rail.tips', { count: report.recommendations.length })}</span>
        </span>
      )}
    </>
  );

  return (
    <SideDock
      open={p.open}
      onOpenChange={p.onOpenChange}
      floating={p.floating}
      panel={p.panel}
      onPanel={p.onPanel}
      rail={rail}
      // A highlight nobody can see the reason for (or clear) would be confusing: closing the dock clears it.
      onClose={() => p.onHighlight(null)}
      panels={{
        scores: {
          label: t('dock.scores'),
          body: <ScorePanel workshopId={p.workshopId} engine={p.engine} names={p.names} ready={p.ready} highlight={p.highlight} onHighlight={p.onHighlight} onSelectActor={p.onSelect} tab={p.scoreTab} onTab={p.onScoreTab} scenario={p.scenario} />,
        },
        agreement: {
          label: t('dock.agreement'),
          badge: total ? `${settled}/${total}` : undefined,
          body: (
            <AgreementPanel
              agreement={p.agreement}
              names={p.names}
              canSteer={p.canSteer}
              canFinish={p.canCheckpoint}
              agreedOnly={p.agreedOnly}
              onAgreedOnly={p.onAgreedOnly}
              onSelect={p.onSelect}
              onRules={p.onRules}
              roundControl={p.roundControl}
              roundCount={p.roundCount}
              onFinish={async () => (await p.api.save(t('agreement.agreedName', { at: format.dateTime(new Date(), { dateStyle: 'medium', timeStyle: 'short' }) }), 'agreed')).name}
            />
          ),
        },
        checkpoints: {
          label: t('dock.checkpoints'),
          body: (
            <CheckpointsPanel
              api={p.api}
              canSave={p.canCheckpoint}
              canRestore={p.canRestore}
              names={p.people}
              viewing={p.viewing}
              onOpen={p.onOpenCheckpoint}
              onCompare={p.onCompareCheckpoint}
              refreshKey={p.checkpointsRefresh}
            />
          ),
        },
        compare: { label: t('dock.compare'), body: p.compare },
        activity: { label: t('dock.activity'), body: p.activity },
      }}
    />
  );
}
