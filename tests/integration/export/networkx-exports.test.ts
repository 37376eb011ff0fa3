// Graph exports read back by an independent reader, NetworkX in a Python subprocess (skipped without python3
// and networkx). The exports' own tests, in-process, are in tests/unit/export/exports.test.ts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { toGexf } from '../../../lib/export/gexf';
import { toGraphml } from '../../../lib/export/graphml';
import { templateMap } from '../../../lib/map/templates';
import { trickyMap } from '../../unit/export/fixtures';

const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

/** Reads an export with NetworkX: an independent reader that fails loudly on malformed files. */
function readWithNetworkx(kind: 'graphml' | 'gexf', text: string) {
  const script = `
import sys, json, networkx as nx, io
data = sys.stdin.buffer.read()
g = nx.read_graphml(io.BytesIO(data)) if sys.argv[1] == 'graphml' else nx.read_gexf(io.BytesIO(data), version='1.3')
print(json.dumps({'directed': g.is_directed(), 'nodes': {n: d for n, d in g.nodes(data=True)}, 'edges': g.number_of_edges(), 'graph': g.graph}, default=str))
`;
  const run = spawnSync('python3', ['-c', script, kind], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe.skipIf(!python)('graph exports read back with NetworkX', () => {
  it('GraphML keeps every actor, tie and attribute, escaping what XML cannot hold raw', () => {
    const map = trickyMap();
    const read = readWithNetworkx('graphml', toGraphml(map, computeReport(map)));
    expect(Object.keys(read.nodes).sort()).toEqual(map.actors.map((a) => a.id).sort());
    expect(read.edges).toBe(map.ties.length);
    expect(read.nodes.firm1).toMatchObject({ label: 'Fibre, "Cable" & <Co>\nLtd', type: 'firm', degree: 2 });
    expect(read.nodes.uni.label).toBe('华中科技大学');
    expect(read.graph.title).toBe('Sample cluster');
  }, 60_000); // a Python subprocess on a busy 2-core machine

  it('GEXF opens with attributes, for a whole real map', () => {
    const map = templateMap('optics-valley');
    map.ties = map.ties.map((t) => ({ ...t, directed: false }));
    const read = readWithNetworkx('gexf', toGexf(map, computeReport(map)));
    expect(Object.keys(read.nodes)).toHaveLength(map.actors.length);
    expect(read.directed).toBe(false);
    const hust = map.actors.find((a) => a.type === 'university')!;
    expect(read.nodes[hust.id]).toMatchObject({ label: hust.label, type: 'university', scope: hust.scope });
    expect(read.nodes[hust.id].viz.color).toMatchObject({ r: 230, g: 159, b: 0 });
  }, 60_000);
});
