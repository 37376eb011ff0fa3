import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error the API answers with its status and a JSON body `{error, details}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
    /** Extra response headers (Retry-After on a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A text or binary body with its content type. */
export function sendText(res: ServerResponse, status: number, body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendError(res: ServerResponse, err: unknown): void {
  if (err instanceof HttpError) {
    sendJson(res, err.status, { error: err.message, details: err.details ?? null }, err.headers);
    return;
  }
  console.error('[api] unexpected error', err);
  sendJson(res, 500, { error: 'The server failed to handle this request.', details: null });
}

/** Reads the body up to `limit` bytes; a larger body is refused with 413 before it is all read. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(limit: number) {
  return new HttpError(413, `The request body is larger than ${Math.round(limit / 1024 / 1024)} MiB.`, { limitBytes: limit });
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBody(req, limit);
  if (!text.trim()) throw new HttpError(400, 'The request body is empty; send JSON.');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, 'The request body is not valid JSON.', { parser: (err as Error).message });
  }
}

export function bearerKey(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpError(401, 'Send the workshop key as "Authorization: Bearer <key>".');
  return match[1];
}

/** The origin people use to reach this server: PUBLIC_URL when set, else what the request says. */
export function publicOrigin(req: IncomingMessage, configured?: string): string {
  if (configured) return configured.replace(/\/+$/, '');
  const proto = (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0]?.trim() || 'http';
  const host = (req.headers['x-forwarded-host'] as string | undefined) ?? req.headers.host ?? 'localhost';
  return `${proto}://${host}`;
}
