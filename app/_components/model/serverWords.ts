import type { useTranslations } from 'next-intl';
import { REFUSAL_REASONS } from '../../../lib/access/permissions';
import { ERROR_CODES } from '../../../lib/sync/protocol';
import { ApiError } from './apiError';

// The server's messages to people carry a code and parameters; the page words them in its reader's
// language (docs/protocol.md P9: `code`, `reason`; HTTP errors: `details.code` and the status). The
// server's English sentence is shown only for a code this page does not know.

export type Translate = ReturnType<typeof useTranslations<never>>;

/** A socket refusal: `y-error` or a failed ack. */
export interface ServerRefusal {
  code?: string;
  reason?: string;
  text: string;
}

const isIn = <T extends string>(list: readonly T[], value: string | undefined): value is T => value !== undefined && (list as readonly string[]).includes(value);

/** A socket refusal in words: forbidden by its reason, the other codes by code. */
export function wordRefusal(t: Translate, r: ServerRefusal): string {
  if (r.code === 'forbidden' && isIn(REFUSAL_REASONS, r.reason)) return t(`errors.reason.${r.reason}`);
  if (isIn(ERROR_CODES, r.code)) return t(`errors.socket.${r.code}`);
  return r.text || t('errors.unknown');
}

/** A passing notice of the live workshop (docs/architecture.md "Languages"): a non-fatal socket refusal, or the kept copy set aside (P17). */
export type WorkshopNotice = { kind: 'server'; refusal: ServerRefusal } | { kind: 'startedAfresh' };

export const wordNotice = (t: Translate, notice: WorkshopNotice): string =>
  notice.kind === 'startedAfresh' ? t('workshop.startedAfresh') : wordRefusal(t, notice.refusal);

const HTTP_CODES = ['no_key', 'bad_key', 'not_found', 'unknown_code', 'too_many', 'bad_format', 'incomplete', 'bad_body', 'bad_roles', 'not_operator'] as const;

/** An error thrown by one of the API helpers (ApiError), or a network failure, in words. */
export function wordError(t: Translate, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'rate_limited' || err.status === 429) return t('errors.status.waitSeconds', { seconds: err.retryAfterSeconds ?? 60 });
    if (isIn(HTTP_CODES, err.code)) return t(`errors.http.${err.code}`);
    // No code to word it by, but a sentence from the server that says why (a PNG too large at this
    // scale): better than a bare status. The server's English, until it sends a code for it.
    if (err.status < 500 && err.message && !err.message.startsWith('The server answered')) return err.message;
    if (err.status === 401 || err.status === 403) return t('errors.status.forbidden');
    if (err.status === 404) return t('errors.status.notFound');
    if (err.status === 413) return t('errors.status.tooLarge');
    if (err.status === 429) return t('errors.status.tooMany');
    if (err.status >= 500) return t('errors.status.server', { status: err.status });
    return t('errors.status.refused', { status: err.status });
  }
  if (err instanceof TypeError) return t('errors.unreachable');
  return t('errors.unknown');
}
