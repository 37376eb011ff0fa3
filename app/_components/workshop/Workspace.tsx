'use client';

import { useLocale, useTranslations } from 'next-intl';
import { wordError, wordNotice } from '../model/serverWords';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { may, type Permission } from '../../../lib/access/permissions';
import { ActivityPanel } from '../activity/ActivityPanel';
import { ActivityToast } from '../activity/ActivityToast';
import { PersonalLayoutNote } from '../activity/PersonalLayoutNote';
import { useActivity } from '../activity/useActivity';
import { useDeleteConfirmation } from '../activity/useDeleteConfirmation';
import { usePersonalLayout } from '../activity/usePersonalLayout';
import { useRestoreEntry } from '../activity/useRestoreEntry';
import { elementNames } from '../../../lib/map/labels';
import { LABEL_LEGIBILITY } from '../../../lib/map/style';
import { UNTITLED_TITLE } from '../../../lib/map/types';
import { updateMeta } from '../../../lib/map/ydoc';
import type { CanvasHandle, View } from '../canvas/Canvas';
import { checkpointsApi } from '../checkpoints/checkpointsApi';
import { useCheckpointView } from '../checkpoints/useCheckpointView';
import { useDiscussion } from '../discussion/useDiscussion';
import { useWorkshopDiscussion } from '../discussion/useWorkshopDiscussion';
import { ExportMenu } from '../export/ExportMenu';
import { LIVE } from '../export/mapSource';
import { FollowBanner } from '../facilitation/FollowBanner';
import { FacilitateButton, FacilitatorTray } from '../facilitation/FacilitatorTray';
import { PhaseChip } from '../facilitation/PhaseChip';
import { TimerDisplay, useTimerView } from '../facilitation/TimerControl';
import { FACILITATION_ORIGIN, useFacilitation } from '../facilitation/useFacilitation';
import { useEditor } from '../hooks/useEditor';
import { useMap } from '../hooks/useMap';
import { usePeers, usePublish } from '../hooks/usePresence';
import { useUndo } from '../hooks/useUndo';
import { useWorkshop } from '../hooks/useWorkshop';
import { Inspector } from '../inspector/Inspector';
import { secretFor } from '../model/storage';
import { PresentBar } from '../present/PresentBar';
import { RoundBanner } from '../rounds/RoundBanner';
import { usePresentMode } from '../present/usePresentMode';
import { useSharedShow } from '../facilitation/useSharedShow';
import { PresentIcon } from '../facilitation/icons';
import type { Highlight } from '../scores/highlight';
import { useEngineReport } from '../scores/useEngineReport';
import { useWorkspaceScenario } from '../scenarios/useWorkspaceScenario';
import { StageEditor } from '../stages/StageEditor';
import { InviteDialog } from './InviteDialog';
import { Toolbar } from './Toolbar';
import { useConnectTool } from './useConnectTool';
import { useKeepSelectionVisible } from './useKeepSelectionVisible';
import { useKeyboard } from './useKeyboard';
import { useMapFilters } from './useMapFilters';
import { usePanels } from './usePanels';
import { useStoredFlag } from './useStoredFlag';
import { WorkspaceCanvas } from './WorkspaceCanvas';
import { RefusedChanges } from '../offline/RefusedChanges';
import { WorkspaceDock } from './WorkspaceDock';
import { useCompareDock } from '../compare/useCompareDock';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceNotes } from './WorkspaceNotes';

export type Live = NonNullable<ReturnType<typeof useWorkshop>>;

/** The workspace once connected: one top bar, the map with what floats over it, the inspector and the dock. */
export function Workspace({ id, live, apiKey, onRename }: { id: string; live: Live; apiKey: string; onRename(): void }) {
  const t = useTranslations();
  // A kept copy counts as synced: editing stays on offline, and the server checks it all on reconnect (docs/protocol.md P17).
  const { doc, awareness, role, identity, status, ready: synced } = live;
  const liveMap = useMap(doc);
  const liveDiscussion = useDiscussion(doc);
  const undo = useUndo(doc);
  const peers = usePeers(awareness);
  const publish = usePublish(awareness);
  const liveEditor = useEditor(doc, undo, identity?.id, liveMap);
  const canvas = useRef<CanvasHandle>(null);
  const area = useRef<HTMLElement>(null);
  const api = useMemo(() => checkpointsApi(id, apiKey, secretFor(id)), [id, apiKey]);
  const checkpoint = useCheckpointView(api);
  const viewing = checkpoint.viewing;
  const { present, setPresent } = usePresentMode();

  // What the canvas, the inspector and the scores show: the live map, or a checkpoint opened read-only.
  const map = viewing?.map ?? liveMap;
  const discussionData = viewing?.discussion ?? liveDiscussion;
  const engine = useEngineReport(map);
  const [highlight, setHighlight] = useState<Highlight | null>(null);

  const editing = liveMap.meta.editing ?? 'open';
  // Every control asks the one permissions module, as the server does (lib/access/permissions.ts).
  const can = (permission: Permission) => synced && !viewing && role !== null && may({ role }, editing, permission);
  // Scenario mode (docs/architecture.md "What-if scenarios"): edits go into the scenario, not the live map.
  const scenario = useWorkspaceScenario({ doc, liveMap, role, editing, me: identity?.id, available: synced && !viewing, undo });
  const { planning } = scenario;
  const editor = planning ? scenario.mode.editor : liveEditor;
  const editable = planning ? scenario.mode.canPlan : can('editMap');
  const canEverEdit = role !== null && role !== 'observer';
  const whyNot = viewing ? t('notes.checkpointWhyNot') : t(`editing.${editing}.told`);

  const [view, setView] = useState<View>('network');
  const [selection, setSelection] = useState<string[]>([]);
  const [focusLabelOf, setFocusLabelOf] = useState<string | null>(null);
  const discussion = useWorkshopDiscussion({ workshop: id, doc, map, discussion: discussionData, identity, role, editing, synced, readOnly: viewing !== null, selection, rounds: live.provider.rounds });
  const filters = useMapFilters(scenario.mode.drawnMap ?? map, discussionData);
  const { shownMap } = filters;
  // Deletes nobody regrets (docs/architecture.md "Activity"): the feed, asking before deleting others' work,
  // Tidy as the facilitator's, and a participant's own tidy view.
  const activity = useActivity(id, apiKey, live.provider);
  const restoreEntry = useRestoreEntry(doc, undo.origin);
  const askDelete = useDeleteConfirmation(liveMap, identity?.id ?? null, discussion.names);
  const personal = usePersonalLayout(shownMap);
  const arranges = role !== null && may({ role }, editing, 'arrange');
  const [stagesOpen, setStagesOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [trayOpen, setTrayOpen] = useStoredFlag('clustercanvas:facilitator-tray', false);
  const [notice, setNotice] = useState<string | null>(null);
  const locale = useLocale();
  // Actors' names in the reader's language where they carry two (labels {en, zh-CN}, lib/map/labels.ts).
  const named = scenario.mode.drawnMap ?? map;
  const names = useMemo(() => elementNames(named, locale), [named, locale]);
  const timer = useTimerView(liveMap.meta.timer);
  // The title people typed; the document's default before one is known, in the reader's words.
  const typedTitle = live.title ?? liveMap.meta.title;
  const shownTitle = typedTitle === UNTITLED_TITLE ? t('workshop.untitled') : typedTitle;

  const showNotice = useCallback((text: string | null) => setNotice(text), []);
  useEffect(() => {
    if (!notice) return;
    const hide = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(hide);
  }, [notice]);
  useEffect(() => showNotice(live.notice ? wordNotice(t, live.notice) : checkpoint.error), [live.notice, checkpoint.error, showNotice, t]);

  useEffect(() => publish('selection', selection, true), [publish, selection]);
  useEffect(() => publish('view', view, true), [publish, view]);
  const elementIds = useMemo(() => new Set([...shownMap.actors.map((a) => a.id), ...shownMap.ties.map((t) => t.id)]), [shownMap]);
  const actorIds = useMemo(() => new Set(shownMap.actors.map((a) => a.id)), [shownMap]);
  const select = useCallback((ids: string[]) => canvas.current?.select(ids), []);
  const connect = useConnectTool(editor, editable, select);
  const hasSelection = selection.some((s) => elementIds.has(s));
  const panels = usePanels(liveMap.meta.phase, hasSelection);
  const compare = useCompareDock({ workshop: id, apiKey, api, liveMap, doc, refreshKey: `${liveMap.meta.phase ?? ''}|${undo.restoredAt ?? ''}`, highlight, onHighlight: setHighlight, onPanel: panels.setPanel });
  const shared = useSharedShow({ highlight, setHighlight, dock: panels, canvas, scenario: scenario.follow });
  const facilitation = useFacilitation({ doc, meta: liveMap.meta, role, peers, publish, canvas, view, setView, shows: shared.shows, onShows: shared.onShows });
  useKeepSelectionVisible(canvas, area, selection, `${panels.layoutKey}|${trayOpen}|${present}`, !facilitation.leader);

  const onCanvasSelect = useCallback(
    (ids: string[]) => {
      setSelection((prev) => [...prev.filter((x) => ids.includes(x)), ...ids.filter((x) => !prev.includes(x))]);
      if (ids.length) panels.onSelected();
      // Keep the "type the new actor's name" focus when the selection is that new actor.
      setFocusLabelOf((f) => (ids.length === 1 && ids[0] === f ? f : null));
    },
    [panels],
  );

  const addActor = useCallback(
    (at?: { x: number; y: number }) => {
      if (!editor || !canvas.current) return;
      const newId = editor.addActorAt(at ?? canvas.current.freeSpot());
      setFocusLabelOf(newId);
      select([newId]);
    },
    [editor, select],
  );

  const onConnectButton = () => connect.onButton(selection.filter((s) => actorIds.has(s)), selection.length);

  const deleteSelection = useCallback(() => {
    const ids = canvas.current?.selected() ?? selection;
    if (!editable || !editor || ids.length === 0) return;
    // In a scenario, deleting unplans or plans a removal: nothing of anyone's leaves the live map.
    if (planning) return editor.deleteElements(ids);
    askDelete.ask(ids, () => {
      editor.deleteElements(ids);
      setSelection([]);
    });
  }, [editable, editor, selection, askDelete, planning]);

  // Undo follows what is being edited: the live map, or the open scenario's planned changes.
  const editUndo = planning ? scenario.undo : undo;
  useKeyboard({ undo: editUndo.undo, redo: editUndo.redo, deleteSelection, escape: () => (connect.connecting ? connect.stop() : select([])) }, editable);

  const restoreViewed = () => {
    if (!viewing || !window.confirm(t('checkpoints.confirmRestore', { name: viewing.checkpoint.name }))) return;
    api.restore(viewing.checkpoint.id).then(
      () => {
        checkpoint.close();
        showNotice(t('checkpoints.restored', { name: viewing.checkpoint.name }));
      },
      (err: unknown) => showNotice(wordError(t, err)),
    );
  };

  // One inspector, beside the canvas on wide screens and as a bottom sheet on phones.
  const inspector =
    panels.inspectorShown ? (
      <Inspector
        map={shownMap}
        selection={selection}
        editor={editor}
        editable={editable && (!planning || selection.length > 1 || selection.every(scenario.mode.plans))}
        focusLabelOf={focusLabelOf}
        onSelect={select}
        onDelete={deleteSelection}
        onConnectSelected={onConnectButton}
        onClose={panels.wide ? () => select([]) : () => panels.setSheetOpen(false)}
        renderVotes={discussion.renderVotes}
        renderDecision={discussion.renderDecision}
        renderComments={discussion.renderComments}
        commentCount={(elementId) => discussion.marks.get(elementId)?.comments ?? 0}
        discussionFirst={liveMap.meta.phase === 'review' || liveMap.meta.phase === 'agree'}
      />
    ) : null;

  const isFacilitator = role === 'facilitator';
  const header = present ? (
    <PresentBar title={shownTitle} meta={liveMap.meta} report={engine.report} onLeave={() => setPresent(false)} />
  ) : (
    <WorkspaceHeader
      title={shownTitle}
      cluster={liveMap.meta.cluster}
      status={status}
      waiting={live.waiting}
      me={identity}
      peers={peers}
      onRename={onRename}
      onInvite={isFacilitator ? () => setInviteOpen(true) : null}
      phase={<PhaseChip phase={liveMap.meta.phase} announce={!(isFacilitator && trayOpen)} />}
      tools={
        <Toolbar
          canEverEdit={canEverEdit}
          editable={editable}
          tidyShared={arranges}
          whyNot={whyNot}
          view={view}
          connecting={connect.connecting}
          canUndo={editUndo.canUndo}
          canRedo={editUndo.canRedo}
          onAddActor={() => addActor()}
          onConnect={onConnectButton}
          onUndo={editUndo.undo}
          onRedo={editUndo.redo}
          onView={(v) => {
            connect.stop();
            setView(v);
          }}
          onStages={() => setStagesOpen(true)}
          onTidy={() => {
            const positions = canvas.current?.tidy();
            if (!positions) return;
            // Only the facilitator re-lays out everyone's map; anyone else's tidy stays on their screen.
            if (arranges) editor?.moveActors(positions);
            else personal.use(positions);
          }}
          onFit={() => canvas.current?.fit()}
          onExport={() => setExportOpen(true)}
          extra={canEverEdit && !present ? scenario.button : null}
        />
      }
      actions={
        <>
          {!(isFacilitator && trayOpen) && <TimerDisplay view={timer} />}
          {isFacilitator && <FacilitateButton f={facilitation} open={trayOpen} onToggle={() => setTrayOpen(!trayOpen)} />}
          <button type="button" data-testid="present-button" aria-label={t('present.button')} onClick={() => setPresent(true)} title={t('present.tip')} className="hidden h-10 shrink-0 gap-1.5 rounded-xl px-3 text-sm font-semibold text-slate-700 hover:bg-slate-100 md:inline-flex md:items-center">
            <PresentIcon />
            <span className="hidden 2xl:inline">{t('present.button')}</span>
          </button>
        </>
      }
    />
  );

  return (
    <div className="flex h-dvh flex-col bg-slate-50" data-testid="workshop" data-role={role ?? ''} data-editable={editable} data-editing={editing} data-present={present || undefined}>
      {header}
      <div className="relative flex min-h-0 flex-1">
        <WorkspaceCanvas
          canvas={canvas}
          area={area}
          filters={filters}
          view={view}
          synced={synced}
          editable={editable}
          emptyMap={map.actors.length === 0}
          connect={connect}
          present={present}
          map={map}
          toDiscuss={discussion.toDiscuss}
          onPick={(elementId) => select([elementId])}
          drawnMap={personal.map}
          planning={planning}
          tray={isFacilitator && trayOpen && !present ? <FacilitatorTray f={facilitation} onClose={() => setTrayOpen(false)} /> : null}
          top={
            <>
              <FollowBanner f={facilitation} />
              {!present && scenario.banner}
              <RoundBanner round={discussion.round} />
              <PersonalLayoutNote active={personal.active} onReset={personal.reset} />
              {!present && <WorkspaceNotes role={role} editing={editing} viewing={viewing} canRestore={role === 'facilitator'} onBackToLive={checkpoint.close} onRestore={restoreViewed} />}
            </>
          }
          canvasProps={{
            editable,
            peers: viewing ? [] : peers,
            onSelect: onCanvasSelect,
            onMove: (p) => (personal.active ? personal.move(p) : editor?.moveActors(p)),
            onAutoPlace: (p) => !viewing && editor?.autoPlace(p),
            onDragLive: (p) => publish('dragging', p, p === null),
            onCursor: (c) => publish('cursor', c),
            onAddAt: (p) => addActor(p),
            highlighted: highlight?.elements ?? null,
            compared: compare.marks,
            plan: scenario.mode.marks,
            marks: discussion.marks,
            onViewport: facilitation.onViewport,
            onViewportByHand: facilitation.onViewportByHand,
            onFocusChange: shared.onFocusChange,
            labelMinPx: present ? LABEL_LEGIBILITY.presentMinScreenPx : undefined,
          }}
          notice={
            <>
              {notice && (
                <div role="alert" data-covers-canvas className="absolute right-3 bottom-3 z-20 max-w-sm rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg" data-testid="notice">
                  {notice}
                </div>
              )}
              <RefusedChanges items={live.refused} onSelect={(element) => select([element])} />
              <div className="pointer-events-none absolute inset-x-0 bottom-16 z-20 flex justify-center px-3">
                <ActivityToast latest={activity.latest} me={identity?.id ?? null} map={liveMap} canEdit={editable} onRestore={restoreEntry} />
              </div>
            </>
          }
        />

        {inspector &&
          (panels.wide ? (
            <aside className="w-96 shrink-0 border-l border-slate-200 bg-white" data-testid="side-panel">
              {inspector}
            </aside>
          ) : (
            <div data-covers-canvas className="fixed inset-x-0 bottom-0 z-30 flex max-h-[55dvh] flex-col overflow-hidden rounded-t-2xl border-t border-slate-200 bg-white shadow-2xl" data-testid="bottom-sheet">
              {inspector}
            </div>
          ))}
        {!present && (
          <WorkspaceDock
            open={panels.dockShown}
            onOpenChange={panels.setDockOpen}
            floating={panels.dockFloating}
            panel={panels.panel}
            onPanel={panels.setPanel}
            workshopId={id}
            engine={engine}
            ready={synced}
            highlight={highlight}
            onHighlight={setHighlight}
            onSelect={(elementId) => select([elementId])}
            phase={liveMap.meta.phase}
            agreement={discussion.agreement}
            names={names}
            people={discussion.names}
            agreedOnly={filters.agreedOnly}
            onAgreedOnly={filters.setAgreedOnly}
            canSteer={can('steer')}
            roundControl={discussion.roundControl}
            roundCount={(elementId) => (discussion.round.inRound(elementId) ? discussion.round.countOf(elementId) : null)}
            canCheckpoint={can('checkpoint')}
            canRestore={can('restore')}
            onRules={(rules) => doc && updateMeta(doc, rules, FACILITATION_ORIGIN)}
            api={api}
            viewing={viewing?.checkpoint.id ?? null}
            onOpenCheckpoint={checkpoint.open}
            checkpointsRefresh={`${liveMap.meta.phase ?? ''}|${undo.restoredAt ?? ''}`}
            {...compare.dock}
            scoreTab={shared.scoreTab}
            onScoreTab={shared.setScoreTab}
            scenario={scenario.scores}
            activity={<ActivityPanel feed={activity} me={identity?.id ?? null} map={liveMap} canEdit={editable} onRestore={restoreEntry} onSelect={select} />}
          />
        )}
      </div>

      {askDelete.dialog}
      {stagesOpen && <StageEditor map={map} editor={editor} editable={editable} onClose={() => setStagesOpen(false)} />}
      {inviteOpen && <InviteDialog workshopId={id} apiKey={apiKey} onClose={() => setInviteOpen(false)} />}
      <ExportMenu
        open={exportOpen}
        onClose={() => setExportOpen(false)}
        workshopId={id}
        apiKey={apiKey}
        api={api}
        shownSource={viewing ? { kind: 'checkpoint', id: viewing.checkpoint.id } : filters.agreedOnly ? { kind: 'agreed' } : LIVE}
        shownView={view === 'value_chain' ? 'value-chain' : 'network'}
      />
    </div>
  );
}
