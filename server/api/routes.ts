import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { parseMapDocument, toMapDocument } from '../../lib/map/interchange';
import { agreedMap } from '../../lib/map/agreement';
import { readDiscussion } from '../../lib/map/discussion';
import { readMap } from '../../lib/map/ydoc';
import type { ApiContext } from './context';
import { exportCost, sendExport } from './export-route';
import { HttpError, publicOrigin, readJson, sendError, sendJson } from './http';
import { ACTIVITY_ROUTE } from './activity-route';
import { AGREEMENT_ROUTE } from './agreement-route';
import { CHECKPOINT_ROUTES } from './checkpoint-routes';
import { COMPARE_ROUTE } from './compare-route';
import { JOIN_ROUTES } from './join-routes';
import { OPERATOR_ROUTES } from './operator-routes';
import { formatJoinCode, type JoinCode } from '../../lib/map/ids';
import { REPORT_ROUTE } from './report-route';
import { SCENARIO_ROUTES } from './scenario-routes';
import { ROUNDS_ROUTE } from './rounds-route';
import { clientAddress } from './guess-limiter';
import { bearerOrNull, keyBucketName, sendRateLimited } from './rate-limiter';
import { ANY_ROLE, authorise, authoriseFor, callerOf, route, type Route } from './route-kit';
import { workshopLinks } from '../workshops/links';
import { TEMPLATE_NAMES } from '../../lib/map/templates';
import { guardApiRequest } from '../security/api-guard';
import { secureApi } from '../security/headers';

const createWorkshopBody = z.object({
  title: z.string().trim().min(1, 'give the workshop a title').max(200),
  cluster: z.string().trim().max(200).optional(),
  template: z.enum(TEMPLATE_NAMES).optional(),
});

const routes: Route[] = [
  route('GET', '/api/health', async (_req, res, _p, ctx) => {
    sendJson(res, 200, { ok: true, uptimeSeconds: Math.round(process.uptime()), rooms: ctx.sync.roomCount(), store: ctx.storeKind });
  }),

  route('POST', '/api/workshops', async (req, res, _p, ctx) => {
    const parsed = createWorkshopBody.safeParse(await readJson(req, 64 * 1024));
    if (!parsed.success) {
      throw new HttpError(400, 'The workshop could not be created.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    // Per client address (docs/operations.md §4): spent only by a request that would create one.
    const waitMs = ctx.limits.workshopCreations.take(clientAddress(req, ctx.config.trustProxy));
    if (waitMs > 0) {
      sendRateLimited(res, waitMs, (s) => `Too many new workshops from this network; try again in ${s} s.`);
      return;
    }
    const { record, keys, code } = await ctx.workshops.create(parsed.data);
    const links = workshopLinks(publicOrigin(req, ctx.config.publicUrl), record.id, keys);
    sendJson(res, 201, { id: record.id, title: record.title, keys, links, code: formatJoinCode(code as JoinCode) }, { location: `/api/workshops/${record.id}` });
  }),

  // The shared demo is watch-and-try: its participant and observer links only, never the facilitator's
  // (the operator has that from `clustercanvas demo-link`; docs/operations.md §8).
  route('GET', '/api/demo', async (req, res, _p, ctx) => {
    const demo = ctx.demo;
    if (!demo) throw new HttpError(404, 'This server was started without the demo workshop.');
    const { participant, observer } = workshopLinks(publicOrigin(req, ctx.config.publicUrl), demo.id, demo.keys);
    sendJson(res, 200, { id: demo.id, title: demo.title, template: 'optics-valley', links: { participant, observer } });
  }),

  route('GET', '/api/workshops/:id/map', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ANY_ROLE);
    const doc = await ctx.sync.getRoomDoc(id);
    const map = readMap(doc).map;
    // ?agreed=1: the agreed map only (lib/map/agreement.ts), the same the canvas filter shows.
    const agreed = new URL(req.url ?? '/', 'http://local').searchParams.get('agreed') === '1';
    sendJson(res, 200, toMapDocument(agreed ? agreedMap(map, readDiscussion(doc)) : map));
  }),

  route('GET', '/api/workshops/:id/scores', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ANY_ROLE);
    // The same pure function every browser runs on its replica: everyone sees the same numbers.
    sendJson(res, 200, await ctx.scores.report(id, await ctx.sync.getRoomDoc(id)));
  }),

  route(
    'GET',
    '/api/workshops/:id/export',
    async (req, res, { id }, ctx) => {
      await authorise(req, ctx, id, ANY_ROLE);
      await sendExport(req, res, id, ctx);
    },
    { cost: exportCost },
  ),

  route('PUT', '/api/workshops/:id/map', async (req, res, { id }, ctx) => {
    const role = await authoriseFor(req, ctx, id, 'restore');
    const parsed = parseMapDocument(await readJson(req, ctx.config.maxImportBytes));
    if (!parsed.ok) throw new HttpError(422, `The map has ${parsed.issues.length} problem(s); nothing was changed.`, parsed.issues);
    // Saved first, so an import over the wrong workshop can be taken back by restoring it.
    const before = await ctx.checkpoints.importMap(id, parsed.map, await callerOf(req, ctx, id, role));
    sendJson(res, 200, { ok: true, actors: parsed.map.actors.length, ties: parsed.map.ties.length, stages: parsed.map.stages.length, checkpoint: before });
  }),

  AGREEMENT_ROUTE,
  ACTIVITY_ROUTE,
  REPORT_ROUTE,
  COMPARE_ROUTE,
  ROUNDS_ROUTE,
  ...JOIN_ROUTES,
  ...OPERATOR_ROUTES,
  ...CHECKPOINT_ROUTES,
  ...SCENARIO_ROUTES,
];

/** Handles /api/* requests; returns false for any other path so Next can serve it. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  if (!url.pathname.startsWith('/api/')) return false;
  secureApi(res);
  const matching = routes.filter((r) => r.pattern.test(url.pathname));
  const found = matching.find((r) => r.method === req.method);
  try {
    guardApiRequest(req, ctx.config);
    if (!found) {
      if (matching.length) {
        throw new HttpError(405, `${req.method} is not allowed here.`, { allow: matching.map((r) => r.method) });
      }
      throw new HttpError(404, `No API endpoint at ${url.pathname}.`);
    }
    // Calls per key, before the key is even looked up (docs/protocol.md P9). The operator's routes take no
    // workshop key: their token opens them only from this machine (server/api/operator-routes.ts).
    const key = url.pathname.startsWith('/api/operator/') ? null : bearerOrNull(req);
    const waitMs = key ? ctx.limits.apiCalls.take(keyBucketName(key), found.cost?.(url, ctx.config) ?? 1) : 0;
    if (waitMs > 0) {
      sendRateLimited(res, waitMs, (s) => `Too many requests with this key; try again in ${s} s.`);
      return true;
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
