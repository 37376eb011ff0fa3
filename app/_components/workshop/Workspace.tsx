'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActorType, TieKind } from '../../../lib/map/types';
import { TIE_KINDS } from '../../../lib/map/types';
import Canvas, { type CanvasHandle, type View } from '../canvas/Canvas';
import { useEditor } from '../hooks/useEditor';
import { useMap } from '../hooks/useMap';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { usePeers, usePublish } from '../hooks/usePresence';
import { useUndo } from '../hooks/useUndo';
import { useWorkshop } from '../hooks/useWorkshop';
import { FacilitationBar, FollowBanner } from '../facilitation/FacilitationBar';
import { useFacilitation } from '../facilitation/useFacilitation';
import { ToDiscuss } from '../discussion/ToDiscuss';
import { useWorkshopDiscussion } from '../discussion/useWorkshopDiscussion';
import { Inspector } from '../inspector/Inspector';
import { Logo } from '../landing/Landing';
import { Legend } from '../legend/Legend';
import { TieSwatch } from '../legend/Swatches';
import { TIE_STYLE } from '../model/palette';
import { loadLinks } from '../model/storage';
import { ScoreDock } from '../scores/ScoreDock';
import type { Highlight } from '../scores/highlight';
import { useEngineReport } from '../scores/useEngineReport';
import { StageEditor } from '../stages/StageEditor';
import { InviteDialog } from './InviteDialog';
import { PresenceBar } from './PresenceBar';
import { StatusIndicator } from './StatusIndicator';
import { Toolbar } from './Toolbar';
import { useKeyboard } from './useKeyboard';
import { EyeIcon, LockIcon } from './Icons';

export type Live = NonNullable<ReturnType<typeof useWorkshop>>;

/** The workspace once connected: canvas, toolbar, panels, presence and the facilitator's bar. */
export function Workspace({ id, live, onRename }: { id: string; live: Live; onRename(): void }) {
  const { doc, awareness, role, identity, status, synced } = live;
  const map = useMap(doc);
  const undo = useUndo(doc);
  const peers = usePeers(awareness);
  const publish = usePublish(awareness);
  const editor = useEditor(doc, undo, identity?.id, map);
  const canvas = useRef<CanvasHandle>(null);
  const engine = useEngineReport(map);
  const [highlight, setHighlight] = useState<Highlight | null>(null);

  const locked = map.meta.locked === true && role !== 'facilitator';
  const editable = synced && (role === 'facilitator' || role === 'participant') && !locked;

  const [view, setView] = useState<View>('network');
  const [selection, setSelection] = useState<string[]>([]);
  const [focusLabelOf, setFocusLabelOf] = useState<string | null>(null);
  const discussion = useWorkshopDiscussion({ workshop: id, doc, map, identity, role, canDiscuss: synced && (role === 'facilitator' || role === 'participant') && !locked, selection });
  const [connecting, setConnecting] = useState(false);
  const [connectSource, setConnectSource] = useState<string | null>(null);
  const [connectKind, setConnectKind] = useState<TieKind>('knowledge');
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<ActorType>>(new Set());
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<TieKind>>(new Set());
  const [sheetOpen, setSheetOpen] = useState(true);
  const [stagesOpen, setStagesOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const links = useMemo(() => loadLinks(id), [id]);
  const wide = useMediaQuery('(min-width: 1024px)');

  useEffect(() => {
    if (!live.notice) return;
    setNotice(live.notice);
    const t = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(t);
  }, [live.notice]);

  useEffect(() => publish('selection', selection, true), [publish, selection]);
  useEffect(() => publish('view', view, true), [publish, view]);
  const facilitation = useFacilitation({ doc, meta: map.meta, role, peers, publish, canvas, view, setView });
  useEffect(() => {
    if (!editable) {
      setConnecting(false);
      setConnectSource(null);
    }
  }, [editable]);

  const actorIds = useMemo(() => new Set(map.actors.map((a) => a.id)), [map]);
  const select = useCallback((ids: string[]) => canvas.current?.select(ids), []);

  const onCanvasSelect = useCallback((ids: string[]) => {
    setSelection((prev) => [...prev.filter((x) => ids.includes(x)), ...ids.filter((x) => !prev.includes(x))]);
    setSheetOpen(true);
    // Keep the "type the new actor's name" focus when the selection is that new actor.
    setFocusLabelOf((f) => (ids.length === 1 && ids[0] === f ? f : null));
  }, []);

  const addActor = useCallback(
    (at?: { x: number; y: number }) => {
      if (!editor || !canvas.current) return;
      const pos = at ?? canvas.current.freeSpot();
      const newId = editor.addActorAt(pos);
      setFocusLabelOf(newId);
      select([newId]);
    },
    [editor, select],
  );

  const connect = useCallback(
    (source: string, target: string) => {
      const tie = editor?.connect(source, target, connectKind);
      setConnecting(false);
      setConnectSource(null);
      if (tie) select([tie]);
    },
    [editor, connectKind, select],
  );

  const onConnectButton = () => {
    const selectedActors = selection.filter((s) => actorIds.has(s));
    if (!connecting && selectedActors.length === 2 && selection.length === 2) {
      connect(selectedActors[0], selectedActors[1]);
      return;
    }
    if (connecting) {
      setConnecting(false);
      setConnectSource(null);
    } else {
      setConnecting(true);
      setConnectSource(selectedActors.length === 1 ? selectedActors[0] : null);
    }
  };

  const deleteSelection = useCallback(() => {
    const ids = canvas.current?.selected() ?? selection;
    if (!editable || !editor || ids.length === 0) return;
    editor.deleteElements(ids);
    setSelection([]);
  }, [editable, editor, selection]);

  useKeyboard(
    {
      undo: undo.undo,
      redo: undo.redo,
      deleteSelection,
      escape: () => {
        if (connecting) {
          setConnecting(false);
          setConnectSource(null);
        } else select([]);
      },
    },
    editable,
  );

  const counts = useMemo(() => {
    const types: Record<string, number> = {};
    const kinds: Record<string, number> = {};
    for (const a of map.actors) types[a.type] = (types[a.type] ?? 0) + 1;
    for (const t of map.ties) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
    return { types, kinds };
  }, [map]);

  const toggle = <T,>(set: ReadonlySet<T>, v: T) => {
    const next = new Set(set);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    return next;
  };

  const title = live.title ?? map.meta.title;
  const hasSelection = selection.some((s) => actorIds.has(s) || map.ties.some((t) => t.id === s));

  // One inspector, docked beside the canvas on wide screens and as a bottom sheet on phones.
  const inspector =
    hasSelection && (wide || sheetOpen) ? (
      <Inspector
        map={map}
        selection={selection}
        editor={editor}
        editable={editable}
        focusLabelOf={wide ? focusLabelOf : null}
        onSelect={select}
        onDelete={deleteSelection}
        onConnectSelected={onConnectButton}
        onClose={wide ? () => select([]) : () => setSheetOpen(false)}
        renderVotes={discussion.renderVotes}
        renderComments={discussion.renderComments}
      />
    ) : null;

  return (
    <div className="flex h-dvh flex-col bg-slate-50" data-testid="workshop" data-role={role ?? ''} data-editable={editable}>
      <header className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-2 sm:gap-3 sm:px-4">
        <a href="/" aria-label="ClusterCanvas home" className="shrink-0">
          <Logo size={30} />
        </a>
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-base leading-tight font-semibold sm:text-lg" data-testid="workshop-title">
            {title || 'Workshop'}
          </h1>
          {map.meta.cluster && <p className="truncate text-xs text-slate-500 sm:text-sm">{map.meta.cluster}</p>}
        </div>
        <StatusIndicator status={status} />
        <PresenceBar me={identity} peers={peers} onRename={onRename} />
        {role === 'facilitator' && links && (
          <button type="button" data-testid="invite-button" onClick={() => setInviteOpen(true)} className="hidden rounded-xl border border-slate-300 px-3 py-2 text-sm font-semibold hover:bg-slate-50 sm:block">
            Invite
          </button>
        )}
      </header>

      <Toolbar
        editable={editable}
        view={view}
        connecting={connecting}
        canUndo={undo.canUndo}
        canRedo={undo.canRedo}
        onAddActor={() => addActor()}
        onConnect={onConnectButton}
        onUndo={undo.undo}
        onRedo={undo.redo}
        onView={(v) => {
          setConnecting(false);
          setView(v);
        }}
        onStages={() => setStagesOpen(true)}
        onTidy={() => {
          const positions = canvas.current?.tidy();
          if (positions) editor?.moveActors(positions);
        }}
        onFit={() => canvas.current?.fit()}
      />

      <FacilitationBar f={facilitation} />
      <FollowBanner f={facilitation} />

      {role === 'observer' && (
        <div data-testid="observer-note" className="border-b border-slate-200 bg-slate-100 px-4 py-1.5 text-sm text-slate-700">
          <EyeIcon /><b>You are observing.</b> You see every change live, but you cannot change anything.
        </div>
      )}
      {locked && (
        <div data-testid="locked-note" className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-sm text-amber-900">
          <LockIcon /><b>The facilitator has paused editing.</b> You can still look around.
        </div>
      )}

      <div className="relative flex min-h-0 flex-1">
        <main
          className={`relative min-w-0 flex-1 ${connecting ? 'cursor-crosshair' : ''}`}
          data-testid="canvas"
          data-actor-count={map.actors.length}
          data-tie-count={map.ties.length}
          data-view={view}
          data-synced={synced}
          aria-label="Cluster map"
        >
          <Canvas
            ref={canvas}
            map={map}
            editable={editable}
            view={view}
            hiddenTypes={hiddenTypes}
            hiddenKinds={hiddenKinds}
            peers={peers}
            connecting={connecting}
            connectSource={connectSource}
            onSelect={onCanvasSelect}
            onMove={(p) => editor?.moveActors(p)}
            onAutoPlace={(p) => editor?.autoPlace(p)}
            onDragLive={(p) => publish('dragging', p, p === null)}
            onCursor={(c) => publish('cursor', c)}
            onAddAt={(p) => addActor(p)}
            onConnectSource={setConnectSource}
            onConnect={connect}
            highlighted={highlight?.elements ?? null}
            marks={discussion.marks}
            onViewport={facilitation.onViewport}
          />

          {!synced && (
            <div className="pointer-events-none absolute inset-0 flex items-center justify-center">
              <span className="cc-pulse rounded-full bg-white px-4 py-2 text-slate-500 shadow">Loading the map…</span>
            </div>
          )}
          {synced && map.actors.length === 0 && (
            <div className="pointer-events-none absolute inset-0 flex items-center justify-center p-6" data-testid="empty-map">
              <div className="max-w-sm rounded-2xl bg-white/90 p-6 text-center shadow-sm">
                <p className="text-lg font-semibold">The map is empty</p>
                <p className="mt-1 text-slate-600">{editable ? 'Press “Add actor” or double-click here to put the first actor on the map.' : 'Actors appear here as soon as someone adds them.'}</p>
              </div>
            </div>
          )}

          {connecting && (
            <div className="absolute top-3 left-1/2 z-20 w-[min(44rem,calc(100%-1.5rem))] -translate-x-1/2 rounded-2xl border border-emerald-300 bg-white p-3 shadow-lg" data-testid="connect-hint">
              <p className="text-sm font-semibold text-emerald-900">
                {connectSource ? 'Now tap the actor the tie goes to.' : 'Press on an actor and drag to another, or tap one and then the other.'}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-1.5">
                <span className="text-xs text-slate-500">Kind:</span>
                {TIE_KINDS.map((k) => (
                  <button
                    key={k}
                    type="button"
                    data-testid={`connect-kind-${k}`}
                    aria-pressed={connectKind === k}
                    onClick={() => setConnectKind(k)}
                    className={`flex items-center gap-1 rounded-full border px-2.5 py-1 text-xs font-medium ${connectKind === k ? 'border-emerald-600 bg-emerald-50 text-emerald-900' : 'border-slate-200 text-slate-600'}`}
                  >
                    <TieSwatch kind={k} width={2} />
                    {TIE_STYLE[k].label}
                  </button>
                ))}
                <button type="button" onClick={() => (setConnecting(false), setConnectSource(null))} className="ml-auto rounded-full px-3 py-1 text-xs font-semibold text-slate-600 hover:bg-slate-100" data-testid="connect-cancel">
                  Cancel (Esc)
                </button>
              </div>
            </div>
          )}

          <div className="pointer-events-none absolute top-3 right-3 z-10 flex justify-end">
            <ToDiscuss items={discussion.toDiscuss} map={map} onSelect={(elementId) => select([elementId])} />
          </div>

          <div className="pointer-events-none absolute bottom-3 left-3 z-10 max-h-[calc(100%-1.5rem)]">
            <Legend
              view={view}
              hiddenTypes={hiddenTypes}
              hiddenKinds={hiddenKinds}
              counts={counts}
              onToggleType={(t) => setHiddenTypes((s) => toggle(s, t))}
              onToggleKind={(k) => setHiddenKinds((s) => toggle(s, k))}
              onShowAll={() => {
                setHiddenTypes(new Set());
                setHiddenKinds(new Set());
              }}
            />
          </div>

          {notice && (
            <div role="alert" className="absolute right-3 bottom-3 z-20 max-w-sm rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg" data-testid="notice">
              {notice}
            </div>
          )}
        </main>

        {inspector &&
          (wide ? (
            <aside className="w-96 shrink-0 border-l border-slate-200 bg-white" data-testid="side-panel">
              {inspector}
            </aside>
          ) : (
            <div className="fixed inset-x-0 bottom-0 z-30 flex max-h-[55dvh] flex-col overflow-hidden rounded-t-2xl border-t border-slate-200 bg-white shadow-2xl" data-testid="bottom-sheet">
              {inspector}
            </div>
          ))}
        <ScoreDock workshopId={id} engine={engine} ready={synced} highlight={highlight} onHighlight={setHighlight} onSelectActor={(a) => select([a])} />
      </div>

      {stagesOpen && <StageEditor map={map} editor={editor} editable={editable} onClose={() => setStagesOpen(false)} />}
      {inviteOpen && links && <InviteDialog links={links} onClose={() => setInviteOpen(false)} />}
    </div>
  );
}
