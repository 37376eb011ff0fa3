import type en from '../messages/en.json';
import type { Locale } from '../lib/i18n/locales';

// Types every message key (docs/architecture.md "Languages"): t('landing.title') with a key the English
// catalogue does not have fails `tsc`, and so does a locale other than ours.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
