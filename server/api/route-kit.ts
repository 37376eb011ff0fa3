import type { IncomingMessage, ServerResponse } from 'node:http';
import { refusalFor, type Permission } from '../../lib/access/permissions';
import { editingModeOf } from '../../lib/map/ydoc';
import type { Role } from '../store/store';
import type { ApiContext } from './context';
import { wrongKeysWords } from '../security/wrong-keys';
import { HttpError, bearerKey } from './http';

// What every route module needs: the route table's entry type and the one check of who may call it.

export type Handler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>, ctx: ApiContext) => Promise<void>;

export interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
  /** Tokens of the key's call bucket this request spends (docs/operations.md §4): 1 unless it says more. */
  cost?: (url: URL, config: ApiContext['config']) => number;
}

export function route(method: string, path: string, handler: Handler, options: Pick<Route, 'cost'> = {}): Route {
  const keys: string[] = [];
  const pattern = new RegExp('^' + path.replace(/:(\w+)/g, (_m, key: string) => (keys.push(key), '([^/]+)')) + '/?$');
  return { method, pattern, keys, handler, ...options };
}

export const ANY_ROLE: readonly Role[] = ['facilitator', 'participant', 'observer'];

/**
 * A request that carries a key gets this one answer whether the workshop is unknown (or deleted) or the key
 * does not open it (wrong, revoked, another workshop's): docs/architecture.md "What an error tells".
 */
export const badKey = () => new HttpError(401, 'This key does not open a workshop at this address.', { code: 'bad_key' });

/**
 * The role `key` opens workshop `id` with, or null (then counted against the caller's address: a client
 * that keeps presenting keys that open nothing waits, 429 `rate_limited`, server/security/wrong-keys.ts).
 */
export async function roleOfKey(req: IncomingMessage, ctx: ApiContext, id: string, key: string): Promise<Role | null> {
  const waitMs = ctx.limits.wrongKeys.waitMs(req);
  if (waitMs > 0) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new HttpError(429, wrongKeysWords(seconds), { code: 'rate_limited', retryAfterSeconds: seconds }, { 'retry-after': String(seconds) });
  }
  // authenticate hashes the key whether or not the workshop exists, and answers null for both.
  const role = await ctx.workshops.authenticate(id, key);
  if (!role) ctx.limits.wrongKeys.failed(req);
  return role;
}

/** Resolves the workshop and checks the bearer key opens it with one of `roles`. */
export async function authorise(req: IncomingMessage, ctx: ApiContext, id: string, roles: readonly Role[] = ANY_ROLE): Promise<Role> {
  const role = await roleOfKey(req, ctx, id, bearerKey(req));
  if (!role) throw badKey();
  if (!roles.includes(role)) {
    throw new HttpError(403, `A ${role} key cannot do this; it needs a ${roles.join(' or ')} key.`, { role });
  }
  return role;
}

/**
 * Checks the key opens the workshop and its role may do `permission` now (lib/access/permissions.ts: the
 * same answer the server gives a socket and the UI gives its buttons). Resolves with the role.
 */
export async function authoriseFor(req: IncomingMessage, ctx: ApiContext, id: string, permission: Permission): Promise<Role> {
  const role = await authorise(req, ctx, id);
  const doc = await ctx.sync.getRoomDoc(id);
  const refusal = refusalFor({ role }, editingModeOf(doc), permission);
  if (refusal) throw new HttpError(403, refusal.message.replace(/; this change was not saved$/, '.'), { role, reason: refusal.reason });
  return role;
}

/** The participant a browser's secret (header `X-Participant-Secret`) belongs to, for "who did this". */
export async function callerOf(req: IncomingMessage, ctx: ApiContext, workshopId: string, role: Role): Promise<string> {
  const secret = req.headers['x-participant-secret'];
  if (typeof secret === 'string' && secret) {
    const person = await ctx.identities.findBySecret(workshopId, secret);
    if (person) return person.id;
  }
  return `api:${role}`;
}
