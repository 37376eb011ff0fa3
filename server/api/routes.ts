import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { parseMapDocument, toMapDocument } from '../../lib/map/interchange';
import { readMap, replaceMap } from '../../lib/map/ydoc';
import type { ApiContext } from './context';
import { HttpError, bearerKey, publicOrigin, readJson, sendError, sendJson, sendText } from './http';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportFileName, exportMap, isExportFormat } from '../../lib/export/formats';
import type { Role } from '../store/store';
import { workshopLinks } from '../workshops/links';
import { TEMPLATE_NAMES } from '../../lib/map/templates';

type Handler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>, ctx: ApiContext) => Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

function route(method: string, path: string, handler: Handler): Route {
  const keys: string[] = [];
  const pattern = new RegExp(
    '^' + path.replace(/:(\w+)/g, (_m, key: string) => (keys.push(key), '([^/]+)')) + '/?$',
  );
  return { method, pattern, keys, handler };
}

const createWorkshopBody = z.object({
  title: z.string().trim().min(1, 'give the workshop a title').max(200),
  cluster: z.string().trim().max(200).optional(),
  template: z.enum(TEMPLATE_NAMES).optional(),
});

/** Resolves the workshop and checks the bearer key opens it with one of `roles`. */
async function authorise(req: IncomingMessage, ctx: ApiContext, id: string, roles: readonly Role[]): Promise<Role> {
  const key = bearerKey(req);
  const workshop = await ctx.workshops.get(id);
  if (!workshop) throw new HttpError(404, `No workshop with id "${id}".`);
  const role = await ctx.workshops.authenticate(id, key);
  if (!role) throw new HttpError(403, `This key does not open workshop "${id}".`);
  if (!roles.includes(role)) {
    throw new HttpError(403, `A ${role} key cannot do this; it needs a ${roles.join(' or ')} key.`, { role });
  }
  return role;
}

const ANY_ROLE: readonly Role[] = ['facilitator', 'participant', 'observer'];

const routes: Route[] = [
  route('GET', '/api/health', async (_req, res, _p, ctx) => {
    sendJson(res, 200, { ok: true, uptimeSeconds: Math.round(process.uptime()), rooms: ctx.sync.roomCount(), store: ctx.storeKind });
  }),

  route('POST', '/api/workshops', async (req, res, _p, ctx) => {
    const parsed = createWorkshopBody.safeParse(await readJson(req, 64 * 1024));
    if (!parsed.success) {
      throw new HttpError(400, 'The workshop could not be created.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const { record, keys } = await ctx.workshops.create(parsed.data);
    const links = workshopLinks(publicOrigin(req, ctx.config.publicUrl), record.id, keys);
    sendJson(res, 201, { id: record.id, title: record.title, keys, links }, { location: `/api/workshops/${record.id}` });
  }),

  route('GET', '/api/demo', async (req, res, _p, ctx) => {
    const demo = ctx.demo;
    if (!demo) throw new HttpError(404, 'This server was started without the demo workshop.');
    sendJson(res, 200, { id: demo.id, title: demo.title, links: workshopLinks(publicOrigin(req, ctx.config.publicUrl), demo.id, demo.keys) });
  }),

  route('GET', '/api/workshops/:id/map', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ANY_ROLE);
    const doc = await ctx.sync.getRoomDoc(id);
    sendJson(res, 200, toMapDocument(readMap(doc).map));
  }),

  route('GET', '/api/workshops/:id/scores', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ANY_ROLE);
    // The same pure function every browser runs on its replica: everyone sees the same numbers.
    sendJson(res, 200, await ctx.scores.report(id, await ctx.sync.getRoomDoc(id)));
  }),

  route('GET', '/api/workshops/:id/export', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ANY_ROLE);
    const format = new URL(req.url ?? '/', 'http://local').searchParams.get('format') ?? 'json';
    if (!isExportFormat(format)) {
      throw new HttpError(400, `Unknown export format "${format}".`, { formats: EXPORT_FORMAT_NAMES });
    }
    const doc = await ctx.sync.getRoomDoc(id);
    const map = readMap(doc).map;
    const report = format === 'json' ? undefined : await ctx.scores.report(id, doc);
    const name = exportFileName(map.meta.title, format);
    sendText(res, 200, exportMap(map, format, report), EXPORT_FORMATS[format].contentType, {
      // The ASCII fallback keeps old clients happy; filename* carries a Chinese title intact (RFC 6266).
      'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }),

  route('PUT', '/api/workshops/:id/map', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ['facilitator']);
    const parsed = parseMapDocument(await readJson(req, ctx.config.maxImportBytes));
    if (!parsed.ok) throw new HttpError(422, `The map has ${parsed.issues.length} problem(s); nothing was changed.`, parsed.issues);
    await ctx.sync.applyToRoom(id, (doc) => replaceMap(doc, parsed.map));
    sendJson(res, 200, { ok: true, actors: parsed.map.actors.length, ties: parsed.map.ties.length, stages: parsed.map.stages.length });
  }),
];

/** Handles /api/* requests; returns false for any other path so Next can serve it. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  if (!url.pathname.startsWith('/api/')) return false;
  const matching = routes.filter((r) => r.pattern.test(url.pathname));
  const found = matching.find((r) => r.method === req.method);
  try {
    if (!found) {
      if (matching.length) {
        throw new HttpError(405, `${req.method} is not allowed here.`, { allow: matching.map((r) => r.method) });
      }
      throw new HttpError(404, `No API endpoint at ${url.pathname}.`);
    }
    const match = found.pattern.exec(url.pathname)!;
    const params = Object.fromEntries(found.keys.map((k, i) => [k, decodeURIComponent(match[i + 1])]));
    await found.handler(req, res, params, ctx);
  } catch (err) {
    if (!res.headersSent) sendError(res, err);
    else res.end();
  }
  return true;
}
