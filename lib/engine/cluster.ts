// The facts about the cluster that several classifiers, indices and recommendations read: who is local,
// the local networks G_L and K_L, the directed views for brokerage, the external ties. Computed once.

import type { ActorType } from '../map/types';
import { buildDigraph, buildGraph, type Digraph, type Graph } from './graph';
import type { Model, ModelTie } from './input';
import { allTiesGraph, structuralMeasures, withPathMeasures, type GraphMeasures, type StructuralMeasures } from './metrics';
import type { PathMeasures } from './measures/paths';
import type { EngineSettings } from './settings';
import type { EngineWarning } from './types';

export const KO_TYPES: readonly ActorType[] = ['university', 'research'];
export const INSTITUTION_TYPES: readonly ActorType[] = ['government', 'finance', 'intermediary', 'association'];

/** What the cluster's classifiers read, but betweenness and closeness (see Cluster). */
export interface ClusterBase {
  model: Model;
  settings: EngineSettings;
  n: number;
  isLocal: Uint8Array;
  /** Local actors, local firms and local knowledge organisations (universities + research), ascending. */
  local: number[];
  firms: number[];
  ko: number[];
  /** All ties, as the undirected simple graph, with its measures. */
  all: Graph;
  measures: StructuralMeasures;
  /** Global index → index in the local graphs, −1 for external actors. */
  localIndex: Int32Array;
  /** G_L: every tie among local actors (pairs), on local indices. */
  localGraph: Graph;
  /** K_L: knowledge ties among local actors (pairs), on local indices. */
  localKnowledge: Graph;
  /** Every tie, directed ties in their direction and undirected ones both ways. */
  allArcs: Digraph;
  /** Knowledge ties only, same convention. */
  knowledgeArcs: Digraph;
  /** Distinct external partners of each actor, over all ties. */
  externalDegree: Int32Array;
  /** Local–external pairs (p's numerator) and local–local pairs. */
  externalPairs: number;
  localPairs: number;
  /** p = external ÷ (external + local) pairs; 0 with no ties. */
  externalShare: number;
}

/**
 * The cluster with the shortest-path measures, which cost most of a large report: kept apart from
 * ClusterBase so that the type checker shows which classifiers can run before the sweeps are done.
 */
export interface Cluster extends ClusterBase {
  measures: GraphMeasures;
  localBetweennessRaw: Float64Array;
}

function arcs(ties: ModelTie[]): number[] {
  const list: number[] = [];
  for (const t of ties) {
    list.push(t.source, t.target);
    if (!t.directed) list.push(t.target, t.source);
  }
  return list;
}

/** The graphs the cluster's measures run on, built once from the model. */
export interface ClusterGraphs {
  isLocal: Uint8Array;
  local: number[];
  firms: number[];
  ko: number[];
  localIndex: Int32Array;
  all: Graph;
  localGraph: Graph;
  localKnowledge: Graph;
}

export function clusterGraphs(model: Model): ClusterGraphs {
  const n = model.actors.length;
  const isLocal = new Uint8Array(n);
  const local: number[] = [];
  const firms: number[] = [];
  const ko: number[] = [];
  const localIndex = new Int32Array(n).fill(-1);
  for (const a of model.actors) {
    if (a.scope !== 'local') continue;
    isLocal[a.index] = 1;
    localIndex[a.index] = local.length;
    local.push(a.index);
    if (a.type === 'firm') firms.push(a.index);
    if (KO_TYPES.includes(a.type)) ko.push(a.index);
  }
  const localEdges: number[] = [];
  const knowledgeEdges: number[] = [];
  for (const t of model.ties) {
    if (!isLocal[t.source] || !isLocal[t.target]) continue;
    localEdges.push(localIndex[t.source], localIndex[t.target]);
    if (t.kind === 'knowledge') knowledgeEdges.push(localIndex[t.source], localIndex[t.target]);
  }
  return {
    isLocal,
    local,
    firms,
    ko,
    localIndex,
    all: allTiesGraph(model),
    localGraph: buildGraph(local.length, localEdges),
    localKnowledge: buildGraph(local.length, knowledgeEdges),
  };
}

/**
 * Whether G_L needs shortest-path sweeps of its own. When no external actor has a tie, G_L is the graph of
 * all ties minus isolates, which lie on no path and end none that matter: the sweeps over G hold the answer.
 */
export const localNeedsOwnPaths = (graphs: ClusterGraphs) => graphs.localGraph.m !== graphs.all.m;

/** Betweenness and closeness on G, and on G_L when it needs its own (see localNeedsOwnPaths). */
export interface ClusterPaths {
  all: PathMeasures;
  local: PathMeasures | null;
}

export function buildClusterBase(
  model: Model,
  settings: EngineSettings,
  warnings: EngineWarning[],
  graphs: ClusterGraphs,
): ClusterBase {
  const n = model.actors.length;
  const { isLocal, all, localGraph } = graphs;
  const measures = structuralMeasures(all, settings, warnings);
  const externalDegree = new Int32Array(n);
  let externalPairs = 0;
  for (let u = 0; u < n; u++) {
    for (let p = all.offsets[u]; p < all.offsets[u + 1]; p++) {
      const v = all.adj[p];
      if (!isLocal[v]) externalDegree[u]++;
      if (u < v && isLocal[u] !== isLocal[v]) externalPairs++;
    }
  }
  const localPairs = localGraph.m;
  return {
    model,
    settings,
    n,
    ...graphs,
    measures,
    allArcs: buildDigraph(n, arcs(model.ties)),
    knowledgeArcs: buildDigraph(n, arcs(model.ties.filter((t) => t.kind === 'knowledge'))),
    externalDegree,
    externalPairs,
    localPairs,
    externalShare: externalPairs + localPairs > 0 ? externalPairs / (externalPairs + localPairs) : 0,
  };
}

export function withPaths(base: ClusterBase, paths: ClusterPaths): Cluster {
  return {
    ...base,
    measures: withPathMeasures(base.measures, paths.all),
    localBetweennessRaw: paths.local?.betweennessRaw ?? Float64Array.from(base.local, (v) => paths.all.betweennessRaw[v]),
  };
}

export const idsOf = (c: ClusterBase, nodes: Iterable<number>) => [...nodes].map((v) => c.model.actors[v].id);
export const typeOf = (c: ClusterBase, v: number) => c.model.actors[v].type;

/** Local actors adjacent (any tie) to at least one actor satisfying `pred`. */
export function tiedTo(c: ClusterBase, from: number[], pred: (v: number) => boolean): number[] {
  return from.filter((u) => {
    for (let p = c.all.offsets[u]; p < c.all.offsets[u + 1]; p++) if (pred(c.all.adj[p])) return true;
    return false;
  });
}

/** Ids of the ties (measured ties, ascending id) whose ends satisfy `pred` in either orientation. */
export function tiesBetween(c: ClusterBase, pred: (a: number, b: number, t: ModelTie) => boolean): string[] {
  return c.model.ties.filter((t) => pred(t.source, t.target, t) || pred(t.target, t.source, t)).map((t) => t.id);
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
export const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
export const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
