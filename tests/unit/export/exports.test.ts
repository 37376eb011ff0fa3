import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { TEXT_EXPORT_FORMAT_NAMES, exportFileName, exportMap } from '../../../lib/export/formats';
import { actorsCsv, tiesCsv } from '../../../lib/export/csv';
import { toGexf } from '../../../lib/export/gexf';
import { toGraphml } from '../../../lib/export/graphml';
import { templateMap } from '../../../lib/map/templates';
import { sampleMap } from '../map/fixtures';
import { trickyMap } from './fixtures';

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
    for (const format of TEXT_EXPORT_FORMAT_NAMES) {
      expect(exportMap({ meta: { title: 'Empty' }, stages: [], actors: [], ties: [] }, format).length).toBeGreaterThan(0);
      expect(exportMap(templateMap('optics-valley'), format)).toContain('Huazhong');
    }
  });

  it('names files after the workshop, safely', () => {
    expect(exportFileName('Wuhan Optics Valley / 光谷: 2026?', 'gexf')).toBe('Wuhan-Optics-Valley-光谷-2026.gexf');
    expect(exportFileName('///', 'csv-actors')).toBe('cluster-map.actors.csv');
  });
});
