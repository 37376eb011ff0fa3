import { ROLES, type Role } from '../store/store';

/**
 * The shareable link for each role: `${base}/w/${id}#key=${key}`. The key travels in the URL fragment,
 * which browsers never send to the server, so it stays out of access logs and proxies; the workshop page
 * reads it from location.hash.
 */
export function workshopLinks(baseUrl: string, id: string, keys: Record<Role, string>): Record<Role, string> {
  const base = new URL(baseUrl); // throws on a relative or malformed base: links must be absolute
  const root = base.origin + base.pathname.replace(/\/+$/, '');
  const page = `${root}/w/${encodeURIComponent(id)}`;
  return Object.fromEntries(ROLES.map((role) => [role, `${page}#key=${encodeURIComponent(keys[role])}`])) as Record<
    Role,
    string
  >;
}

