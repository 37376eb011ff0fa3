import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { formatJoinCode } from '../../lib/map/ids';
import { parseMapDocument } from '../../lib/map/interchange';
import { parseRoles } from '../workshops/key-rotation';
import { workshopLinks } from '../workshops/links';
import type { ApiContext } from './context';
import { HttpError, publicOrigin, readJson, sendJson } from './http';
import { route, type Handler, type Route } from './route-kit';

// The operator's routes (docs/operations.md "Operator commands"): what `clustercanvas import|workshops|keys`
// do while a server runs, through it instead of behind its back. They answer only the operator token the
// server wrote, owner-only, beside its lock in DATA_DIR (server/store/data-dir-lock.ts): whoever can read
// it can read the database too, so it grants nothing the file system did not. And only from this machine.

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

function operatorOf(req: IncomingMessage, ctx: ApiContext): NonNullable<ApiContext['operator']> {
  const operator = ctx.operator;
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  // Compared as hashes: equal lengths, and no timing hint of how much of a guess was right.
  if (!operator || !match || !timingSafeEqual(digest(match[1]), digest(operator.token))) {
    throw new HttpError(401, 'The operator routes need the operator token from DATA_DIR (run the clustercanvas command on the server).', { code: 'not_operator' });
  }
  return operator;
}

/**
 * Defence in depth beside the token: the CLI calls from this machine, so a request from any other address
 * is refused, and so is one that came through a proxy (it says so in a forwarding header), since a proxy on
 * this machine connects from loopback on behalf of anyone. The socket's own address, never a header.
 */
export function fromLoopback(req: Pick<IncomingMessage, 'socket' | 'headers'>): boolean {
  const forwarded = ['x-forwarded-for', 'x-real-ip', 'forwarded'].some((name) => req.headers[name] !== undefined);
  const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:/i, '');
  return !forwarded && (address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address));
}

const asOperator =
  (handler: Handler): Handler =>
  async (req, res, params, ctx) => {
    if (!fromLoopback(req)) throw new HttpError(403, 'The operator routes answer only the clustercanvas command on the server itself.', { code: 'not_loopback' });
    operatorOf(req, ctx);
    await handler(req, res, params, ctx);
  };

const importBody = z.object({ map: z.unknown(), title: z.string().max(200).optional(), cluster: z.string().max(200).optional(), baseUrl: z.string().url().optional() });
const keysBody = z.object({ roles: z.unknown(), baseUrl: z.string().url().optional() });

async function requireWorkshop(ctx: ApiContext, id: string) {
  const record = await ctx.workshops.get(id);
  if (!record) throw new HttpError(404, `No workshop with id "${id}".`, { code: 'not_found' });
  return record;
}

export const OPERATOR_ROUTES: Route[] = [
  route(
    'GET',
    '/api/operator/workshops',
    asOperator(async (_req, res, _p, ctx) => {
      const list = await ctx.operator!.workshops.list();
      const workshops = list.map(({ id, title, cluster, createdAt, lastActiveAt }) => ({ id, title, cluster: cluster ?? null, createdAt, lastActiveAt }));
      sendJson(res, 200, { workshops });
    }),
  ),

  route(
    'POST',
    '/api/operator/workshops',
    asOperator(async (req, res, _p, ctx) => {
      const body = importBody.safeParse(await readJson(req, ctx.config.maxImportBytes));
      if (!body.success) throw new HttpError(400, 'Send {map, title?, cluster?, baseUrl?}.', { code: 'bad_body' });
      const parsed = parseMapDocument(body.data.map);
      if (!parsed.ok) throw new HttpError(422, `The map has ${parsed.issues.length} problem(s); nothing was created.`, parsed.issues);
      const { record, keys, code } = await ctx.operator!.workshops.create({ map: parsed.map, title: body.data.title, cluster: body.data.cluster });
      const links = workshopLinks(body.data.baseUrl ?? publicOrigin(req, ctx.config.publicUrl), record.id, keys);
      sendJson(res, 201, { id: record.id, title: record.title, keys, links, code: formatJoinCode(code) });
    }),
  ),

  // Deleted with everything it holds (log, snapshot, checkpoints, activity, invite); its live sockets hear
  // `bad_workshop` and close.
  route(
    'DELETE',
    '/api/operator/workshops/:id',
    asOperator(async (_req, res, { id }, ctx) => {
      await requireWorkshop(ctx, id);
      await ctx.operator!.workshops.store.deleteWorkshop(id);
      const closed = ctx.sync.closeWorkshop(id);
      console.log(`[operator] deleted workshop ${id}; ${closed} live socket(s) closed`);
      sendJson(res, 200, { deleted: id, closedSockets: closed });
    }),
  ),

  route(
    'POST',
    '/api/operator/workshops/:id/keys',
    asOperator(async (req, res, { id }, ctx) => {
      await requireWorkshop(ctx, id);
      const body = keysBody.safeParse(await readJson(req, 4096));
      let roles;
      try {
        roles = parseRoles(body.success ? body.data.roles : undefined);
      } catch (err) {
        throw new HttpError(400, (err as Error).message, { code: 'bad_roles' });
      }
      const { rotated, keys, code } = await ctx.keys.rotate(id, roles, null);
      const closed = ctx.sync.closeKeyHolders(id, rotated);
      console.log(`[operator] ${id}: new ${rotated.join(', ')} key(s); ${closed} live socket(s) closed`);
      const all = workshopLinks((body.success && body.data.baseUrl) || publicOrigin(req, ctx.config.publicUrl), id, {
        facilitator: keys.facilitator ?? '',
        participant: keys.participant ?? '',
        observer: keys.observer ?? '',
      });
      const links = Object.fromEntries(rotated.map((role) => [role, all[role]]));
      const fresh = Object.fromEntries(rotated.map((role) => [role, keys[role]]));
      sendJson(res, 200, { id, rotated, keys: fresh, links, code: code ? formatJoinCode(code) : null, closedSockets: closed });
    }),
  ),
];
