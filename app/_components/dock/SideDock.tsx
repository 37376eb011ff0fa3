'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState, type ReactNode } from 'react';

const OPEN_KEY = 'clustercanvas:scores-open';

export const DOCK_PANELS = ['scores', 'agreement', 'checkpoints', 'compare', 'activity'] as const;
export type DockPanel = (typeof DOCK_PANELS)[number];

function initialOpen(): boolean {
  try {
    const saved = window.localStorage.getItem(OPEN_KEY);
    if (saved === '1' || saved === '0') return saved === '1';
  } catch {
    /* storage disabled: fall through to the screen-size default */
  }
  // Open by default where there is room for canvas, inspector and dock side by side (a projector).
  return window.matchMedia('(min-width: 1440px)').matches;
}

/** Whether the dock is open, remembered on this device; the workspace owns it to lay the panels out. */
export function useDockOpen(): [boolean, (open: boolean) => void] {
  // Rendered in the browser only (the workshop page is client-side), so window is there on first render.
  const [open, setOpenState] = useState(() => (typeof window === 'undefined' ? false : initialOpen()));
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    try {
      window.localStorage.setItem(OPEN_KEY, next ? '1' : '0');
    } catch {
      /* ignore */
    }
  }, []);
  return [open, setOpen];
}

export interface SideDockProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** On a screen too narrow for the map beside it, the open dock floats over the map's right side. */
  floating: boolean;
  /** The panel shown when open; the dock owns it unless the caller passes one (the Agree phase opens agreement). */
  panel: DockPanel;
  onPanel(panel: DockPanel): void;
  /** What the slim rail shows when the dock is collapsed (the indices, the agreement's progress). */
  rail: ReactNode;
  /** Called when the dock closes, so whatever only makes sense while it is open (a highlight) can go. */
  onClose?(): void;
  panels: Record<DockPanel, { label: string; badge?: string | number; body: ReactNode }>;
}

/**
 * The dock on the right edge of the workshop: a slim rail when collapsed, one of its panels (live scores,
 * the agreement, checkpoints) when open. On narrow screens the open dock floats over the canvas.
 */
export function SideDock({ open, onOpenChange, floating, panel, onPanel, rail, onClose, panels }: SideDockProps) {
  const t = useTranslations();
  const setOpen = (next: boolean) => {
    if (!next) onClose?.();
    onOpenChange(next);
  };

  if (!open) {
    return (
      <button
        type="button"
        data-testid="score-dock-toggle"
        aria-expanded={false}
        onClick={() => setOpen(true)}
        title={t('dock.show')}
        className="flex w-12 shrink-0 flex-col items-center gap-3 border-l border-slate-200 bg-white py-3 text-slate-700 hover:bg-slate-50 sm:w-16"
      >
        {rail}
        <span aria-hidden className="mt-auto text-lg">‹</span>
      </button>
    );
  }

  return (
    <aside
      data-testid="score-dock"
      data-panel={panel}
      aria-label={t('dock.label')}
      data-covers-canvas={floating || undefined}
      className={`flex w-[min(27rem,100%)] flex-col border-l border-slate-200 bg-slate-50 ${floating ? 'absolute inset-y-0 right-0 z-30 shadow-xl' : 'shrink-0'}`}
    >
      <div className="flex shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-2 py-1.5">
        <div role="tablist" aria-label={t('dock.tabs')} className="flex min-w-0 flex-1 gap-1 overflow-x-auto">
          {(Object.keys(panels) as DockPanel[]).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={panel === id}
              data-testid={`dock-tab-${id}`}
              onClick={() => onPanel(id)}
              className={`shrink-0 rounded-lg px-2.5 py-1.5 text-sm font-semibold ${panel === id ? 'bg-brand-50 text-brand-800' : 'text-slate-600 hover:bg-slate-100'}`}
            >
              {panels[id].label}
              {panels[id].badge !== undefined && <span className="ml-1 rounded-full bg-slate-200 px-1.5 text-xs tabular-nums text-slate-700">{panels[id].badge}</span>}
            </button>
          ))}
        </div>
        <button
          type="button"
          data-testid="score-dock-toggle"
          aria-expanded
          onClick={() => setOpen(false)}
          title={t('dock.hide')}
          className="rounded-lg px-2.5 py-1 text-lg leading-none text-slate-500 hover:bg-slate-100"
        >
          ›
        </button>
      </div>
      <div className="min-h-0 flex-1">{panels[panel].body}</div>
    </aside>
  );
}
