// Reading what people paste into "Join": a full link, a path, "<id>#key=<key>", "<id> <key>" or an id.
export interface ParsedJoin {
  id: string;
  key?: string;
}

const ID_RE = /^[A-Za-z0-9_-]{3,64}$/;

export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key && key.trim() ? key.trim() : null;
}

export function parseJoinInput(input: string): ParsedJoin | null {
  const text = input.trim();
  if (!text) return null;
  const words = text.split(/\s+/);
  if (words.length === 2 && !text.includes('/')) {
    return ID_RE.test(words[0]) ? { id: words[0], key: words[1] } : null;
  }
  let path = text;
  let hash = '';
  try {
    const url = new URL(text);
    path = url.pathname;
    hash = url.hash;
  } catch {
    const at = text.indexOf('#');
    if (at >= 0) [path, hash] = [text.slice(0, at), text.slice(at)];
  }
  const segments = path.split('/').filter(Boolean);
  const wAt = segments.indexOf('w');
  const id = wAt >= 0 ? segments[wAt + 1] : segments[segments.length - 1];
  if (!id || !ID_RE.test(id)) return null;
  const key = keyFromHash(hash);
  return key ? { id, key } : { id };
}
