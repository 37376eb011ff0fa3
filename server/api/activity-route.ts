import { MAP_LIMITS } from '../../lib/map/limits';
import { HttpError, sendJson } from './http';
import { authorise, route, type Route } from './route-kit';

// The activity feed over HTTP (docs/architecture.md "Activity"): anyone with a key of the workshop may read
// it, newest first, a page at a time. New entries also reach every open socket as they happen (P15).

const DEFAULT_PAGE = 50;

/** A whole number ≥ `min` from the query, or the default; anything else is the caller's mistake. */
function wholeNumber(params: URLSearchParams, name: string, min: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new HttpError(400, `"${name}" must be a whole number of at least ${min}.`, [{ path: name, message: `got ${JSON.stringify(raw)}` }]);
  return value;
}

export const ACTIVITY_ROUTE: Route = route('GET', '/api/workshops/:id/activity', async (req, res, { id }, ctx) => {
  await authorise(req, ctx, id);
  const params = new URL(req.url ?? '/', 'http://local').searchParams;
  const before = wholeNumber(params, 'before', 1);
  const limit = Math.min(wholeNumber(params, 'limit', 1) ?? DEFAULT_PAGE, MAP_LIMITS.activityPage);
  // One more than asked says whether there are older entries still.
  const entries = await ctx.sync.listActivity(id, before === undefined ? { limit: limit + 1 } : { before, limit: limit + 1 });
  sendJson(res, 200, { entries: entries.slice(0, limit), more: entries.length > limit });
});
