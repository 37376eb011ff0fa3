import type { EngineReport } from '../engine/types';
import type { Agreement } from '../map/agreement';
import { ACTOR_TYPE_COLORS } from '../map/colors';
import type { ClusterMap } from '../map/types';
import { ACTOR_COLUMNS, TIE_COLUMNS, actorRows, defaultDirection, tieRows, type Column } from './tables';
import { xml } from './xml';

// GEXF 1.3 (gexf.net), Gephi's own format: attributes, the actor-type colours and the shared positions of
// the network view, so a map opens in Gephi looking as it did in the workshop. Tie strength is the weight.

const GEXF_TYPE = { string: 'string', boolean: 'boolean', int: 'integer', double: 'double' } as const;

function attributeDeclarations<Row>(target: 'node' | 'edge', columns: Column<Row>[]): string[] {
  return [
    `    <attributes class="${target}">`,
    ...columns.map((c) => `      <attribute id="${c.key}" title="${c.key}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues<Row>(columns: Column<Row>[], row: Row): string {
  const values = columns
    .map((c) => ({ key: c.key, value: c.value(row) }))
    .filter(({ value }) => value !== null && value !== '')
    .map(({ key, value }) => `<attvalue for="${key}" value="${xml(value!)}"/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

const ownDirection = (directed: boolean, graphDefault: string) => {
  const type = directed ? 'directed' : 'undirected';
  return type === graphDefault ? '' : ` type="${type}"`;
};

export function toGexf(map: ClusterMap, report?: EngineReport, agreement?: Agreement): string {
  const defaultType = defaultDirection(map);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>ClusterCanvas</creator><title>${xml(map.meta.title)}</title>${map.meta.cluster ? `<description>${xml(map.meta.cluster)}</description>` : ''}</meta>`,
    `  <graph defaultedgetype="${defaultType}" mode="static">`,
    ...attributeDeclarations('node', ACTOR_COLUMNS),
    ...attributeDeclarations('edge', TIE_COLUMNS),
    '    <nodes>',
  ];
  for (const row of actorRows(map, report, agreement)) {
    const { id, label, type, x, y } = row.actor;
    // Cytoscape's y axis points down and Gephi's up, so y flips to keep the picture the right way up.
    const position = x !== undefined && y !== undefined ? `<viz:position x="${x}" y="${-y}" z="0"/>` : '';
    const size = `<viz:size value="${10 + 2 * (row.scored?.degree ?? 0)}"/>`;
    lines.push(`      <node id="${xml(id)}" label="${xml(label)}">${attvalues(ACTOR_COLUMNS, row)}<viz:color ${rgb(ACTOR_TYPE_COLORS[type])}/>${position}${size}</node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const row of tieRows(map, report, agreement)) {
    const { id, source, target, directed, strength, kind } = row.tie;
    lines.push(
      `      <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}"${ownDirection(directed, defaultType)} weight="${strength}" label="${kind}">${attvalues(TIE_COLUMNS, row)}</edge>`,
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
