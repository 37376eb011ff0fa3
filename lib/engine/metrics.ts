// The network measures of docs/engine.md §4 on the undirected simple graph of all ties, in NetworkX's
// conventions, shared by the report and by `clustercanvas metrics`.

import { buildGraph, type Graph } from './graph';
import { readModel, type Model } from './input';
import { betweennessCentralization, closenessCentralization, degreeCentralization } from './measures/centralization';
import { components } from './measures/components';
import { coreNumbers } from './measures/cores';
import { eigenvector } from './measures/eigenvector';
import { pathMeasures, type PathMeasures } from './measures/paths';
import { triangleMeasures } from './measures/triangles';
import { msg } from './messages';
import { resolveSettings, type EngineSettings } from './settings';
import type { EngineWarning, GraphMetrics, Metrics, NodeMetrics } from './types';

export interface GraphMeasures {
  graph: GraphMetrics;
  degree: Int32Array;
  degreeCentrality: Float64Array;
  betweenness: Float64Array;
  betweennessRaw: Float64Array;
  closeness: Float64Array;
  eigenvector: Float64Array;
  clustering: Float64Array;
  constraint: Float64Array;
  effectiveSize: Float64Array;
  coreNumber: Int32Array;
}

/** The simple graph of every tie (any kind, direction ignored) over all actors. */
export function allTiesGraph(model: Model): Graph {
  const edges = new Int32Array(model.ties.length * 2);
  model.ties.forEach((t, e) => {
    edges[2 * e] = t.source;
    edges[2 * e + 1] = t.target;
  });
  return buildGraph(model.actors.length, edges);
}

/** The measures of G that need no shortest paths: everything but betweenness and closeness. */
export interface StructuralMeasures extends Omit<GraphMeasures, 'graph' | 'betweenness' | 'betweennessRaw' | 'closeness'> {
  graph: Omit<GraphMetrics, 'betweennessCentralization' | 'closenessCentralization'>;
}

export function graphMeasures(
  g: Graph,
  settings: EngineSettings,
  warnings: EngineWarning[],
  paths: PathMeasures = pathMeasures(g),
): GraphMeasures {
  return withPathMeasures(structuralMeasures(g, settings, warnings), paths);
}

export function structuralMeasures(g: Graph, settings: EngineSettings, warnings: EngineWarning[]): StructuralMeasures {
  const n = g.n;
  const degree = new Int32Array(n);
  const degreeCentrality = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    degree[v] = g.offsets[v + 1] - g.offsets[v];
    // NetworkX gives the single node of a one-node graph centrality 1.
    degreeCentrality[v] = n > 1 ? degree[v] / (n - 1) : 1;
  }
  const eig = eigenvector(g, settings.eigenvectorTolerance, Math.max(1, Math.floor(settings.eigenvectorMaxIterations)));
  if (!eig.converged)
    warnings.push({
      code: 'eigenvector_not_converged',
      message: `eigenvector centrality did not converge in ${eig.iterations} iterations; the last iterate is shown`,
      elements: [],
      i18n: msg('warning.eigenvector_not_converged', { iterations: eig.iterations }),
    });
  const tri = triangleMeasures(g);
  const comps = components(g);
  return {
    graph: {
      n,
      m: g.m,
      density: n > 1 ? (2 * g.m) / (n * (n - 1)) : 0,
      transitivity: tri.transitivity,
      averageClustering: tri.averageClustering,
      components: comps.count,
      degreeCentralization: degreeCentralization(degreeCentrality),
    },
    degree,
    degreeCentrality,
    eigenvector: eig.values,
    clustering: tri.clustering,
    constraint: tri.constraint,
    effectiveSize: tri.effectiveSize,
    coreNumber: coreNumbers(g),
  };
}

export function withPathMeasures(structural: StructuralMeasures, paths: PathMeasures): GraphMeasures {
  return {
    ...structural,
    graph: {
      ...structural.graph,
      betweennessCentralization: betweennessCentralization(paths.betweenness),
      closenessCentralization: closenessCentralization(paths.closeness),
    },
    betweenness: paths.betweenness,
    betweennessRaw: paths.betweennessRaw,
    closeness: paths.closeness,
  };
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function nodeMetrics(m: GraphMeasures, v: number): NodeMetrics {
  return {
    degree: m.degree[v],
    degreeCentrality: m.degreeCentrality[v],
    betweenness: m.betweenness[v],
    betweennessRaw: m.betweennessRaw[v],
    closeness: m.closeness[v],
    eigenvector: m.eigenvector[v],
    clustering: m.clustering[v],
    constraint: orNull(m.constraint[v]),
    effectiveSize: orNull(m.effectiveSize[v]),
    coreNumber: m.coreNumber[v],
  };
}

/**
 * `{graph, nodes}` with the measure names of the reference networks, on the undirected simple graph of all
 * ties (self-loops and duplicate ties ignored). Never throws on a malformed map.
 */
export function computeMetrics(map: unknown): Metrics & { warnings: EngineWarning[] } {
  const warnings: EngineWarning[] = [];
  const model = readModel(map, warnings);
  const settings = resolveSettings(model.weightsOverride, warnings);
  const measures = graphMeasures(allTiesGraph(model), settings, warnings);
  const nodes: Record<string, NodeMetrics> = {};
  for (const actor of model.actors) nodes[actor.id] = nodeMetrics(measures, actor.index);
  return { graph: measures.graph, nodes, warnings };
}
