import type * as Y from 'yjs';
import { toMapDocument } from '../../lib/map/interchange';
import { MAP_LIMITS } from '../../lib/map/limits';
import { readMap } from '../../lib/map/ydoc';
import { adoptScenario, applyScenario, createScenario, deleteScenario, parseScenarioBody, readScenario, readScenarios, scenarioDeltas, type Scenario } from '../../lib/scenarios';
import { HttpError, readJson, sendJson } from './http';
import { authorise, authoriseFor, callerOf, route, type Route } from './route-kit';

// What-if scenarios over HTTP (docs/architecture.md "What-if scenarios", docs/protocol.md P19): anyone with
// a key reads them; whoever may `plan` opens and discards one; adopting is the facilitator's (`adopt`).
// Writes go into the room as the server's own changes, like a checkpoint restore (P5), so every browser
// sees them at once; what the socket check would refuse, these routes refuse first.

function found(doc: Y.Doc, id: string, sid: string): Scenario {
  const scenario = readScenario(doc, sid);
  if (!scenario) throw new HttpError(404, `Workshop "${id}" has no scenario "${sid}".`);
  return scenario;
}

/** A scenario as listed: its planned changes, and which of the live elements they refer to are gone. */
function summary(doc: Y.Doc, scenario: Scenario) {
  const { missing, skipped } = applyScenario(readMap(doc).map, scenario);
  return { ...scenario, missing, skipped };
}

function scenarioMaps(doc: Y.Doc, scenario: Scenario) {
  const live = readMap(doc).map;
  const applied = applyScenario(live, scenario);
  return { live, ...applied };
}

export const SCENARIO_ROUTES: Route[] = [
  route('GET', '/api/workshops/:id/scenarios', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id);
    const doc = await ctx.sync.getRoomDoc(id);
    sendJson(res, 200, { scenarios: readScenarios(doc).map((s) => summary(doc, s)) });
  }),

  route('POST', '/api/workshops/:id/scenarios', async (req, res, { id }, ctx) => {
    const role = await authoriseFor(req, ctx, id, 'plan');
    const input = await readJson(req, ctx.config.maxImportBytes);
    const doc = await ctx.sync.getRoomDoc(id);
    const parsed = parseScenarioBody(input, readMap(doc).map);
    if (!parsed.ok) throw new HttpError(400, `The scenario has ${parsed.issues.length} problem(s); nothing was saved.`, parsed.issues);
    if (readScenarios(doc).length >= MAP_LIMITS.scenarios) {
      throw new HttpError(409, `This workshop already holds ${MAP_LIMITS.scenarios} scenarios, its limit; discard one first.`, { limit: MAP_LIMITS.scenarios });
    }
    const by = await callerOf(req, ctx, id, role);
    const { name, actors, ties, removeTies, changeTies } = parsed.body;
    let sid = '';
    await ctx.sync.applyToRoom(
      id,
      (d) => {
        sid = createScenario(d, {
          name,
          createdBy: by,
          at: Date.now(),
          // Planned elements are made by whoever plans them, like live ones (P14).
          actors: actors.map((a) => ({ ...a, createdBy: by })),
          ties: ties.map((t) => ({ ...t, createdBy: by })),
          removeTies,
          changeTies,
        });
      },
      'scenario',
      by,
    );
    sendJson(res, 201, { id: sid }, { location: `/api/workshops/${id}/scenarios/${sid}` });
  }),

  route('GET', '/api/workshops/:id/scenarios/:sid', async (req, res, { id, sid }, ctx) => {
    await authorise(req, ctx, id);
    const doc = await ctx.sync.getRoomDoc(id);
    sendJson(res, 200, summary(doc, found(doc, id, sid)));
  }),

  // The live map with the scenario applied, as a map document (importers and `clustercanvas score` read it
  // as one), with the scenario's id and name and what it refers to that is gone.
  route('GET', '/api/workshops/:id/scenarios/:sid/map', async (req, res, { id, sid }, ctx) => {
    await authorise(req, ctx, id);
    const doc = await ctx.sync.getRoomDoc(id);
    const scenario = found(doc, id, sid);
    const { map, missing, skipped } = scenarioMaps(doc, scenario);
    sendJson(res, 200, { ...toMapDocument(map), scenario: { id: sid, name: scenario.name }, missing, skipped });
  }),

  // Both maps' indices and sub-indicators with the difference, exactly as /scores computes them.
  route('GET', '/api/workshops/:id/scenarios/:sid/scores', async (req, res, { id, sid }, ctx) => {
    await authorise(req, ctx, id);
    const doc = await ctx.sync.getRoomDoc(id);
    const scenario = found(doc, id, sid);
    const { live, map, missing } = scenarioMaps(doc, scenario);
    const [liveReport, scenarioReport] = await Promise.all([ctx.scores.report(id, doc), ctx.scores.reportOfMap(map)]);
    sendJson(res, 200, { scenario: { id: sid, name: scenario.name }, missing, indices: scenarioDeltas({ map: live, report: liveReport }, { map, report: scenarioReport }) });
  }),

  route('POST', '/api/workshops/:id/scenarios/:sid/adopt', async (req, res, { id, sid }, ctx) => {
    const role = await authoriseFor(req, ctx, id, 'adopt');
    const doc = await ctx.sync.getRoomDoc(id);
    found(doc, id, sid);
    const by = await callerOf(req, ctx, id, role);
    let adopted: ReturnType<typeof adoptScenario> = null;
    await ctx.sync.applyToRoom(id, (d) => (adopted = adoptScenario(d, sid, by)), 'adopt', by);
    if (!adopted) throw new HttpError(404, `Workshop "${id}" has no scenario "${sid}".`);
    sendJson(res, 200, { adopted });
  }),

  route('DELETE', '/api/workshops/:id/scenarios/:sid', async (req, res, { id, sid }, ctx) => {
    const role = await authoriseFor(req, ctx, id, 'plan');
    const doc = await ctx.sync.getRoomDoc(id);
    found(doc, id, sid);
    await ctx.sync.applyToRoom(id, (d) => deleteScenario(d, sid), 'discard', await callerOf(req, ctx, id, role));
    sendJson(res, 200, { ok: true });
  }),
];
