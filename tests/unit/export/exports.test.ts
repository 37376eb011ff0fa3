import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { EXPORT_FORMAT_NAMES, exportFileName, exportMap } from '../../../lib/export/formats';
import { actorsCsv, tiesCsv } from '../../../lib/export/csv';
import { toGexf } from '../../../lib/export/gexf';
import { toGraphml } from '../../../lib/export/graphml';
import { templateMap } from '../../../lib/map/templates';
import type { ClusterMap } from '../../../lib/map/types';
import { sampleMap } from '../map/fixtures';

/** RFC 4180 reader, written for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function trickyMap(): ClusterMap {
  const map = sampleMap();
  map.actors[0].label = 'Fibre, "Cable" & <Co>\nLtd';
  map.actors[0].notes = '=HYPERLINK("http://evil")';
  return map;
}

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

describe('CSV exports', () => {
  it('write one row per actor with measures, quoting what needs quoting, readable by Excel (BOM)', () => {
    const map = trickyMap();
    const csv = actorsCsv(map, computeReport(map));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0];
    expect(header.slice(0, 3)).toEqual(['id', 'label', 'type']);
    expect(rows).toHaveLength(map.actors.length + 1);
    const firm = rows.find((r) => r[0] === 'firm1')!;
    expect(firm[header.indexOf('label')]).toBe('Fibre, "Cable" & <Co>\nLtd');
    expect(firm[header.indexOf('notes')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(Number(firm[header.indexOf('degree')])).toBe(2);
    const uni = rows.find((r) => r[0] === 'uni')!;
    expect(uni[header.indexOf('label')]).toBe('华中科技大学');
    expect(uni[header.indexOf('knowledge_role')]).not.toBe('');
  });

  it('write one row per tie with both ends named, and governance from the report', () => {
    const map = sampleMap();
    const rows = parseCsv(tiesCsv(map, computeReport(map)).slice(1));
    const header = rows[0];
    const supply = rows.find((r) => r[0] === 't2')!;
    expect(supply[header.indexOf('source_label')]).toBe('Fibre maker');
    expect(supply[header.indexOf('governance')]).toBe('relational');
    expect(supply[header.indexOf('directed')]).toBe('true');
  });

  it('leave measure columns empty without a report', () => {
    const rows = parseCsv(actorsCsv(sampleMap()).slice(1));
    expect(rows[1][rows[0].indexOf('betweenness')]).toBe('');
  });
});

describe.skipIf(!python)('graph exports read back with NetworkX', () => {
  it('GraphML keeps every actor, tie and attribute, escaping what XML cannot hold raw', () => {
    const map = trickyMap();
    const read = readWithNetworkx('graphml', toGraphml(map, computeReport(map)));
    expect(Object.keys(read.nodes).sort()).toEqual(map.actors.map((a) => a.id).sort());
    expect(read.edges).toBe(map.ties.length);
    expect(read.nodes.firm1).toMatchObject({ label: 'Fibre, "Cable" & <Co>\nLtd', type: 'firm', degree: 2 });
    expect(read.nodes.uni.label).toBe('华中科技大学');
    expect(read.graph.title).toBe('Sample cluster');
  });

  it('GEXF opens with attributes, for a whole real map', () => {
    const map = templateMap('optics-valley');
    map.ties = map.ties.map((t) => ({ ...t, directed: false }));
    const read = readWithNetworkx('gexf', toGexf(map, computeReport(map)));
    expect(Object.keys(read.nodes)).toHaveLength(map.actors.length);
    expect(read.directed).toBe(false);
    const hust = map.actors.find((a) => a.type === 'university')!;
    expect(read.nodes[hust.id]).toMatchObject({ label: hust.label, type: 'university', scope: hust.scope });
    expect(read.nodes[hust.id].viz.color).toMatchObject({ r: 230, g: 159, b: 0 });
  });
});

describe('GEXF for Gephi', () => {
  it('takes the direction all ties agree on as the default, and flips y for Gephi', () => {
    const gexf = toGexf(sampleMap());
    expect(gexf).toContain('defaultedgetype="directed"');
    expect(gexf).toMatch(/<edge id="t1" source="uni" target="firm1" weight="3"/);
    expect(gexf).toContain('<viz:position x="10" y="-20" z="0"/>');
  });

  it('gives each edge of a mixed map its own direction where it differs from the default', () => {
    const map = sampleMap();
    map.ties.push({ id: 't3', source: 'uni', target: 'buyer', kind: 'social', directed: false, strength: 1, tacit: false });
    const gexf = toGexf(map);
    expect(gexf).toContain('defaultedgetype="undirected"');
    expect(gexf).toMatch(/<edge id="t1" source="uni" target="firm1" type="directed" weight="3"/);
    expect(gexf).toMatch(/<edge id="t3" source="uni" target="buyer" weight="1"/);
    const graphml = toGraphml(map);
    expect(graphml).toContain('edgedefault="undirected"');
    expect(graphml).toMatch(/<edge id="t1" source="uni" target="firm1" directed="true">/);
    expect(graphml).toMatch(/<edge id="t3" source="uni" target="buyer">/);
  });
});

describe('export formats', () => {
  it('every format produces a file for an empty map and for the demo', () => {
    for (const format of EXPORT_FORMAT_NAMES) {
      expect(exportMap({ meta: { title: 'Empty' }, stages: [], actors: [], ties: [] }, format).length).toBeGreaterThan(0);
      expect(exportMap(templateMap('optics-valley'), format)).toContain('Huazhong');
    }
  });

  it('names files after the workshop, safely', () => {
    expect(exportFileName('Wuhan Optics Valley / 光谷: 2026?', 'gexf')).toBe('Wuhan-Optics-Valley-光谷-2026.gexf');
    expect(exportFileName('///', 'csv-actors')).toBe('cluster-map.actors.csv');
  });
});
