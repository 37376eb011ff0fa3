// The HTTP API answers errors as JSON {error, details}, with `details.code` where a person needs to be told
// something particular (docs/protocol.md); ApiError keeps the status and that code for the page to word
// (serverWords.ts), and its message stays the server's own English for logs and tests.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    /** With `rate_limited` (docs/protocol.md P9): how long to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads an error answer into an ApiError. */
export async function apiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: string; details?: { message?: string; code?: unknown; retryAfterSeconds?: unknown } | { message?: string }[] };
    const list = Array.isArray(body.details) ? body.details : [];
    const code = !Array.isArray(body.details) && typeof body.details?.code === 'string' ? body.details.code : undefined;
    const detail = list.map((d) => d.message).filter(Boolean).join('; ');
    const text = [body.error, detail].filter((part, i, all) => part && all.indexOf(part) === i).join(' ') || `The server answered ${res.status}.`;
    const wait = !Array.isArray(body.details) && typeof body.details?.retryAfterSeconds === 'number' ? body.details.retryAfterSeconds : Number(res.headers.get('retry-after')) || undefined;
    return new ApiError(res.status, text, code, wait);
  } catch {
    return new ApiError(res.status, `The server answered ${res.status}.`);
  }
}
