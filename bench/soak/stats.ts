// Small statistics for the soak's figures: percentiles of latencies and the slope of a memory series.

export class Samples {
  private readonly values: number[] = [];
  add(value: number): void {
    this.values.push(value);
  }
  get count(): number {
    return this.values.length;
  }
  percentile(p: number): number {
    if (this.values.length === 0) return NaN;
    const sorted = [...this.values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  }
  get max(): number {
    return this.values.length ? Math.max(...this.values) : NaN;
  }
}

/** Least-squares slope of `y` over `t` (ms), in units of y per minute; NaN under three points. */
export function slopePerMinute(points: Array<{ t: number; y: number }>): number {
  if (points.length < 3) return NaN;
  const n = points.length;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - mt) * (p.y - my);
    den += (p.t - mt) ** 2;
  }
  return den === 0 ? NaN : (num / den) * 60_000;
}

export const MiB = 1024 * 1024;
export const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
