// The name a downloaded file gets: the server's, from Content-Disposition (RFC 6266). `filename*=UTF-8''…`
// keeps a Chinese workshop title intact and wins; `filename="…"` is the ASCII fallback
// (server/api/export-route.ts writes both; docs/report.md "Getting the files").

function extended(header: string): string | null {
  const m = /(?:^|;)\s*filename\*\s*=\s*"?([^";]+)"?/i.exec(header);
  const value = m && /^UTF-8'[^']*'(.+)$/i.exec(m[1].trim());
  if (!value) return null;
  try {
    return decodeURIComponent(value[1]);
  } catch {
    return null;
  }
}

function plain(header: string): string | null {
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return quoted[1].replace(/\\(.)/g, '$1');
  const bare = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare ? bare[1] : null;
}

/** The file name in a Content-Disposition header, without any folder part, or null when it has none. */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const name = (extended(header) ?? plain(header))?.split(/[/\\]/).pop()?.trim();
  return name ? name : null;
}
