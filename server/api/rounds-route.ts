import { readRounds } from '../../lib/map/rounds';
import { sendJson } from './http';
import { authorise, route, type Route } from './route-kit';

/**
 * `GET /api/workshops/:id/rounds` with any key (docs/protocol.md P18): the open secret round with how many
 * people voted on each element (`counts`, never who voted what), and every closed round with its tallies.
 */
export const ROUNDS_ROUTE: Route = route('GET', '/api/workshops/:id/rounds', async (req, res, { id }, ctx) => {
  await authorise(req, ctx, id);
  const open = await ctx.sync.openRound(id);
  const closed = readRounds(await ctx.sync.getRoomDoc(id)).filter((r) => r.closedAt !== undefined);
  sendJson(res, 200, { open, closed });
});
