'use client';

import { useLocale, useTranslations } from 'next-intl';
import { localisedMap } from '../../../lib/i18n/map-names';
import { useMemo, type ReactNode, type RefObject } from 'react';
import type { ClusterMap } from '../../../lib/map/types';
import Canvas, { type CanvasHandle, type CanvasProps, type View } from '../canvas/Canvas';
import type { DiscussItem } from '../../../lib/map/to-discuss';
import { ToDiscuss } from '../discussion/ToDiscuss';
import { Legend } from '../legend/Legend';
import { ConnectHint } from './ConnectHint';
import type { ConnectTool } from './useConnectTool';
import type { MapFilters } from './useMapFilters';

/**
 * The map and what floats over it: the notes and banners at the top (stacked, so a change of permissions
 * or a follow never pushes the map down), the facilitator's tray, To discuss, the legend and notices.
 */
export function WorkspaceCanvas({
  canvas,
  area,
  canvasProps,
  filters,
  view,
  synced,
  editable,
  emptyMap,
  connect,
  present,
  top,
  tray,
  toDiscuss,
  map,
  onPick,
  notice,
  drawnMap,
  planning = false,
}: {
  canvas: RefObject<CanvasHandle | null>;
  area: RefObject<HTMLElement | null>;
  canvasProps: Omit<CanvasProps, 'ref' | 'map' | 'view' | 'hiddenTypes' | 'hiddenKinds' | 'connecting' | 'connectSource' | 'onConnectSource' | 'onConnect'>;
  filters: MapFilters;
  view: View;
  synced: boolean;
  editable: boolean;
  emptyMap: boolean;
  connect: ConnectTool;
  present: boolean;
  /** Notes and banners for the top edge (viewing a checkpoint, paused, following). */
  top: ReactNode;
  /** The facilitator's tray, when open. */
  tray: ReactNode;
  toDiscuss: DiscussItem[];
  map: ClusterMap;
  onPick(elementId: string): void;
  notice: ReactNode;
  /** What the canvas draws, when it is not `filters.shownMap` (this person's own layout laid over it). */
  drawnMap?: ClusterMap;
  /** Scenario mode: the legend says what planned elements look like. */
  planning?: boolean;
}) {
  const { shownMap } = filters;
  const t = useTranslations();
  const locale = useLocale();
  // The canvas draws each actor's name, and the default stages, in the reader's language (lib/i18n/map-names.ts).
  const drawn = useMemo(() => localisedMap(drawnMap ?? shownMap, locale), [drawnMap, shownMap, locale]);
  return (
    <main
      ref={area}
      className={`relative min-w-0 flex-1 ${connect.connecting ? 'cursor-crosshair' : ''}`}
      data-testid="canvas"
      data-actor-count={shownMap.actors.length}
      data-tie-count={shownMap.ties.length}
      data-view={view}
      data-synced={synced}
      data-present={present || undefined}
      data-filter={filters.agreedOnly ? 'agreed' : filters.goal ? 'goal' : ''}
      aria-label={t('canvas.label')}
    >
      <Canvas
        ref={canvas}
        {...canvasProps}
        map={drawn}
        view={view}
        hiddenTypes={filters.hiddenTypes}
        hiddenKinds={filters.hiddenKinds}
        connecting={connect.connecting}
        connectSource={connect.source}
        onConnectSource={connect.setSource}
        onConnect={connect.connect}
      />

      {!synced && (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center">
          <span className="cc-pulse rounded-full bg-white px-4 py-2 text-slate-500 shadow">{t('canvas.loading')}</span>
        </div>
      )}
      {synced && emptyMap && (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center p-6" data-testid="empty-map">
          <div className="max-w-sm rounded-2xl bg-white/90 p-6 text-center shadow-sm">
            <p className="text-lg font-semibold">{t('canvas.empty')}</p>
            <p className="mt-1 text-slate-600">{editable ? t('canvas.emptyEditable') : t('canvas.emptyReadOnly')}</p>
          </div>
        </div>
      )}

      {tray}
      <div className="pointer-events-none absolute inset-x-0 top-2 z-20 flex flex-col items-center gap-2 px-2 empty:hidden [&>*]:pointer-events-auto [&>*]:max-w-3xl [&>*]:rounded-xl [&>*]:border [&>*]:shadow-md" data-covers-canvas>
        {top}
      </div>

      {connect.connecting && <ConnectHint source={connect.source} kind={connect.kind} onKind={connect.setKind} onCancel={connect.stop} />}

      {!present && (
        <div className="pointer-events-none absolute top-3 right-3 z-10 flex justify-end">
          <ToDiscuss items={toDiscuss} map={map} onSelect={onPick} />
        </div>
      )}

      <div className="pointer-events-none absolute bottom-3 left-3 z-10 max-h-[calc(100%-1.5rem)]">
        <Legend
          view={view}
          hiddenTypes={filters.hiddenTypes}
          hiddenKinds={filters.hiddenKinds}
          counts={filters.counts}
          goals={filters.goals}
          goal={filters.goal}
          onGoal={filters.setGoal}
          onToggleType={filters.toggleType}
          onToggleKind={filters.toggleKind}
          onShowAll={filters.showAll}
          comparing={Boolean(canvasProps.compared)}
          planning={planning}
        />
      </div>

      {notice}
    </main>
  );
}
