// The engine's network measures against NetworkX, computed by a Python subprocess (skipped without
// python3 and networkx). The edge cases without an oracle are in tests/unit/engine/measures.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/engine/generate';
import { computeMetrics } from '../../../lib/engine';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasNetworkx)('cross-check with NetworkX on generated maps', () => {
  for (const [size, seed] of [
    [80, 3],
    [150, 11],
  ]) {
    it(`${size} actors, seed ${seed}, with isolates`, () => {
      const map = generateMap(size, seed, 2);
      map.actors.push({ id: 'zz_isolate', label: 'alone', type: 'firm', scope: 'local', stages: [] });
      const got = computeMetrics(map);
      const script = `
import json, sys, networkx as nx
d = json.load(sys.stdin)
G = nx.Graph(); G.add_nodes_from(d['nodes'])
G.add_edges_from((a, b) for a, b in d['edges'] if a != b)
bc = nx.betweenness_centrality(G); raw = nx.betweenness_centrality(G, normalized=False)
out = {v: {'degree': G.degree(v), 'degreeCentrality': c} for v, c in nx.degree_centrality(G).items()}
for name, vals in [('betweenness', bc), ('betweennessRaw', raw), ('closeness', nx.closeness_centrality(G)),
                   ('eigenvector', nx.eigenvector_centrality(G, max_iter=100000, tol=1e-12)), ('clustering', nx.clustering(G)),
                   ('constraint', nx.constraint(G)), ('effectiveSize', nx.effective_size(G)), ('coreNumber', nx.core_number(G))]:
    for v, x in vals.items(): out[v][name] = None if x != x else x
print(json.dumps({'nodes': out, 'graph': {'transitivity': nx.transitivity(G), 'averageClustering': nx.average_clustering(G),
  'density': nx.density(G), 'components': nx.number_connected_components(G), 'm': G.number_of_edges()}}))`;
      const input = JSON.stringify({ nodes: map.actors.map((a) => a.id), edges: map.ties.map((t) => [t.source, t.target]) });
      const expected = JSON.parse(execFileSync('python3', ['-c', script], { input, encoding: 'utf8' }));
      for (const [k, v] of Object.entries(expected.graph as Record<string, number>))
        expect(Math.abs((got.graph as unknown as Record<string, number>)[k] - v), k).toBeLessThan(1e-9);
      for (const [id, measures] of Object.entries(expected.nodes as Record<string, Record<string, number | null>>))
        for (const [k, v] of Object.entries(measures)) {
          const actual = (got.nodes[id] as unknown as Record<string, number | null>)[k];
          if (v === null) expect(actual, `${id} ${k}`).toBeNull();
          else expect(Math.abs((actual as number) - v), `${id} ${k}`).toBeLessThan(k === 'eigenvector' ? 1e-7 : 1e-9);
        }
    }, 60_000); // a Python subprocess on a busy 2-core machine
  }
});
