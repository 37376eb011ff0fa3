import { EDGE_STYLE } from '../../map/style';
import type { Point } from '../../map/positions';
import type { NodeShape } from '../../map/style';
import type { Tie } from '../../map/types';
import { boundaryPoint } from './shapes';

// Where a tie runs, as Cytoscape's `curve-style: bezier` draws it: straight between two actors with one
// tie, fanned out as curves `control-point-step-size` apart when they share several, clipped at both
// outlines, with a triangle arrow at the target of a directed tie and a loop for a tie to itself.

export interface End {
  x: number;
  y: number;
  size: number;
  shape: NodeShape;
}

export interface TieGeometry {
  path: string;
  arrow?: string;
  /** Middle of the line and its direction in degrees (for the label). */
  middle: Point;
  angle: number;
  /** Points the line passes near, for the bounding box. */
  extent: Point[];
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const pt = (p: Point) => `${r2(p.x)} ${r2(p.y)}`;

/** Cytoscape's triangle arrow: 0.3 × size long, 0.3 × size wide, size growing with the line width. */
function arrowSize(width: number) {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * EDGE_STYLE.arrowScale;
}

/** Offsets of each tie between the same two actors, perpendicular to the line from the lower id to the higher. */
export function fanOffsets(ties: readonly Tie[]): Map<string, number> {
  const groups = new Map<string, Tie[]>();
  for (const t of ties) {
    if (t.source === t.target) continue;
    const key = t.source < t.target ? `${t.source}\u0000${t.target}` : `${t.target}\u0000${t.source}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(t);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : 1));
    group.forEach((t, i) => out.set(t.id, (i - (group.length - 1) / 2) * EDGE_STYLE.parallelStep));
  }
  return out;
}

function arrowAt(tip: Point, from: Point, width: number): { base: Point; path: string } {
  const size = arrowSize(width);
  const d = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / d;
  const uy = (tip.y - from.y) / d;
  const base = { x: tip.x - ux * 0.3 * size, y: tip.y - uy * 0.3 * size };
  const half = 0.15 * size;
  const left = { x: base.x - uy * half, y: base.y + ux * half };
  const right = { x: base.x + uy * half, y: base.y - ux * half };
  return { base, path: `M${pt(tip)}L${pt(left)}L${pt(right)}Z` };
}

function loop(a: End, directed: boolean, width: number): TieGeometry {
  const r = a.size / 2;
  const start = { x: a.x + r * Math.cos(-Math.PI / 2), y: a.y - r };
  const end = { x: a.x + r, y: a.y + r * Math.sin(0) };
  const c1 = { x: a.x, y: a.y - 3 * r };
  const c2 = { x: a.x + 3 * r, y: a.y };
  const arrow = directed ? arrowAt(end, c2, width) : undefined;
  const finish = arrow?.base ?? end;
  return {
    path: `M${pt(start)}C${pt(c1)} ${pt(c2)} ${pt(finish)}`,
    arrow: arrow?.path,
    middle: { x: a.x + 1.6 * r, y: a.y - 1.6 * r },
    angle: 45,
    extent: [start, c1, c2, end],
  };
}

export function tieGeometry(source: End, target: End, offset: number, directed: boolean, width: number, canonicalForward: boolean, selfLoop: boolean): TieGeometry {
  if (selfLoop) return loop(source, directed, width);
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const len = Math.hypot(dx, dy) || 1;
  // The normal of the line from the lower id to the higher, so ties both ways fan to different sides.
  const sign = canonicalForward ? 1 : -1;
  const nx = (-dy / len) * sign;
  const ny = (dx / len) * sign;
  const control = { x: (source.x + target.x) / 2 + nx * offset, y: (source.y + target.y) / 2 + ny * offset };
  const curved = offset !== 0;
  const start = boundaryPoint(source.shape, source.x, source.y, source.size, curved ? control : target);
  const tip = boundaryPoint(target.shape, target.x, target.y, target.size, curved ? control : source);
  const arrow = directed ? arrowAt(tip, curved ? control : start, width) : undefined;
  const end = arrow?.base ?? tip;
  const path = curved ? `M${pt(start)}Q${pt(control)} ${pt(end)}` : `M${pt(start)}L${pt(end)}`;
  const middle = curved
    ? { x: 0.25 * start.x + 0.5 * control.x + 0.25 * tip.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * tip.y }
    : { x: (start.x + tip.x) / 2, y: (start.y + tip.y) / 2 };
  let angle = (Math.atan2(tip.y - start.y, tip.x - start.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  return { path, arrow: arrow?.path, middle, angle, extent: curved ? [start, control, tip] : [start, tip] };
}
