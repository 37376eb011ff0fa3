'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, type Locale } from '../../../lib/i18n/locales';

/** Remembers the choice for the whole site (docs/architecture.md "Languages"). */
export function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
}

/**
 * The language switcher: each language named in itself, so someone who reads only one finds theirs. The
 * choice goes in the cookie and the page re-renders on the server in it, keeping the workshop's connection
 * and everything on screen (router.refresh, not a reload).
 */
export function LanguageSwitcher() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className={`inline-flex shrink-0 items-center gap-1.5 text-sm ${pending ? 'opacity-60' : ''}`} title={t('language.tooltip')}>
      <span className="text-slate-600">{t('language.label')}</span>
      <GlobeIcon />
      <select
        data-testid="language-switcher"
        aria-label={t('language.label')}
        value={locale}
        onChange={(e) => {
          const next = e.target.value as Locale;
          rememberLocale(next);
          startTransition(() => router.refresh());
        }}
        className="h-9 rounded-lg border border-slate-300 bg-white px-2 font-medium"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function GlobeIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" className="text-slate-500">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
    </svg>
  );
}
