import { actorSize } from './style';
import type { ClusterMap } from './types';

// Where actors sit in the network view. People place them and everyone shares the places (actor x, y);
// an actor nobody placed yet gets a deterministic place from these pure functions. The canvas seeds its
// layout with them (app/_components/canvas/autoLayout.ts) and the picture exports use them as they are.

export type Point = { x: number; y: number };
export type Positions = Record<string, Point>;
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const byId = (a: string, b: string) => (a < b ? -1 : 1);
const GOLDEN_ANGLE = 2.39996;

/** Actors by ascending id around a circle that grows with their number: where a full layout starts. */
export function ringPositions(ids: readonly string[]): Positions {
  const sorted = [...ids].sort(byId);
  const r = 60 + sorted.length * 22;
  const out: Positions = {};
  sorted.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / sorted.length;
    out[id] = { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) };
  });
  return out;
}

/**
 * A few new actors next to the placed actors they are tied to (their mean position, fanned out by the
 * golden angle so siblings do not stack), or in a column beside `box` (the placed actors' extent) when
 * they have no placed neighbour.
 */
export function placeBeside(ids: readonly string[], placedNeighbours: (id: string) => Point[], box: Box): Positions {
  const out: Positions = {};
  let loners = 0;
  [...ids].sort().forEach((id, i) => {
    const neighbours = placedNeighbours(id);
    let x: number;
    let y: number;
    if (neighbours.length) {
      const angle = i * GOLDEN_ANGLE;
      x = neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length + 110 * Math.cos(angle);
      y = neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length + 110 * Math.sin(angle);
    } else {
      x = box.x2 + 120;
      y = box.y1 + loners * 100;
      loners += 1;
    }
    out[id] = { x: Math.round(x), y: Math.round(y) };
  });
  return out;
}

/**
 * Every actor's network-view position: its shared x, y, else a deterministic place — the ring when no
 * actor is placed yet, else beside its placed neighbours (the canvas would then also store it).
 */
export function networkPositions(map: ClusterMap): Positions {
  const out: Positions = {};
  const unplaced: string[] = [];
  for (const a of map.actors) {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) out[a.id] = { x: a.x!, y: a.y! };
    else unplaced.push(a.id);
  }
  if (unplaced.length === 0) return out;
  if (unplaced.length === map.actors.length) return ringPositions(unplaced);

  const waiting = new Set(unplaced);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (waiting.has(a) && !waiting.has(b) && out[b]) (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  };
  for (const t of map.ties) {
    link(t.source, t.target);
    link(t.target, t.source);
  }
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const a of map.actors) {
    const p = out[a.id];
    if (!p) continue;
    const half = actorSize(a) / 2;
    box.x1 = Math.min(box.x1, p.x - half);
    box.y1 = Math.min(box.y1, p.y - half);
    box.x2 = Math.max(box.x2, p.x + half);
    box.y2 = Math.max(box.y2, p.y + half);
  }
  const placed = placeBeside(unplaced, (id) => [...(neighbours.get(id) ?? [])].sort(byId).map((n) => out[n]), box);
  return { ...out, ...placed };
}
