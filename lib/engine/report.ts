// computeReport: the one function the browser, the worker, the server, the API and the CLI all call.

import { classifyArchetype } from './archetype';
import { brokerageCounts, countsOf } from './brokerage';
import { buildClusterBase, clusterGraphs, localNeedsOwnPaths, withPaths, type ClusterBase, type ClusterGraphs, type ClusterPaths } from './cluster';
import { summariseGvc, type GvcSummary } from './gvc-summary';
import { governanceIndex } from './governance-index';
import { innovationIndex } from './innovation-index';
import { readModel, type Model } from './input';
import { knowledgeRoles, type KnowledgeProfile } from './knowledge-roles';
import { nodeMetrics } from './metrics';
import { recommend } from './recommendations';
import { mergeSweeps, type CoreSweeps } from './measures/sweeps';
import { foldLeaves, runSweepJob, sweepSlices, unfoldSweeps, type SweepJob } from './measures/paths';
import { resolveSettings, type EngineSettings } from './settings';
import { tripleHelix } from './triple-helix';
import type { ActorReport, ArchetypeReport, EngineReport, EngineWarning, TripleHelixReport } from './types';
import { ACTOR_TYPES } from '../map/types';

/**
 * The full report of a cluster map. Pure and deterministic: the same map gives the same report on every
 * machine, whatever the order of its arrays. Accepts anything: a malformed map yields warnings, not errors.
 */
export function computeReport(map: unknown): EngineReport {
  const plan = planReport(map);
  return plan.complete(plan.jobs.map(runSweepJob));
}

/**
 * A report cut at its one costly step. `jobs` are the slices of the exact shortest-path sweeps over G and
 * G_L (Brandes: ~80% of the work on a large map); they are independent plain data, so they may run on other
 * threads, in any order. `prepare` does the part of the report that needs no sweep results (worth running
 * while the jobs run elsewhere; `complete` runs it if nobody did), and `complete` builds the report from the
 * jobs' results, given in job order. However the jobs are spread, the result is bit for bit that of
 * computeReport: the slices are fixed by the graphs alone and their sums are added in one order.
 */
export interface ReportPlan {
  readonly jobs: readonly SweepJob[];
  prepare(): void;
  complete(results: readonly CoreSweeps[]): EngineReport;
}

export function planReport(map: unknown): ReportPlan {
  const planWarnings: EngineWarning[] = [];
  const model = readModel(map, planWarnings);
  const settings = resolveSettings(model.weightsOverride, planWarnings);
  const graphs = clusterGraphs(model);
  const folded = [foldLeaves(graphs.all)];
  if (localNeedsOwnPaths(graphs)) folded.push(foldLeaves(graphs.localGraph));
  const slices = folded.map(sweepSlices);
  const jobs = folded.flatMap((f, i) => slices[i].map((slice) => ({ core: f.core, mult: f.mult, slice })));
  let prepared: PreparedReport | null = null;
  const prepare = () => (prepared ??= prepareReport(model, settings, planWarnings, graphs));
  return {
    jobs,
    prepare,
    complete(results) {
      if (results.length !== jobs.length) throw new Error(`expected ${jobs.length} sweep results, got ${results.length}`);
      let next = 0;
      const [all, local = null] = folded.map((f, i) => {
        const merged = mergeSweeps(results.slice(next, next + slices[i].length));
        next += slices[i].length;
        return unfoldSweeps(f, merged);
      });
      return completeReport(prepare(), { all, local });
    },
  };
}

/** Everything in the report that does not read betweenness or closeness (the type checker sees to it). */
interface PreparedReport {
  base: ClusterBase;
  warnings: readonly EngineWarning[];
  gvc: GvcSummary;
  knowledge: KnowledgeProfile;
  ici: ReturnType<typeof innovationIndex>;
  /** Gould–Fernandez role counts per actor, partitioned by actor type and by scope (see brokerageCounts). */
  typeCounts: Int32Array;
  scopeCounts: Int32Array;
  archetype: ArchetypeReport;
  tripleHelix: TripleHelixReport;
}

function prepareReport(model: Model, settings: EngineSettings, planWarnings: EngineWarning[], graphs: ClusterGraphs): PreparedReport {
  const warnings = [...planWarnings];
  const base = buildClusterBase(model, settings, warnings, graphs);
  const gvc = summariseGvc(base, warnings);
  const byType = new Int32Array(base.n);
  const byScope = new Int32Array(base.n);
  for (const a of model.actors) {
    byType[a.index] = ACTOR_TYPES.indexOf(a.type);
    byScope[a.index] = base.isLocal[a.index];
  }
  const [typeCounts, scopeCounts] = brokerageCounts(base.allArcs, [byType, byScope]);
  return {
    base,
    warnings,
    gvc,
    knowledge: knowledgeRoles(base),
    ici: innovationIndex(base),
    typeCounts,
    scopeCounts,
    archetype: classifyArchetype(base),
    tripleHelix: tripleHelix(base),
  };
}

function completeReport(prepared: PreparedReport, paths: ClusterPaths): EngineReport {
  const { base, gvc, knowledge, ici, typeCounts, scopeCounts } = prepared;
  const cluster = withPaths(base, paths);
  const gi = governanceIndex(cluster, gvc);
  const actors: Record<string, ActorReport> = {};
  for (const a of base.model.actors) {
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
    archetype: prepared.archetype,
    tripleHelix: prepared.tripleHelix,
    recommendations: recommend({ cluster, ici: ici.facts, gi: gi.facts, knowledge, gvc }),
    warnings: [...prepared.warnings],
    settings: { ...base.settings },
  };
}
