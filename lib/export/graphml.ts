import type { EngineReport } from '../engine/types';
import type { Agreement } from '../map/agreement';
import type { ClusterMap } from '../map/types';
import { ACTOR_COLUMNS, TIE_COLUMNS, actorRows, defaultDirection, tieRows, type Column } from './tables';
import { xml } from './xml';

// GraphML (graphml.graphdrawing.org) for Gephi, yEd, NetworkX and igraph.

const GRAPHML_TYPE = { string: 'string', boolean: 'boolean', int: 'int', double: 'double' } as const;

function keys<Row>(prefix: 'n' | 'e', target: 'node' | 'edge', columns: Column<Row>[]): string[] {
  return columns.map((c) => `  <key id="${prefix}_${c.key}" for="${target}" attr.name="${c.key}" attr.type="${GRAPHML_TYPE[c.type]}"/>`);
}

function data<Row>(prefix: 'n' | 'e', columns: Column<Row>[], row: Row): string {
  return columns
    .map((c) => {
      const value = c.value(row);
      return value === null || value === '' ? '' : `<data key="${prefix}_${c.key}">${xml(value)}</data>`;
    })
    .join('');
}

export function toGraphml(map: ClusterMap, report?: EngineReport, agreement?: Agreement): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>',
    '  <key id="g_cluster" for="graph" attr.name="cluster" attr.type="string"/>',
    '  <key id="g_region" for="graph" attr.name="region" attr.type="string"/>',
    ...keys('n', 'node', ACTOR_COLUMNS),
    ...keys('e', 'edge', TIE_COLUMNS),
  ];
  const graphDefault = defaultDirection(map);
  lines.push(`  <graph id="cluster" edgedefault="${graphDefault}">`);
  for (const key of ['title', 'cluster', 'region'] as const) {
    const value = map.meta[key];
    if (value) lines.push(`    <data key="g_${key}">${xml(value)}</data>`);
  }
  for (const row of actorRows(map, report, agreement)) lines.push(`    <node id="${xml(row.actor.id)}">${data('n', ACTOR_COLUMNS, row)}</node>`);
  for (const row of tieRows(map, report, agreement)) {
    const { id, source, target, directed } = row.tie;
    const own = (directed ? 'directed' : 'undirected') === graphDefault ? '' : ` directed="${directed}"`;
    lines.push(`    <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}"${own}>${data('e', TIE_COLUMNS, row)}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
