// How a request picks the interface's language (docs/architecture.md "Languages"): the
// person's choice in the NEXT_LOCALE cookie, else the browser's Accept-Language, else English. Pure, so the
// server's request config, the switcher and the tests share it.

import { DEFAULT_LOCALE, LOCALES, parseLocale, type Locale } from './locale';

export { DEFAULT_LOCALE, LOCALES, type Locale };
/** next-intl's own cookie name; a year, the whole site, so every workshop link opens in the chosen language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '中文' };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The supported language a language tag stands for: any Chinese reads zh-CN, any English en (lib/i18n/locale.ts). */
const localeOfTag = (tag: string): Locale | null => parseLocale(tag.replace(/_/g, '-'));

/** The best supported language of an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"), by its q-values. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { locale: localeOfTag(tag), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r): r is { locale: Locale; weight: number; index: number } => r.locale !== null && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.locale ?? null;
}

/** The cookie's choice when it names a language we have, else the browser's, else English. */
export function pickLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
