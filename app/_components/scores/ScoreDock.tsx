'use client';

import { useState } from 'react';
import { ScorePanel, type ScorePanelProps } from './ScorePanel';

const OPEN_KEY = 'clustercanvas:scores-open';

function initialOpen(): boolean {
  try {
    const saved = window.localStorage.getItem(OPEN_KEY);
    if (saved === '1' || saved === '0') return saved === '1';
  } catch {
    /* storage disabled: fall through to the screen-size default */
  }
  // Open by default where there is room for canvas, inspector and scores side by side (a projector).
  return window.matchMedia('(min-width: 1440px)').matches;
}

/**
 * The score panel as a dock on the right edge of the workshop: a slim rail showing both indices when
 * collapsed, the full panel when open. On narrow screens the open panel floats over the canvas.
 */
export function ScoreDock(props: ScorePanelProps) {
  // Rendered in the browser only (the workshop page is client-side), so window is there on first render.
  const [open, setOpen] = useState(() => (typeof window === 'undefined' ? false : initialOpen()));
  const toggle = () => {
    // A highlight nobody can see the reason for (or clear) would be confusing: closing the panel clears it.
    if (open) props.onHighlight?.(null);
    setOpen((was) => {
      try {
        window.localStorage.setItem(OPEN_KEY, was ? '0' : '1');
      } catch {
        /* ignore */
      }
      return !was;
    });
  };

  const report = props.engine.report;
  const fmt = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(0));

  if (!open) {
    return (
      <button
        type="button"
        data-testid="score-dock-toggle"
        aria-expanded={false}
        onClick={toggle}
        title="Show the live scores"
        className="flex w-12 shrink-0 flex-col items-center gap-3 sm:w-16 border-l border-slate-200 bg-white py-3 text-slate-700 hover:bg-slate-50"
      >
        <span className="text-[10px] font-semibold uppercase tracking-wide text-slate-500 sm:text-xs">Scores</span>
        <span className="flex flex-col items-center">
          <span className="text-xl font-bold tabular-nums text-slate-900 sm:text-2xl" data-testid="rail-ici">{fmt(report?.indices.ici.value)}</span>
          <span className="text-xs font-semibold text-slate-500">ICI</span>
        </span>
        <span className="flex flex-col items-center">
          <span className="text-xl font-bold tabular-nums text-slate-900 sm:text-2xl" data-testid="rail-gi">{fmt(report?.indices.gi.value)}</span>
          <span className="text-xs font-semibold text-slate-500">GI</span>
        </span>
        {report && report.recommendations.length > 0 && (
          <span className="rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" title="Recommendations">
            {report.recommendations.length}
            <span className="hidden sm:inline">{report.recommendations.length === 1 ? ' tip' : ' tips'}</span>
          </span>
        )}
        <span aria-hidden className="mt-auto text-lg">‹</span>
      </button>
    );
  }

  return (
    <aside
      data-testid="score-dock"
      aria-label="Live scores"
      className="absolute inset-y-0 right-0 z-30 flex w-[min(27rem,100%)] flex-col border-l border-slate-200 bg-slate-50 shadow-xl xl:static xl:z-auto xl:shadow-none"
    >
      <div className="flex shrink-0 items-center justify-between border-b border-slate-200 bg-white px-3 py-2">
        <h2 className="font-semibold text-slate-800">Live scores</h2>
        <button
          type="button"
          data-testid="score-dock-toggle"
          aria-expanded
          onClick={toggle}
          title="Hide the scores"
          className="rounded-lg px-2.5 py-1 text-lg leading-none text-slate-500 hover:bg-slate-100"
        >
          ›
        </button>
      </div>
      <div className="min-h-0 flex-1">
        <ScorePanel {...props} />
      </div>
    </aside>
  );
}
