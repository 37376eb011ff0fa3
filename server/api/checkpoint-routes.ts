import { z } from 'zod';
import { toMapDocument } from '../../lib/map/interchange';
import { checkpointNameProblem } from '../checkpoints/checkpoint-service';
import { HttpError, readJson, sendJson } from './http';
import { authorise, authoriseFor, callerOf, route, type Route } from './route-kit';

// Checkpoints over HTTP (docs/architecture.md "Checkpoints"): everyone with a key may list and open them;
// saving one and restoring one are the facilitator's (permissions `checkpoint` and `restore`).

const saveBody = z.object({
  name: z.string(),
  /** `agreed` is "Finish agreement"; anything else the API saves is a manual checkpoint. */
  kind: z.enum(['manual', 'agreed']).optional(),
});

async function found<T>(value: Promise<T | null>, id: string, cid: string): Promise<T> {
  const result = await value;
  if (!result) throw new HttpError(404, `Workshop "${id}" has no checkpoint "${cid}".`);
  return result;
}

export const CHECKPOINT_ROUTES: Route[] = [
  route('GET', '/api/workshops/:id/checkpoints', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id);
    sendJson(res, 200, { checkpoints: await ctx.checkpoints.list(id) });
  }),

  route('POST', '/api/workshops/:id/checkpoints', async (req, res, { id }, ctx) => {
    const role = await authoriseFor(req, ctx, id, 'checkpoint');
    const parsed = saveBody.safeParse(await readJson(req, 16 * 1024));
    if (!parsed.success) throw new HttpError(400, 'Send {"name": "…"} to save a checkpoint.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const problem = checkpointNameProblem(parsed.data.name);
    if (problem) throw new HttpError(400, problem, [{ path: 'name', message: problem }]);
    const saved = await ctx.checkpoints.save(id, { name: parsed.data.name, kind: parsed.data.kind ?? 'manual', createdBy: await callerOf(req, ctx, id, role) });
    sendJson(res, 201, saved, { location: `/api/workshops/${id}/checkpoints/${saved.id}` });
  }),

  route('GET', '/api/workshops/:id/checkpoints/:cid', async (req, res, { id, cid }, ctx) => {
    await authorise(req, ctx, id);
    const { info, map, discussion } = await found(ctx.checkpoints.open(id, cid), id, cid);
    sendJson(res, 200, { checkpoint: info, map: toMapDocument(map), discussion });
  }),

  route('GET', '/api/workshops/:id/checkpoints/:cid/map', async (req, res, { id, cid }, ctx) => {
    await authorise(req, ctx, id);
    const { map } = await found(ctx.checkpoints.open(id, cid), id, cid);
    sendJson(res, 200, toMapDocument(map));
  }),

  route('POST', '/api/workshops/:id/checkpoints/:cid/restore', async (req, res, { id, cid }, ctx) => {
    const role = await authoriseFor(req, ctx, id, 'restore');
    const result = await found(ctx.checkpoints.restore(id, cid, await callerOf(req, ctx, id, role)), id, cid);
    sendJson(res, 200, result);
  }),
];
