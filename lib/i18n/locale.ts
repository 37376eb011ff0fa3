// The two languages ClusterCanvas speaks (docs/report.md "Languages"), and how each writes a number.
// Pure and isomorphic: lib/, server/, bin/ and app/ read the same.

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A locale from what a person or a URL said ("zh-CN", "zh", "zh-Hans-CN", "en-GB"); null when neither. */
export function parseLocale(value: unknown): Locale | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim().toLowerCase();
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return null;
}

/**
 * A count or a value as the engine always wrote it: whole numbers as they are, others with two decimals.
 * Both locales write Arabic digits with a point and no grouping (a Chinese report writes 0.54 and 1500
 * too), so English stays byte-identical to the engine's own strings, which the JSON API serves. Dates
 * are another matter: formatDate.
 */
export function formatNumber(x: number, _locale: Locale): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** A date and time in UTC: "2026-03-04 05:06 UTC", or "2026年3月4日 05:06（UTC）". */
export function formatDate(iso: string, locale: Locale, seconds = false): string {
  const time = iso.slice(11, seconds ? 19 : 16);
  if (locale === 'en') return `${iso.slice(0, 10)} ${time} UTC`;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日 ${time}（UTC）`;
}

/** A share 0–1 as a whole percentage: "54%" in both languages. */
export const formatPercent = (x: number) => `${Math.round(x * 100)}%`;

/** Items of a list: "A, B, C" in English, "A、B、C" in Chinese. */
export const listSeparator = (locale: Locale) => (locale === 'zh-CN' ? '、' : ', ');
