import { describe, expect, it } from 'vitest';
import { LABEL_PLACES, chooseLabels, labelImportance, labelPlaces, labelScale, type LabelBox } from '../../../lib/map/label-legibility';
import { LABEL_LEGIBILITY, NODE_LABEL, VALUE_CHAIN_MARK } from '../../../lib/map/style';

// The two rules behind legible canvas labels (docs/architecture.md, "The UI": labels): the label-size rule
// and the overlap pass.

const rule = { minScreenPx: 12, step: 1.15, maxScale: 8 };

describe('labelScale: the label-size rule', () => {
  it('leaves labels alone while they are big enough on screen', () => {
    expect(labelScale(1, 14, rule)).toBe(1);
    expect(labelScale(12 / 14, 14, rule)).toBe(1);
    expect(labelScale(3, 14, rule)).toBe(1);
  });

  it('keeps the on-screen size at or above the minimum at every zoom down to the canvas minimum', () => {
    for (let zoom = 0.12; zoom <= 1.5; zoom += 0.01) {
      for (const font of [NODE_LABEL.fontSize, VALUE_CHAIN_MARK.fontSize]) {
        const px = zoom * font * labelScale(zoom, font);
        expect(px).toBeGreaterThanOrEqual(LABEL_LEGIBILITY.minScreenPx - 1e-9);
        // ...and never more than one step above it, so labels do not balloon.
        if (labelScale(zoom, font) > 1) expect(px).toBeLessThan(LABEL_LEGIBILITY.minScreenPx * LABEL_LEGIBILITY.step + 1e-9);
      }
    }
  });

  it('moves in steps, so a zoom gesture restyles the canvas a few times, not on every frame', () => {
    const scales = new Set<number>();
    for (let zoom = 0.3; zoom <= 0.9; zoom += 0.001) scales.add(labelScale(zoom, 14, rule));
    expect(scales.size).toBeLessThanOrEqual(10);
    // At the projector zoom of issue 9 (0.41) a name needs 12 / (14 × 0.41) = 2.09 times its size: the sixth step.
    expect(labelScale(0.41, 14, rule)).toBeCloseTo(1.15 ** 6, 10);
    // An exact step stays on that step despite floating point.
    expect(labelScale(12 / (14 * 1.15 ** 2), 14, rule)).toBeCloseTo(1.15 ** 2, 10);
  });

  it('stops at the largest scale and ignores nonsense', () => {
    expect(labelScale(0.001, 14, rule)).toBe(8);
    expect(labelScale(0, 14, rule)).toBe(1);
    expect(labelScale(Number.NaN, 14, rule)).toBe(1);
    expect(labelScale(0.5, 0, rule)).toBe(1);
  });
});

const box = (id: string, x: number, y: number, importance: number, w = 100, h = 20, forced = false): LabelBox => ({ id, x1: x, y1: y, x2: x + w, y2: y + h, importance, forced });

describe('chooseLabels: the overlap pass', () => {
  it('shows every label when none overlap', () => {
    const result = chooseLabels([box('a', 0, 0, 1), box('b', 200, 0, 1), box('c', 0, 100, 1)], 3);
    expect(result.shown.sort()).toEqual(['a', 'b', 'c']);
    expect(result.hidden).toEqual([]);
  });

  it('of two overlapping labels keeps the more important one', () => {
    const result = chooseLabels([box('minor', 50, 5, 1), box('major', 0, 0, 9)], 3);
    expect(result).toEqual({ shown: ['major'], hidden: ['minor'], moved: {} });
  });

  it('keeps labels the gap apart, and counts touching within the gap as overlapping', () => {
    expect(chooseLabels([box('a', 0, 0, 2), box('b', 102, 0, 1)], 3).hidden).toEqual(['b']);
    expect(chooseLabels([box('a', 0, 0, 2), box('b', 104, 0, 1)], 3).hidden).toEqual([]);
  });

  it('is greedy: a hidden label does not hide others', () => {
    // b overlaps a and c; c does not overlap a. Hiding b (least important) leaves room for c.
    const result = chooseLabels([box('a', 0, 0, 5), box('b', 80, 0, 1), box('c', 160, 0, 3)], 3);
    expect(result.shown).toEqual(['a', 'c']);
    expect(result.hidden).toEqual(['b']);
  });

  it('always shows forced labels (selected, pointed at, lit), before any other', () => {
    const result = chooseLabels([box('big', 0, 0, 99), box('picked', 10, 0, 0, 100, 20, true)], 3);
    expect(result).toEqual({ shown: ['picked'], hidden: ['big'], moved: {} });
    const both = chooseLabels([box('p', 0, 0, 0, 100, 20, true), box('q', 10, 0, 0, 100, 20, true)], 3);
    expect(both.shown.sort()).toEqual(['p', 'q']);
  });

  it('breaks ties in importance by id, so every screen chooses the same', () => {
    const boxes = [box('b', 0, 0, 1), box('a', 10, 0, 1)];
    expect(chooseLabels(boxes, 3).shown).toEqual(['a']);
    expect(chooseLabels([...boxes].reverse(), 3).shown).toEqual(['a']);
  });

  it('agrees with the plain all-pairs check on a crowded map', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 300 }, (_, i) => box(`n${i}`, rnd() * 2000, rnd() * 1200, Math.floor(rnd() * 20), 40 + rnd() * 160, 14 + rnd() * 40));
    const { shown, hidden } = chooseLabels(boxes, 3);
    expect(shown.length + hidden.length).toBe(300);
    const byId = new Map(boxes.map((b) => [b.id, b]));
    const kept = shown.map((id) => byId.get(id)!);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) {
        const [a, b] = [kept[i], kept[j]];
        expect(a.x1 < b.x2 + 3 && b.x1 < a.x2 + 3 && a.y1 < b.y2 + 3 && b.y1 < a.y2 + 3).toBe(false);
      }
    // Every hidden label clashes with some shown label that outranks it.
    for (const id of hidden) {
      const h = byId.get(id)!;
      expect(kept.some((a) => a.x1 < h.x2 + 3 && h.x1 < a.x2 + 3 && a.y1 < h.y2 + 3 && h.y1 < a.y2 + 3)).toBe(true);
    }
  });

  it("never covers another actor's shape, but may touch its own; a forced label may cover one", () => {
    const shapes = [
      { owner: 'a', x1: 30, y1: -40, x2: 70, y2: 0 },
      { owner: 'b', x1: 60, y1: 5, x2: 90, y2: 15 },
    ];
    const result = chooseLabels([box('a', 0, 0, 9), box('c', 300, 0, 1)], 3, shapes);
    expect(result).toEqual({ shown: ['c'], hidden: ['a'], moved: {} });
    expect(chooseLabels([box('a', 0, 0, 9)], 3, shapes.slice(0, 1)).shown).toEqual(['a']);
    expect(chooseLabels([box('a', 0, 0, 0, 100, 20, true)], 3, shapes).shown).toEqual(['a']);
  });

  it('moves a name to the first of its other places that is free, before hiding it', () => {
    const above = { x1: 50, y1: -60, x2: 150, y2: -40 };
    const right = { x1: 160, y1: 0, x2: 260, y2: 20 };
    const major = box('major', 0, 0, 9);
    const minor = { ...box('minor', 50, 5, 1), alternatives: [above, right] };
    expect(chooseLabels([major, minor], 3)).toEqual({ shown: ['major', 'minor'], hidden: [], moved: { minor: 1 } });
    // The place above is taken by a third label: the one to the right is next.
    const third = box('third', 40, -70, 5);
    expect(chooseLabels([major, minor, third], 3)).toEqual({ shown: ['major', 'third', 'minor'], hidden: [], moved: { minor: 2 } });
    // No place left: hidden.
    const fourth = box('fourth', 150, 0, 4);
    expect(chooseLabels([major, minor, third, fourth], 3).hidden).toEqual(['minor']);
    // A forced label keeps its first place, whatever is there.
    expect(chooseLabels([major, { ...minor, forced: true }], 3)).toEqual({ shown: ['minor'], hidden: ['major'], moved: {} });
  });

  it('offers the places under, over, right and left of a shape, the gap away', () => {
    const places = labelPlaces({ x1: 0, y1: 0, x2: 40, y2: 40 }, 100, 30, 5);
    expect(LABEL_PLACES).toEqual(['below', 'above', 'right', 'left']);
    expect(places).toEqual([
      { x1: -30, y1: 45, x2: 70, y2: 75 },
      { x1: -30, y1: -35, x2: 70, y2: -5 },
      { x1: 45, y1: 5, x2: 145, y2: 35 },
      { x1: -105, y1: 5, x2: -5, y2: 35 },
    ]);
  });

  it('ranks an actor by its ties and its influence', () => {
    expect(labelImportance(3, 8)).toBe(11);
    expect(labelImportance(3, undefined)).toBe(3);
    expect(labelImportance(0, -2)).toBe(0);
  });
});
