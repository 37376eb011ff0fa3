import { describe, expect, it } from 'vitest';
import { coveredInsets, NO_INSETS, panToShow } from '../../../app/_components/canvas/keepInView';

// docs/architecture.md "The UI": the selection is never left under a panel; the map pans as little as it can.

describe('panToShow', () => {
  it('leaves a box that is in view alone', () => {
    expect(panToShow({ x1: 100, y1: 100, x2: 200, y2: 150 }, 800, 600, NO_INSETS)).toBeNull();
  });

  it('pans a box under a right-hand panel just far enough left', () => {
    const pan = panToShow({ x1: 600, y1: 100, x2: 700, y2: 150 }, 800, 600, { ...NO_INSETS, right: 384 }, 24);
    expect(pan).toEqual({ x: 800 - 384 - 24 - 700, y: 0 });
  });

  it('pans a box under a bottom sheet up, and one above the top down', () => {
    expect(panToShow({ x1: 100, y1: 500, x2: 160, y2: 560 }, 390, 800, { ...NO_INSETS, bottom: 440 }, 24)).toEqual({ x: 0, y: 800 - 440 - 24 - 560 });
    expect(panToShow({ x1: 100, y1: -50, x2: 160, y2: 10 }, 390, 800, NO_INSETS, 24)).toEqual({ x: 0, y: 74 });
  });

  it('centres a box larger than the visible area', () => {
    const pan = panToShow({ x1: 0, y1: 0, x2: 1000, y2: 100 }, 800, 600, { ...NO_INSETS, right: 200 }, 0)!;
    expect(pan.x).toBe(300 - 500);
  });
});

describe('coveredInsets', () => {
  const canvas = { x1: 0, y1: 60, x2: 1280, y2: 720 };

  it('reads a panel on the right edge as a right inset and a bottom sheet as a bottom inset', () => {
    expect(coveredInsets(canvas, [{ x1: 848, y1: 60, x2: 1280, y2: 720 }])).toEqual({ ...NO_INSETS, right: 432 });
    expect(coveredInsets(canvas, [{ x1: 0, y1: 400, x2: 1280, y2: 720 }])).toEqual({ ...NO_INSETS, bottom: 320 });
  });

  it('ignores what lies outside the canvas and keeps the deepest of two on one side', () => {
    expect(coveredInsets(canvas, [{ x1: 0, y1: 0, x2: 1280, y2: 60 }])).toEqual(NO_INSETS);
    expect(coveredInsets(canvas, [{ x1: 8, y1: 68, x2: 1272, y2: 120 }, { x1: 400, y1: 68, x2: 800, y2: 150 }]).top).toBe(90);
  });
});
