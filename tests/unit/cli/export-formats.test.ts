import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../bin/commands/export';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd, env: { ...process.env } },
  };
}

describe('clustercanvas export --format', () => {
  it('writes GraphML, GEXF and CSV with the engine measures, and refuses an unknown format', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-export-'));
    const store = new SqliteStore(dir);
    const { record } = await new WorkshopService(store).create({ title: 'Export me', template: 'optics-valley' });
    await store.close();

    const graphml = capture(dir);
    expect(await run([record.id, '--format', 'graphml', '--data-dir', dir], graphml.io)).toBe(0);
    expect(graphml.out.join('')).toMatch(/<graph id="cluster" edgedefault="(un)?directed">/);
    expect(graphml.out.join('')).toContain('<data key="n_eigenvector">');

    const file = path.join(dir, 'ties.csv');
    const csv = capture(dir);
    expect(await run([record.id, '--format', 'csv-ties', '--out', 'ties.csv', '--data-dir', dir], csv.io)).toBe(0);
    expect(fs.readFileSync(file, 'utf8').split('\r\n')[0]).toBe(
      '\uFEFFid,source,target,source_label,target_label,kind,directed,strength,tacit,gvc_complexity,gvc_codifiability,gvc_supplier_capability,governance,notes',
    );

    const bad = capture(dir);
    expect(await run([record.id, '--format', 'pdfx', '--data-dir', dir], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('unknown format "pdfx" (one of: json, csv-actors, csv-ties, graphml, gexf)');
  });
});
