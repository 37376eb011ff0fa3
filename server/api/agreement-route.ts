import { agreementOf } from '../../lib/map/agreement';
import { readDiscussion } from '../../lib/map/discussion';
import { elementNames } from '../../lib/map/labels';
import { readMap } from '../../lib/map/ydoc';
import { sendJson } from './http';
import { authorise, route, type Route } from './route-kit';

/**
 * `GET /api/workshops/:id/agreement`: the rules in force and, per actor and tie, its status, decision,
 * reason and tally: lib/map/agreement.ts, the same definition the canvas and the exports use.
 */
export const AGREEMENT_ROUTE: Route = route('GET', '/api/workshops/:id/agreement', async (req, res, { id }, ctx) => {
  await authorise(req, ctx, id);
  const doc = await ctx.sync.getRoomDoc(id);
  const map = readMap(doc).map;
  const agreement = agreementOf(map, readDiscussion(doc));
  const labels = elementNames(map);
  const elements = Object.fromEntries(
    agreement.elements.map((e) => [
      e.id,
      { kind: e.kind, label: labels.get(e.id) ?? e.id, status: e.status, decision: e.decision?.value ?? null, reason: e.decision?.reason ?? null, tally: e.tally },
    ]),
  );
  sendJson(res, 200, { rules: agreement.rules, settled: agreement.settled, total: agreement.total, counts: agreement.counts, elements });
});
