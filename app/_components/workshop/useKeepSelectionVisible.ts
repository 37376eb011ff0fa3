'use client';

import { useEffect, type RefObject } from 'react';
import type { CanvasHandle } from '../canvas/Canvas';
import { coveredInsets, type Rect } from '../canvas/keepInView';

/** After a panel slides in, the canvas has resized (ResizeObserver) and CSS has settled. */
const SETTLE_MS = 260;

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
};

/**
 * Whenever the selection or the panels change, pans the map so that the selection is not under anything
 * that floats over it: every element marked `data-covers-canvas` (the floating dock, the bottom sheet,
 * the facilitator's tray, notes at the top). Not while following someone: their view is the one shown.
 */
export function useKeepSelectionVisible(canvas: RefObject<CanvasHandle | null>, area: RefObject<HTMLElement | null>, selection: readonly string[], layoutKey: string, enabled: boolean) {
  useEffect(() => {
    if (!enabled || selection.length === 0) return;
    const run = () => {
      const box = area.current;
      if (!box) return;
      const overlays = [...document.querySelectorAll('[data-covers-canvas]')].filter((el) => (el as HTMLElement).offsetParent !== null).map(rectOf);
      canvas.current?.keepInView(selection, coveredInsets(rectOf(box), overlays));
    };
    const t = setTimeout(run, SETTLE_MS);
    window.addEventListener('resize', run);
    return () => {
      clearTimeout(t);
      window.removeEventListener('resize', run);
    };
  }, [canvas, area, selection, layoutKey, enabled]);
}
