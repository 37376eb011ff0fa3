import type { NodeShape } from '../../map/style';
import type { Point } from '../../map/positions';

// The outlines Cytoscape draws for each actor shape (its polygon points, corner radii and barrel curves),
// as SVG path data, and a polygon of each outline for clipping ties at an actor's edge.

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Cytoscape's regular polygon with a flat bottom, stretched to fill the [-1, 1] square. */
function ngon(sides: number): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2;
  const pts: number[] = [];
  for (let i = 0; i < sides; i++) pts.push(Math.cos(i * increment + start), Math.sin(-(i * increment + start)));
  const xs = pts.filter((_, i) => i % 2 === 0);
  const ys = pts.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = pts.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return minY < -1 ? scaled.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : scaled;
}

const UNIT_POLYGONS: Record<'hexagon' | 'diamond' | 'octagon' | 'rhomboid' | 'round-triangle' | 'rectangle', number[]> = {
  hexagon: ngon(6),
  octagon: ngon(8),
  'round-triangle': ngon(3),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
};

function scaled(unit: number[], cx: number, cy: number, w: number, h: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) out.push({ x: cx + (unit[i] * w) / 2, y: cy + (unit[i + 1] * h) / 2 });
  return out;
}

const polygonPath = (pts: Point[]) => `M${pts.map((p) => `${r2(p.x)} ${r2(p.y)}`).join('L')}Z`;

/** A polygon with each corner cut by `radius` along both sides and rounded through the corner. */
function roundedPolygonPath(pts: Point[], radius: number): string {
  const parts: string[] = [];
  pts.forEach((p, i) => {
    const prev = pts[(i + pts.length - 1) % pts.length];
    const next = pts[(i + 1) % pts.length];
    const toward = (q: Point) => {
      const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const k = Math.min(radius, d / 2) / d;
      return { x: p.x + (q.x - p.x) * k, y: p.y + (q.y - p.y) * k };
    };
    const a = toward(prev);
    const b = toward(next);
    parts.push(`${i === 0 ? 'M' : 'L'}${r2(a.x)} ${r2(a.y)}Q${r2(p.x)} ${r2(p.y)} ${r2(b.x)} ${r2(b.y)}`);
  });
  return `${parts.join('')}Z`;
}

function barrelPath(cx: number, cy: number, w: number, h: number): string {
  const [x1, x2, y1, y2] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2];
  const hOff = Math.min(15, 0.05 * h);
  const wOff = Math.min(100, 0.25 * w);
  const c = 0.05 * wOff;
  const p = (x: number, y: number) => `${r2(x)} ${r2(y)}`;
  return (
    `M${p(x1, y1 + hOff)}L${p(x1, y2 - hOff)}Q${p(x1 + c, y2)} ${p(x1 + wOff, y2)}L${p(x2 - wOff, y2)}` +
    `Q${p(x2 - c, y2)} ${p(x2, y2 - hOff)}L${p(x2, y1 + hOff)}Q${p(x2 - c, y1)} ${p(x2 - wOff, y1)}` +
    `L${p(x1 + wOff, y1)}Q${p(x1 + c, y1)} ${p(x1, y1 + hOff)}Z`
  );
}

const ellipsePath = (cx: number, cy: number, w: number, h: number) =>
  `M${r2(cx - w / 2)} ${r2(cy)}A${r2(w / 2)} ${r2(h / 2)} 0 1 0 ${r2(cx + w / 2)} ${r2(cy)}A${r2(w / 2)} ${r2(h / 2)} 0 1 0 ${r2(cx - w / 2)} ${r2(cy)}Z`;

/** The SVG path of an actor's outline centred on (cx, cy). */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  switch (shape) {
    case 'ellipse':
      return ellipsePath(cx, cy, w, h);
    case 'barrel':
      return barrelPath(cx, cy, w, h);
    case 'round-rectangle':
      return roundedPolygonPath(scaled(UNIT_POLYGONS.rectangle, cx, cy, w, h), Math.min(w / 4, h / 4, 8));
    case 'round-triangle':
      return roundedPolygonPath(scaled(UNIT_POLYGONS['round-triangle'], cx, cy, w, h), Math.min(w / 10, h / 10, 8));
    default:
      return polygonPath(scaled(UNIT_POLYGONS[shape], cx, cy, w, h));
  }
}

/** A polygon close to the outline, for finding where a tie leaves the actor. */
function outline(shape: NodeShape, cx: number, cy: number, w: number, h: number): Point[] {
  if (shape === 'ellipse') {
    return Array.from({ length: 32 }, (_, i) => ({ x: cx + (Math.cos((i * Math.PI) / 16) * w) / 2, y: cy + (Math.sin((i * Math.PI) / 16) * h) / 2 }));
  }
  const unit = shape === 'round-rectangle' || shape === 'barrel' ? UNIT_POLYGONS.rectangle : UNIT_POLYGONS[shape];
  return scaled(unit, cx, cy, w, h);
}

/** Where the ray from the centre (cx, cy) toward `toward` crosses the actor's outline (the centre if never). */
export function boundaryPoint(shape: NodeShape, cx: number, cy: number, size: number, toward: Point): Point {
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const pts = outline(shape, cx, cy, size, size);
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const den = dx * ey - dy * ex;
    if (Math.abs(den) < 1e-12) continue;
    const t = ((a.x - cx) * ey - (a.y - cy) * ex) / den;
    const u = ((a.x - cx) * dy - (a.y - cy) * dx) / den;
    if (t > 0 && u >= 0 && u <= 1) best = Math.min(best, t);
  }
  return Number.isFinite(best) ? { x: cx + dx * best, y: cy + dy * best } : { x: cx, y: cy };
}
