import { LABEL_LEGIBILITY } from './style';

// Legible labels at any zoom (docs/architecture.md, "The UI": labels). Two rules, pure so the unit tests
// pin them down and any drawing of the map could use them: how much to scale labels at a zoom, and which
// labels to show when scaled labels would overlap. The canvas applies them in
// app/_components/canvas/legibleLabels.ts.

export interface LegibilityRule {
  minScreenPx: number;
  step: number;
  maxScale: number;
}

/**
 * How many times its zoom-1 size a label is drawn at `zoom`, for a label of `fontSize` map units: 1 while
 * `fontSize × zoom` is at least the minimum, else the next step of `rule.step` at or above what reaches it
 * (capped at `rule.maxScale`). Steps, not the exact inverse, so a zoom gesture restyles the canvas a few
 * times instead of on every frame.
 */
export function labelScale(zoom: number, fontSize: number, rule: LegibilityRule = LABEL_LEGIBILITY): number {
  if (!(zoom > 0) || !(fontSize > 0)) return 1;
  const needed = rule.minScreenPx / (fontSize * zoom);
  if (needed <= 1) return 1;
  // The small epsilon keeps an exact step (needed = step^n) at n rather than n + 1 despite rounding.
  const steps = Math.ceil(Math.log(needed) / Math.log(rule.step) - 1e-9);
  return Math.min(rule.maxScale, rule.step ** steps);
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label's box on screen where it goes first, other places it may go instead, and how much it matters. */
export interface LabelBox extends Rect {
  id: string;
  /** Tried in order when the first place is taken (a name above, right or left of its shape). */
  alternatives?: readonly Rect[];
  /** Higher wins a place first (labelImportance). */
  importance: number;
  /** Shown whatever it overlaps, in its first place: selected, pointed at, lit by the score panel. */
  forced?: boolean;
}

/** Where a network-view name may go, in the order tried: under its shape (the stylesheet's place), then over, right, left. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/**
 * The boxes of a `w` × `h` name at each of LABEL_PLACES around a shape (`body`, same units), `gap` away
 * from it, as the canvas draws them (centred on the shape's side).
 */
export function labelPlaces(body: Rect, w: number, h: number, gap: number): Rect[] {
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  return [
    { x1: cx - w / 2, y1: body.y2 + gap, x2: cx + w / 2, y2: body.y2 + gap + h },
    { x1: cx - w / 2, y1: body.y1 - gap - h, x2: cx + w / 2, y2: body.y1 - gap },
    { x1: body.x2 + gap, y1: cy - h / 2, x2: body.x2 + gap + w, y2: cy + h / 2 },
    { x1: body.x1 - gap - w, y1: cy - h / 2, x2: body.x1 - gap, y2: cy + h / 2 },
  ];
}

/** How much an actor's name deserves a place: its ties plus its Net-Map influence (0–10). */
export const labelImportance = (degree: number, influence: number | undefined) => degree + Math.max(0, influence ?? 0);

/** Something a label must not cover: an actor's shape (`owner`: that actor, whose own label may touch it). */
export interface Obstacle extends Rect {
  owner: string;
}

export interface LabelChoice {
  shown: string[];
  hidden: string[];
  /** For each shown label that is not in its first place: 1 + the index of the alternative it took. */
  moved: Record<string, number>;
}

/**
 * Greedy by importance: forced labels first, then the most important, each in the first of its places that
 * does not come within `gap` of a label already shown or cover another actor's shape (`obstacles`: the
 * map's structure stays visible, names go where they fit), else hidden. Ties in importance go by id, so
 * every screen with the same boxes makes the same choice. A grid of buckets keeps it near linear.
 */
export function chooseLabels(boxes: readonly LabelBox[], gap: number = LABEL_LEGIBILITY.gapPx, obstacles: readonly Obstacle[] = []): LabelChoice {
  const order = [...boxes].sort(
    (a, b) => Number(!!b.forced) - Number(!!a.forced) || b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const size = Math.max(16, boxes.reduce((s, b) => s + Math.max(b.x2 - b.x1, b.y2 - b.y1), 0) / Math.max(1, boxes.length));
  type Placed = { id: string; x1: number; y1: number; x2: number; y2: number };
  const grid = new Map<string, Placed[]>();
  const cells = (b: Placed, pad: number) => {
    const out: string[] = [];
    for (let i = Math.floor((b.x1 - pad) / size); i <= Math.floor((b.x2 + pad) / size); i++)
      for (let j = Math.floor((b.y1 - pad) / size); j <= Math.floor((b.y2 + pad) / size); j++) out.push(`${i},${j}`);
    return out;
  };
  const clash = (a: Placed, b: Placed) => a.id !== b.id && a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
  const free = (a: Placed) => !cells(a, gap).some((c) => grid.get(c)?.some((other) => clash(a, other)));
  const place = (b: Placed) => {
    for (const c of cells(b, 0)) {
      const list = grid.get(c);
      if (list) list.push(b);
      else grid.set(c, [b]);
    }
  };
  // A shape is placed under its owner's id: its own label may sit right against it.
  for (const o of obstacles) place({ id: o.owner, x1: o.x1, y1: o.y1, x2: o.x2, y2: o.y2 });

  const shown: string[] = [];
  const hidden: string[] = [];
  const moved: Record<string, number> = {};
  for (const box of order) {
    const places: Rect[] = box.forced ? [box] : [box, ...(box.alternatives ?? [])];
    const at = box.forced ? 0 : places.findIndex((r) => free({ id: box.id, x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2 }));
    if (at < 0) {
      hidden.push(box.id);
      continue;
    }
    shown.push(box.id);
    if (at > 0) moved[box.id] = at;
    place({ id: box.id, x1: places[at].x1, y1: places[at].y1, x2: places[at].x2, y2: places[at].y2 });
  }
  return { shown, hidden, moved };
}
