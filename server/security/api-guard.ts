import type { IncomingMessage } from 'node:http';
import { HttpError } from '../api/http';
import { checkOrigin, originRefusal, type OriginPolicy } from './origins';

// What a state-changing API call must be before any route sees it (docs/operations.md §4 "Origins"):
// from a page at the public origin, or from no page at all; and, when it carries a body, JSON. Together
// these stop another site's page from acting with this server: a cross-site form can send only
// text/plain, urlencoded or multipart bodies, and its browser names the page's origin.

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The media types the API documents for request bodies (README.md, docs/protocol.md). */
const BODY_TYPES = new Set(['application/json']);

const mediaType = (header: string | undefined) => header?.split(';')[0]?.trim().toLowerCase() ?? '';

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

/** Throws the HttpError a request gets when its origin or its content type is refused. */
export function guardApiRequest(req: IncomingMessage, policy: OriginPolicy): void {
  if (!STATE_CHANGING.has(req.method ?? '')) return;
  const verdict = checkOrigin(req.headers, policy);
  if (!verdict.ok) throw new HttpError(403, `${originRefusal(verdict)}.`, { code: 'bad_origin', origin: verdict.origin });
  const type = req.headers['content-type'];
  if (type === undefined && !hasBody(req)) return;
  if (!BODY_TYPES.has(mediaType(type))) {
    throw new HttpError(415, `Send the request body as application/json${type ? `, not ${mediaType(type) || 'an empty type'}` : ''}.`, {
      code: 'bad_content_type',
      accepted: [...BODY_TYPES],
    });
  }
}
