import { z } from 'zod';
import { MAP_LIMITS } from '../map/limits';
import { actorSchema, gvcSchema, tieSchema } from '../map/schemas';
import type { ClusterMap, MapIssue } from '../map/types';
import { TIE_KINDS } from '../map/types';

// A scenario as the API takes it (docs/map-format.md "Scenarios"): planned elements in the map format, read
// by the map format's own schemas, and live tie ids. Every problem comes back with its path.

const id = z.string().min(1, 'must not be empty').max(MAP_LIMITS.idLength);

export const tieChangeSchema = z.strictObject({
  id,
  kind: z.enum(TIE_KINDS).optional(),
  directed: z.boolean().optional(),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  tacit: z.boolean().optional(),
  gvc: gvcSchema.optional(),
  notes: z.string().max(MAP_LIMITS.notesLength).optional(),
});

export const scenarioBodySchema = z.object({
  name: z.string().trim().min(1, 'a scenario needs a name').max(MAP_LIMITS.labelLength),
  actors: z.array(actorSchema).max(MAP_LIMITS.scenarioChanges).default([]),
  ties: z.array(tieSchema).max(MAP_LIMITS.scenarioChanges).default([]),
  removeTies: z.array(id).max(MAP_LIMITS.scenarioChanges).default([]),
  changeTies: z.array(tieChangeSchema).max(MAP_LIMITS.scenarioChanges).default([]),
});
export type ScenarioBody = z.infer<typeof scenarioBodySchema>;

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '') || '(body)';

export type ScenarioParse = { ok: true; body: ScenarioBody } | { ok: false; issues: MapIssue[] };

/**
 * Reads a scenario body against the live map: the schemas, then what they cannot see — planned ids unique
 * and not on the live map, planned ties between live or planned actors, planned actors' stages on the map,
 * removals and changes of live ties, at most MAP_LIMITS.scenarioChanges planned changes.
 */
export function parseScenarioBody(input: unknown, live: ClusterMap): ScenarioParse {
  const parsed = scenarioBodySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })) };
  const body = parsed.data;
  const issues: MapIssue[] = [];
  const liveActors = new Set(live.actors.map((a) => a.id));
  const liveTies = new Set(live.ties.map((t) => t.id));
  const stages = new Set(live.stages.map((s) => s.id));
  const total = body.actors.length + body.ties.length + body.removeTies.length + body.changeTies.length;
  if (total > MAP_LIMITS.scenarioChanges) issues.push({ path: '(body)', message: `${total} planned changes, over the limit of ${MAP_LIMITS.scenarioChanges}` });
  const planned = new Set<string>();
  body.actors.forEach((actor, i) => {
    if (liveActors.has(actor.id) || liveTies.has(actor.id)) issues.push({ path: `actors[${i}].id`, message: `"${actor.id}" is on the live map already` });
    else if (planned.has(actor.id)) issues.push({ path: `actors[${i}].id`, message: `duplicate id "${actor.id}"` });
    planned.add(actor.id);
    actor.stages.forEach((stage, j) => {
      if (!stages.has(stage)) issues.push({ path: `actors[${i}].stages[${j}]`, message: `unknown stage "${stage}"` });
    });
  });
  const plannedTies = new Set<string>();
  body.ties.forEach((tie, i) => {
    if (liveTies.has(tie.id) || liveActors.has(tie.id)) issues.push({ path: `ties[${i}].id`, message: `"${tie.id}" is on the live map already` });
    else if (plannedTies.has(tie.id) || planned.has(tie.id)) issues.push({ path: `ties[${i}].id`, message: `duplicate id "${tie.id}"` });
    plannedTies.add(tie.id);
    for (const end of ['source', 'target'] as const) {
      if (!liveActors.has(tie[end]) && !planned.has(tie[end])) issues.push({ path: `ties[${i}].${end}`, message: `unknown actor "${tie[end]}": neither on the live map nor planned` });
    }
  });
  body.removeTies.forEach((tid, i) => {
    if (!liveTies.has(tid)) issues.push({ path: `removeTies[${i}]`, message: `no tie "${tid}" on the live map` });
  });
  body.changeTies.forEach((change, i) => {
    if (!liveTies.has(change.id)) issues.push({ path: `changeTies[${i}].id`, message: `no tie "${change.id}" on the live map` });
    if (Object.keys(change).length === 1) issues.push({ path: `changeTies[${i}]`, message: 'names no field to change' });
  });
  return issues.length ? { ok: false, issues } : { ok: true, body };
}
