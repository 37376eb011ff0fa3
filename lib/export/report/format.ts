import { formatDate, type Locale } from '../../i18n/locale';
import type { Figure } from './model-types';
import { reportPhrases } from './report-words';

// How the report writes its numbers and lists: one place, so the PDF, the web page and the tests agree.

const figure = (value: number | null | undefined, text: (v: number) => string): Figure =>
  value === null || value === undefined || !Number.isFinite(value) ? { value: null, text: '–' } : { value, text: text(value) };

/** An index, 0–100: one decimal. */
export const indexFigure = (v: number) => figure(v, (x) => x.toFixed(1));
/** A sub-indicator or a share, 0–1: two decimals. */
export const shareFigure = (v: number | null | undefined) => figure(v, (x) => x.toFixed(2));
/** A weight: as many decimals as it has, up to three. */
export const weightFigure = (v: number) => figure(v, (x) => String(Math.round(x * 1000) / 1000));
/** A network measure: three decimals. */
export const measureFigure = (v: number | null | undefined) => figure(v, (x) => x.toFixed(3));
export const countFigure = (v: number) => figure(v, (x) => String(x));
/** A change between two values: signed. */
export const changeFigure = (v: number, decimals: number) => figure(v, (x) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(decimals)}`);

/** The time a report or a comment was made, to the minute or second, in UTC: "2026-03-04 05:06 UTC". */
export const timeText = (iso: string, seconds = false, locale: Locale = 'en') => formatDate(iso, locale, seconds);

/**
 * Elements by label, "A; B; C", and past `cap` the first ones and how many more: "A; B; C and 11 more"
 * (a sub-indicator may name every tie of the map; the full list is in the data exports). '' for none.
 */
export function namesText(elements: readonly { label: string }[], cap = Infinity, locale: Locale = 'en'): string {
  const say = reportPhrases(locale).say;
  const labels = elements.map((e) => e.label);
  if (labels.length <= cap) return labels.join(say.nameSeparator);
  return say.more(labels.slice(0, cap).join(say.nameSeparator), labels.length - cap);
}
