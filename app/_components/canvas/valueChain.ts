import type { ClusterMap } from '../../../lib/map/types';
import type { Positions } from './autoLayout';

// The value-chain view: stages as columns left to right (by their order), local actors above the line and
// external actors below. Computed from the map every time; never stored. Actors in no stage (most support
// organisations: government, finance, universities) get their own column on the left.

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
}

// In this view an actor is a small mark with its label to the right (see cyStyle `node.actor.vc`).
const SUB_W = 172; // one sub-column: 30px mark + label up to 124px
const ROW_H = 84;
const GAP = 56; // from the divider to the first row
const COL_PAD = 34;
export const NO_STAGE = '__none';

type Band = 'local' | 'external';

export function valueChainLayout(map: ClusterMap): ValueChainLayout {
  const stages = [...map.stages].sort((a, b) => a.order - b.order);
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const unstaged = map.actors.some((a) => !a.stages.some((s) => index.has(s)));
  const columns = [
    ...(unstaged ? [{ id: NO_STAGE, label: 'No stage\n(support)' }] : []),
    ...stages.map((s) => ({ id: s.id, label: `${s.label}\nvalue ×${s.weight}` })),
  ];
  const shift = unstaged ? 1 : 0;

  // An actor in several stages sits in the column nearest the middle of its stages.
  const cells = new Map<string, { ids: { id: string; key: string }[] }>();
  const cellOf = (col: number, band: Band) => {
    const k = `${col}|${band}`;
    if (!cells.has(k)) cells.set(k, { ids: [] });
    return cells.get(k)!;
  };
  for (const actor of map.actors) {
    const cols = actor.stages.map((s) => index.get(s)).filter((c): c is number => c !== undefined);
    const col = cols.length ? Math.round(cols.reduce((a, b) => a + b, 0) / cols.length) + shift : 0;
    cellOf(col, actor.scope === 'external' ? 'external' : 'local').ids.push({ id: actor.id, key: `${actor.type}|${actor.label}|${actor.id}` });
  }
  const perRow = (n: number) => (n > 10 ? 3 : n > 4 ? 2 : 1);

  // Column widths follow their widest cell, so sparse stages stay narrow and the map stays readable.
  const widths = columns.map((_, c) => {
    const k = Math.max(perRow(cells.get(`${c}|local`)?.ids.length ?? 0), perRow(cells.get(`${c}|external`)?.ids.length ?? 0));
    return k * SUB_W + COL_PAD;
  });
  const centers: number[] = [];
  let x = 0;
  for (const w of widths) {
    centers.push(x + w / 2);
    x += w + 10;
  }

  const positions: Positions = {};
  let localRows = 1;
  let externalRows = 1;
  for (const [key, cell] of cells) {
    const [colText, band] = key.split('|') as [string, Band];
    const col = Number(colText);
    cell.ids.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const k = perRow(cell.ids.length);
    const rows = Math.ceil(cell.ids.length / k);
    cell.ids.forEach(({ id }, i) => {
      const row = Math.floor(i / k);
      const sub = i % k;
      // The mark sits at the left of its sub-column; the label fills the rest.
      const px = centers[col] - (k * SUB_W) / 2 + sub * SUB_W + 24;
      const py = band === 'local' ? -GAP - row * ROW_H : GAP + row * ROW_H;
      positions[id] = { x: Math.round(px), y: Math.round(py) };
    });
    if (band === 'local') localRows = Math.max(localRows, rows);
    else externalRows = Math.max(externalRows, rows);
  }

  const top = -GAP - (localRows - 1) * ROW_H - 60;
  const bottom = GAP + (externalRows - 1) * ROW_H + 60;
  const left = 0;
  const right = x - 10;
  const decor: Decor[] = [];
  columns.forEach((c, i) => {
    decor.push({ id: `__col_${c.id}`, label: '', x: centers[i], y: (top + bottom) / 2, w: widths[i], h: bottom - top, kind: 'column' });
    decor.push({ id: `__head_${c.id}`, label: c.label, x: centers[i], y: top - 34, w: widths[i], h: 60, kind: 'header' });
  });
  decor.push({ id: '__divider', label: '', x: (left + right) / 2 - 70, y: 0, w: right - left + 140, h: 3, kind: 'divider' });
  decor.push({ id: '__band_local', label: 'In the\ncluster ↑', x: left - 80, y: -GAP, w: 110, h: 56, kind: 'band' });
  decor.push({ id: '__band_external', label: 'Outside ↓', x: left - 80, y: GAP, w: 110, h: 56, kind: 'band' });
  return { positions, decor };
}
