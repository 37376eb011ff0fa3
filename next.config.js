import createNextIntlPlugin from 'next-intl/plugin';

// next-intl without i18n routing: the plugin points at the request config (docs/architecture.md "Languages").
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One copy of yjs on the server, else "Yjs was already imported" and broken instanceof checks.
  serverExternalPackages: ['better-sqlite3', 'yjs', 'lib0', 'y-protocols'],
  reactStrictMode: true,
  poweredByHeader: false,
};
export default withNextIntl(nextConfig);
