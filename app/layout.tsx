import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
// The bundled Chinese-capable font (Noto Sans SC, SIL OFL 1.1: public/fonts/OFL.txt), served by the app
// itself so the canvas draws Chinese labels offline and on machines without Chinese fonts. The browser
// fetches only the pieces (unicode-range) that the page's characters need. docs/report.md, "Fonts".
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/600.css';
import '@fontsource/noto-sans-sc/700.css';
import './globals.css';

// Rendered per request, never prerendered: the server gives every page a fresh CSP nonce, which Next.js puts
// on its scripts only when it renders the page for that request (docs/operations.md §4 "Headers").
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: 'ClusterCanvas', description: t('meta.description'), icons: { icon: '/favicon.svg' } };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#3b55d9',
};

// The page's language is the person's (docs/architecture.md "Languages"): lang on <html> picks the CSS for
// Chinese line breaking and fonts, and the provider hands the catalogue to every client component.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="font-sans">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
