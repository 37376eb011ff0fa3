// computeReport: the one function the browser, the worker, the server, the API and the CLI all call.

import { classifyArchetype } from './archetype';
import { brokerageCounts, countsOf } from './brokerage';
import { buildCluster } from './cluster';
import { summariseGvc } from './gvc-summary';
import { governanceIndex, innovationIndex } from './indices';
import { readModel } from './input';
import { knowledgeRoles } from './knowledge-roles';
import { nodeMetrics } from './metrics';
import { recommend } from './recommendations';
import { resolveSettings } from './settings';
import { tripleHelix } from './triple-helix';
import type { ActorReport, EngineReport, EngineWarning } from './types';
import { ACTOR_TYPES } from '../map/types';

/**
 * The full report of a cluster map. Pure and deterministic: the same map gives the same report on every
 * machine, whatever the order of its arrays. Accepts anything: a malformed map yields warnings, not errors.
 */
export function computeReport(map: unknown): EngineReport {
  const warnings: EngineWarning[] = [];
  const model = readModel(map, warnings);
  const settings = resolveSettings(model.weightsOverride, warnings);
  const cluster = buildCluster(model, settings, warnings);
  const gvc = summariseGvc(cluster, warnings);
  const knowledge = knowledgeRoles(cluster);
  const ici = innovationIndex(cluster);
  const gi = governanceIndex(cluster, gvc);

  const byType = new Int32Array(cluster.n);
  const byScope = new Int32Array(cluster.n);
  for (const a of model.actors) {
    byType[a.index] = ACTOR_TYPES.indexOf(a.type);
    byScope[a.index] = cluster.isLocal[a.index];
  }
  const [typeCounts, scopeCounts] = brokerageCounts(cluster.allArcs, [byType, byScope]);

  const actors: Record<string, ActorReport> = {};
  for (const a of model.actors) {
    actors[a.id] = {
      label: a.label,
      type: a.type,
      scope: a.scope,
      stages: a.stages,
      ...nodeMetrics(cluster.measures, a.index),
      role: knowledge.role[a.index],
      brokerage: { type: countsOf(typeCounts, a.index), scope: countsOf(scopeCounts, a.index) },
    };
  }

  return {
    indices: { ici: ici.index, gi: gi.index },
    actors,
    ties: gvc.ties,
    graph: cluster.measures.graph,
    governance: { modeMix: gvc.modeMix, supplyTies: gvc.supplyTies, classified: gvc.classified.length },
    archetype: classifyArchetype(cluster),
    tripleHelix: tripleHelix(cluster),
    recommendations: recommend({ cluster, ici: ici.facts, gi: gi.facts, knowledge, gvc }),
    warnings,
    settings: { ...settings },
  };
}
