// Keeping the selection in sight (docs/architecture.md "The UI"): when a panel opens beside the map or
// floats over it, the canvas pans — as little as it can — so that what is selected is not under it.
// Pure geometry in screen pixels relative to the canvas, so it is unit-tested without a browser.

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Space kept between the selection and the edge of what is visible. */
const MARGIN = 24;

/**
 * How far each panel floating over the canvas covers it, by the side it sits on: a panel hugging the right
 * edge covers from the right, a bottom sheet from the bottom. Rects are in the same (page) coordinates.
 */
export function coveredInsets(canvas: Rect, overlays: readonly Rect[]): Insets {
  const insets = { ...NO_INSETS };
  const w = canvas.x2 - canvas.x1;
  const h = canvas.y2 - canvas.y1;
  for (const o of overlays) {
    const x1 = Math.max(o.x1, canvas.x1);
    const x2 = Math.min(o.x2, canvas.x2);
    const y1 = Math.max(o.y1, canvas.y1);
    const y2 = Math.min(o.y2, canvas.y2);
    if (x1 >= x2 || y1 >= y2) continue;
    // The side whose inset would hide the overlay at the least cost of canvas.
    const sides: Array<[keyof Insets, number, number]> = [
      ['top', y2 - canvas.y1, w],
      ['bottom', canvas.y2 - y1, w],
      ['left', x2 - canvas.x1, h],
      ['right', canvas.x2 - x1, h],
    ];
    const [side, depth] = sides.reduce((best, s) => (s[1] * s[2] < best[1] * best[2] ? s : best));
    insets[side] = Math.max(insets[side], depth);
  }
  return insets;
}

/**
 * The pan (in pixels, as Cytoscape's panBy takes it) that brings `box` into the canvas of `width` ×
 * `height` minus `insets`, or null when it is already in view. A box larger than the visible area is
 * centred in it.
 */
export function panToShow(box: Rect, width: number, height: number, insets: Insets, margin = MARGIN): { x: number; y: number } | null {
  const left = insets.left + margin;
  const right = width - insets.right - margin;
  const top = insets.top + margin;
  const bottom = height - insets.bottom - margin;
  const along = (lo: number, hi: number, from: number, to: number) => {
    if (hi - lo < to - from) return (lo + hi) / 2 - (from + to) / 2;
    if (from < lo) return lo - from;
    if (to > hi) return hi - to;
    return 0;
  };
  const x = along(left, right, box.x1, box.x2);
  const y = along(top, bottom, box.y1, box.y2);
  return Math.abs(x) < 1 && Math.abs(y) < 1 ? null : { x, y };
}
