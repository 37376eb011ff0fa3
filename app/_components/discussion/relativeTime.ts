import type { useFormatter } from 'next-intl';
import type { Translate } from '../model/serverWords';

export type Format = ReturnType<typeof useFormatter>;

/**
 * "just now", "5 min ago", "3 hr ago", then the date: how long ago something happened, in the viewer's
 * language and locale (next-intl's formatter, Intl.RelativeTimeFormat underneath).
 */
export function relativeTime(format: Format, t: Translate, at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 45) return t('time.justNow');
  const min = Math.round(s / 60);
  if (min < 60) return format.relativeTime(at, { now, unit: 'minute', style: 'short' });
  const h = Math.round(min / 60);
  if (h < 24) return format.relativeTime(at, { now, unit: 'hour', style: 'short' });
  const d = new Date(at);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return format.dateTime(d, sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' });
}
