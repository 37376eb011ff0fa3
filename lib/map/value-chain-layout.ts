import type { Positions } from './positions';
import type { ClusterMap } from './types';

// The value-chain view: stages as columns left to right (by their order), local actors above the line and
// external actors below. Computed from the map every time; never stored. Actors in no stage (most support
// organisations: government, finance, universities) get their own column on the left.
//
// The canvas asks for the shape of the screen it has (`aspect`, docs/architecture.md "The UI": the value
// chain uses the canvas): it then packs each cell into as many sub-columns as makes the chart fit that shape
// biggest, and spreads the columns over the width (or the two bands over the height) that remains. The
// export pictures ask for no shape and get the chart at its natural size, from this same function.

export interface Decor {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  kind: 'header' | 'column' | 'band' | 'divider';
}

export interface ValueChainLayout {
  positions: Positions;
  decor: Decor[];
  /** Everything the layout draws, labels and band words included (map units). */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

export interface ValueChainOptions {
  /** Width over height of the area the chart should fill; omitted: the chart's natural shape. */
  aspect?: number;
}

// In this view an actor is a small mark with its label to the right (VALUE_CHAIN_MARK in ./style.ts).
const SUB_W = 172; // one sub-column: the mark + its label
const ROW_H = 84;
const GAP = 56; // from the divider to the first row
const COL_PAD = 34;
const COL_GAP = 10;
const HEADER_H = 60;
const BAND_W = 110;
const BAND_X = -80; // the band words' centre, left of the first column
/** How far the chart may be stretched to fill the canvas: columns up to 3× their width, rows up to 2.5× apart. */
const MAX_SPREAD_X = 3;
const MAX_SPREAD_Y = 2.5;
export const NO_STAGE = '__none';

type Band = 'local' | 'external';
type Cell = { col: number; band: Band; ids: string[] };

/** Sub-columns of a cell of n actors at the natural shape. */
const perRow = (n: number) => (n > 10 ? 3 : n > 4 ? 2 : 1);

interface Spacing {
  /** Sub-columns for a cell of n actors. */
  k(n: number): number;
  subW: number;
  colPad: number;
  rowH: number;
  gap: number;
}

const NATURAL: Spacing = { k: perRow, subW: SUB_W, colPad: COL_PAD, rowH: ROW_H, gap: GAP };

export function valueChainLayout(map: ClusterMap, options: ValueChainOptions = {}): ValueChainLayout {
  const stages = [...map.stages].sort((a, b) => a.order - b.order);
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const unstaged = map.actors.some((a) => !a.stages.some((s) => index.has(s)));
  const columns = [
    ...(unstaged ? [{ id: NO_STAGE, label: 'No stage\n(support)' }] : []),
    ...stages.map((s) => ({ id: s.id, label: `${s.label}\nvalue ×${s.weight}` })),
  ];
  const shift = unstaged ? 1 : 0;

  // An actor in several stages sits in the column nearest the middle of its stages.
  const byKey = new Map<string, Cell>();
  const sortKey = new Map<string, string>();
  for (const actor of map.actors) {
    const cols = actor.stages.map((s) => index.get(s)).filter((c): c is number => c !== undefined);
    const col = cols.length ? Math.round(cols.reduce((a, b) => a + b, 0) / cols.length) + shift : 0;
    const band: Band = actor.scope === 'external' ? 'external' : 'local';
    const k = `${col}|${band}`;
    if (!byKey.has(k)) byKey.set(k, { col, band, ids: [] });
    byKey.get(k)!.ids.push(actor.id);
    sortKey.set(actor.id, `${actor.type}|${actor.label}|${actor.id}`);
  }
  const cells = [...byKey.values()];
  for (const cell of cells) cell.ids.sort((a, b) => (sortKey.get(a)! < sortKey.get(b)! ? -1 : sortKey.get(a)! > sortKey.get(b)! ? 1 : 0));

  const aspect = options.aspect;
  const spacing = aspect && aspect > 0 && Number.isFinite(aspect) ? fitted(columns.length, cells, aspect) : NATURAL;
  return arrange(columns, cells, spacing);
}

/** The spacing that makes the chart as big as it can be in an area of this aspect, then fills the rest. */
function fitted(columnCount: number, cells: Cell[], aspect: number): Spacing {
  const biggest = Math.max(1, ...cells.map((c) => c.ids.length));
  let best = NATURAL;
  let bestScore = -1;
  // At most `rows` actors one under another in a cell; fewer rows means more sub-columns side by side.
  for (let rows = 1; rows <= biggest; rows++) {
    const candidate: Spacing = { ...NATURAL, k: (n) => Math.max(1, Math.ceil(n / rows)) };
    const b = measure(columnCount, cells, candidate);
    const score = Math.min(aspect / (b.x2 - b.x1), 1 / (b.y2 - b.y1));
    if (score > bestScore * (1 + 1e-9)) {
      best = candidate;
      bestScore = score;
    }
  }
  const b = measure(columnCount, cells, best);
  const [w, h] = [b.x2 - b.x1, b.y2 - b.y1];
  if (w / h < aspect) {
    // Too narrow for the screen: widen the columns (the band words on the left keep their width).
    const fixed = BAND_W + 30;
    const f = Math.min(MAX_SPREAD_X, Math.max(1, (aspect * h - fixed) / (w - fixed)));
    return { ...best, subW: best.subW * f, colPad: best.colPad * f };
  }
  // Too flat: move the rows apart, spreading the two bands over the height (the headers keep theirs).
  const fixed = HEADER_H + 64;
  const f = Math.min(MAX_SPREAD_Y, Math.max(1, (w / aspect - fixed) / (h - fixed)));
  return { ...best, rowH: best.rowH * f, gap: best.gap * f };
}

function measure(columnCount: number, cells: Cell[], s: Spacing) {
  return arrange(Array.from({ length: columnCount }, (_, i) => ({ id: String(i), label: '' })), cells, s).bounds;
}

function arrange(columns: { id: string; label: string }[], cells: Cell[], s: Spacing): ValueChainLayout {
  const cellAt = new Map(cells.map((c) => [`${c.col}|${c.band}`, c]));
  // Column widths follow their widest cell, so sparse stages stay narrow and the map stays readable.
  const widths = columns.map((_, c) => {
    const k = Math.max(...(['local', 'external'] as const).map((band) => (cellAt.get(`${c}|${band}`)?.ids.length ? s.k(cellAt.get(`${c}|${band}`)!.ids.length) : 1)));
    return k * s.subW + s.colPad;
  });
  const centers: number[] = [];
  let x = 0;
  for (const w of widths) {
    centers.push(x + w / 2);
    x += w + COL_GAP;
  }

  const positions: Positions = {};
  let localRows = 1;
  let externalRows = 1;
  for (const cell of cells) {
    const k = s.k(cell.ids.length);
    const rows = Math.ceil(cell.ids.length / k);
    cell.ids.forEach((id, i) => {
      const row = Math.floor(i / k);
      const sub = i % k;
      // The mark sits at the left of its sub-column; the label fills the rest.
      const px = centers[cell.col] - (k * s.subW) / 2 + sub * s.subW + 24;
      const py = cell.band === 'local' ? -s.gap - row * s.rowH : s.gap + row * s.rowH;
      positions[id] = { x: Math.round(px), y: Math.round(py) };
    });
    if (cell.band === 'local') localRows = Math.max(localRows, rows);
    else externalRows = Math.max(externalRows, rows);
  }

  const top = -s.gap - (localRows - 1) * s.rowH - 60;
  const bottom = s.gap + (externalRows - 1) * s.rowH + 60;
  const left = 0;
  const right = x - COL_GAP;
  const decor: Decor[] = [];
  columns.forEach((c, i) => {
    decor.push({ id: `__col_${c.id}`, label: '', x: centers[i], y: (top + bottom) / 2, w: widths[i], h: bottom - top, kind: 'column' });
    decor.push({ id: `__head_${c.id}`, label: c.label, x: centers[i], y: top - 34, w: widths[i], h: HEADER_H, kind: 'header' });
  });
  decor.push({ id: '__divider', label: '', x: (left + right) / 2 - 70, y: 0, w: right - left + 140, h: 3, kind: 'divider' });
  decor.push({ id: '__band_local', label: 'In the\ncluster ↑', x: BAND_X, y: -s.gap, w: BAND_W, h: 56, kind: 'band' });
  decor.push({ id: '__band_external', label: 'Outside ↓', x: BAND_X, y: s.gap, w: BAND_W, h: 56, kind: 'band' });
  const bounds = { x1: BAND_X - BAND_W / 2, y1: top - 34 - HEADER_H / 2, x2: right, y2: bottom };
  return { positions, decor, bounds };
}
