import { useFormatter, useTranslations } from 'next-intl';
import type { ScorePoint } from './history';

interface SparklineProps {
  points: ScorePoint[];
  pick: (p: ScorePoint) => number;
  label: string;
  testId?: string;
  width?: number;
  height?: number;
}

/** The recent trend of one index on a fixed 0–100 scale, so a small wiggle looks small. */
export function Sparkline({ points, pick, label, testId, width = 120, height = 36 }: SparklineProps) {
  const t = useTranslations();
  const format = useFormatter();
  const pad = 3;
  const values = points.map(pick);
  const x = (i: number) => (values.length < 2 ? width - pad : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => height - pad - (Math.max(0, Math.min(100, v)) / 100) * (height - 2 * pad);
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1];
  const first = values[0];
  const change = values.length > 1 ? last - first : 0;
  const title =
    values.length > 1
      ? t('scores.trend.readings', { label, count: values.length, change: format.number(change, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'always' }) })
      : t('scores.trend.none', { label });
  return (
    <svg
      role="img"
      aria-label={title}
      data-testid={testId}
      data-points={values.length}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="overflow-visible"
    >
      <title>{title}</title>
      <line x1={pad} x2={width - pad} y1={y(50)} y2={y(50)} className="stroke-slate-200" strokeDasharray="2 3" />
      {values.length > 1 && <path d={path} fill="none" className="stroke-brand-600" strokeWidth={2} strokeLinejoin="round" />}
      {last !== undefined && <circle cx={x(values.length - 1)} cy={y(last)} r={3} className="fill-brand-600" />}
    </svg>
  );
}
