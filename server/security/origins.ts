import type { IncomingHttpHeaders } from 'node:http';

// Which browser Origins may talk to this server (docs/operations.md §4 "Origins", docs/protocol.md P2):
// the public origin, from PUBLIC_URL and ALLOWED_ORIGINS when either is set, else the origin the request
// itself names in its Host (or X-Forwarded-Host) header. A request without an Origin header is not from a
// page in a browser (the CLI, bots, tests) and is let through; everything else must match exactly.

export interface OriginPolicy {
  /** PUBLIC_URL. */
  publicUrl?: string;
  /** ALLOWED_ORIGINS, already split. */
  allowedOrigins?: readonly string[];
}

/** `https://canvas.example.org/some/path` → `https://canvas.example.org`; null for what is not an http(s) URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}

/** ALLOWED_ORIGINS as configured: origins separated by commas or spaces; anything that is not one is an error. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const origin = originOf(entry);
      if (!origin) throw new Error(`ALLOWED_ORIGINS: "${entry}" is not an origin such as https://canvas.example.org`);
      return origin;
    });
}

/** The configured origins, or null when none is configured (then the Host decides). */
export function configuredOrigins(policy: OriginPolicy): Set<string> | null {
  const list = [...(policy.publicUrl ? [originOf(policy.publicUrl)] : []), ...(policy.allowedOrigins ?? [])].filter((o): o is string => !!o);
  return list.length ? new Set(list) : null;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim().toLowerCase();

export type OriginVerdict = { ok: true } | { ok: false; origin: string; allowed: string };

/** Whether a request with these headers may act: no Origin, or an Origin that matches the public origin. */
export function checkOrigin(headers: IncomingHttpHeaders, policy: OriginPolicy): OriginVerdict {
  const sent = headers.origin;
  if (sent === undefined) return { ok: true };
  const origin = String(sent).trim();
  const configured = configuredOrigins(policy);
  if (configured) {
    const parsed = originOf(origin);
    return parsed && configured.has(parsed) ? { ok: true } : { ok: false, origin, allowed: [...configured].join(', ') };
  }
  // Nothing configured: the page must come from the host this request was sent to. Scheme aside (a TLS
  // proxy in front changes it), a page elsewhere cannot make its browser send our Host with its Origin.
  let host: string | null = null;
  try {
    const parsed = new URL(origin);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') host = parsed.host.toLowerCase();
  } catch {
    host = null;
  }
  const hosts = [first(headers.host), first(headers['x-forwarded-host'])].filter((h): h is string => !!h);
  if (host && hosts.includes(host)) return { ok: true };
  return { ok: false, origin, allowed: hosts.length ? hosts.map((h) => `http(s)://${h}`).join(', ') : 'none (no Host header)' };
}

/** The sentence a refused client sees: what was sent, what is allowed, and how an operator widens it. */
export function originRefusal(verdict: Extract<OriginVerdict, { ok: false }>): string {
  return `Requests from pages at ${verdict.origin} are not accepted here (allowed: ${verdict.allowed}); the operator can set PUBLIC_URL or ALLOWED_ORIGINS`;
}
