/** @type {import('next').NextConfig} */
const nextConfig = {
  // One copy of yjs on the server, else "Yjs was already imported" and broken instanceof checks.
  serverExternalPackages: ['better-sqlite3', 'yjs', 'lib0', 'y-protocols'],
  reactStrictMode: true,
  poweredByHeader: false,
};
export default nextConfig;
