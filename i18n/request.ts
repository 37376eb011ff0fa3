import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, pickLocale } from '../lib/i18n/locales';

// next-intl's request configuration without i18n routing (docs/architecture.md "Languages"): no locale in
// the address, so the links people share stay as they are; the language is the NEXT_LOCALE cookie the
// switcher sets, else the browser's Accept-Language.
export default getRequestConfig(async () => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  const messages = locale === 'zh-CN' ? (await import('../messages/zh-CN.json')).default : (await import('../messages/en.json')).default;
  return { locale, messages };
});
