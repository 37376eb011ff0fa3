import type { Role } from '../../../lib/map/types';
import { apiError } from './apiError';

// The HTTP API's joining routes (server/api/join-routes.ts, docs/architecture.md "Joining").

export interface Access {
  id: string;
  title: string;
  role: Role;
}

/** Why a key did not open a workshop, as the API's `details.code` says it. */
export type AccessProblem = 'not_found' | 'no_key' | 'bad_key' | 'unreachable';

export type AccessAnswer = { ok: true; access: Access } | { ok: false; problem: AccessProblem };

async function codeOf(res: Response): Promise<string | null> {
  try {
    const body = (await res.json()) as { details?: { code?: unknown } };
    return typeof body.details?.code === 'string' ? body.details.code : null;
  } catch {
    return null;
  }
}

/** Checks a key before anyone is asked for a name; never throws. */
export async function checkAccess(workshop: string, key: string | null): Promise<AccessAnswer> {
  let res: Response;
  try {
    res = await fetch(`/api/workshops/${encodeURIComponent(workshop)}/access`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (res.ok) return { ok: true, access: (await res.json()) as Access };
  if (res.status === 404) return { ok: false, problem: 'not_found' };
  if (res.status === 401) return { ok: false, problem: (await codeOf(res)) === 'no_key' ? 'no_key' : 'bad_key' };
  return { ok: false, problem: 'unreachable' };
}

export type CodeAnswer =
  | { ok: true; link: string; title: string }
  | { ok: false; problem: 'unknown_code' | 'too_many' | 'unreachable'; waitSeconds?: number };

/** Turns a typed join code into the participant link (POST, so the code stays out of logs). */
export async function resolveJoinCode(code: string): Promise<CodeAnswer> {
  let res: Response;
  try {
    res = await fetch('/api/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (res.ok) {
    const body = (await res.json()) as { link: string; title: string };
    return { ok: true, link: body.link, title: body.title };
  }
  if (res.status === 429) return { ok: false, problem: 'too_many', waitSeconds: Number(res.headers.get('retry-after')) || 60 };
  if (res.status === 404 || res.status === 400) return { ok: false, problem: 'unknown_code' };
  return { ok: false, problem: 'unreachable' };
}

export interface Invite {
  id: string;
  title: string;
  /** "K7P-4QX", or null for a workshop made before join codes (until new links are made). */
  code: string | null;
  /** Where people type the code: the start page. */
  joinAt?: string;
  links: { facilitator: string; participant?: string; observer?: string };
}

async function inviteCall(workshop: string, key: string, init: RequestInit = {}): Promise<Invite> {
  const res = await fetch(`/api/workshops/${encodeURIComponent(workshop)}/invite`, { ...init, headers: { authorization: `Bearer ${key}`, ...init.headers } });
  if (!res.ok) throw await apiError(res);
  return (await res.json()) as Invite;
}

/** The links and the join code, for a facilitator's key. */
export const fetchInvite = (workshop: string, key: string) => inviteCall(workshop, key);
/**
 * New keys for `roles` (docs/protocol.md P16): the old links stop working and their live connections close,
 * except this browser's own (`secret`), which hears its new facilitator link in the answer.
 */
export const renewInvite = (workshop: string, key: string, roles: readonly Role[], secret: string) =>
  inviteCall(workshop, key, { method: 'POST', headers: { 'content-type': 'application/json', 'x-participant-secret': secret }, body: JSON.stringify({ roles }) });
