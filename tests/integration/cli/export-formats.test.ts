import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { run } from '../../../bin/commands/export';
import { checkpointOf, encodeCheckpoint } from '../../../lib/map/checkpoint';
import { castVote, setDecision } from '../../../lib/map/discussion';
import { addActor, updateMeta } from '../../../lib/map/ydoc';
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
      '\uFEFFid,source,target,source_label,target_label,kind,directed,strength,tacit,gvc_complexity,gvc_codifiability,gvc_supplier_capability,governance,notes,status,decision,decision_reason,votes_agree,votes_disagree,votes_unsure',
    );

    const bad = capture(dir);
    expect(await run([record.id, '--format', 'pdfx', '--data-dir', dir], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('unknown format "pdfx" (one of: json, csv-actors, csv-ties, graphml, gexf, svg, png, pdf)');
  });
});

describe('clustercanvas export: which map', () => {
  it('exports a checkpoint with --checkpoint, only the agreed actors with --agreed, and says so for an unknown checkpoint', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-export-'));
    const store = new SqliteStore(dir);
    const { record } = await new WorkshopService(store).create({ title: 'Sources' });
    const doc = (await new WorkshopService(store).loadDoc(record.id))!;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    updateMeta(doc, { quorum: 1 });
    addActor(doc, { id: 'a_yes', label: 'Agreed firm', type: 'firm', scope: 'local', stages: [] });
    addActor(doc, { id: 'a_no', label: 'Rejected firm', type: 'firm', scope: 'local', stages: [] });
    castVote(doc, 'a_yes', 'p_someone', 'agree');
    setDecision(doc, 'a_no', { value: 'rejected', by: 'p_fac', at: 1, reason: 'not in the cluster' });
    await store.appendUpdates(record.id, updates);
    await store.saveCheckpoint({ id: 'k_early', workshopId: record.id, name: 'Early', kind: 'manual', createdAt: 1 }, encodeCheckpoint(checkpointOf(new Y.Doc())));
    await store.close();

    const agreed = capture(dir);
    expect(await run([record.id, '--agreed', '--data-dir', dir], agreed.io)).toBe(0);
    const file = JSON.parse(agreed.out.join(''));
    expect(file.actors.map((a: { label: string }) => a.label)).toEqual(['Agreed firm']);
    expect(file.discussion.statuses).toEqual({ a_yes: 'agreed' });

    const live = capture(dir);
    expect(await run([record.id, '--format', 'csv-actors', '--data-dir', dir], live.io)).toBe(0);
    expect(live.out.join('')).toMatch(/a_no,Rejected firm,.*,rejected,rejected,not in the cluster,0,0,0/);

    const early = capture(dir);
    expect(await run([record.id, '--checkpoint', 'k_early', '--data-dir', dir], early.io)).toBe(0);
    expect(JSON.parse(early.out.join('')).actors).toEqual([]);

    const missing = capture(dir);
    expect(await run([record.id, '--checkpoint', 'k_nope', '--data-dir', dir], missing.io)).toBe(1);
    expect(missing.err.join('')).toContain('has no checkpoint "k_nope"');
    const misuse = capture(dir);
    expect(await run([record.id, '--compare', 'k_early', '--data-dir', dir], misuse.io)).toBe(2);
    expect(misuse.err.join('')).toContain('--compare adds a section to the PDF report');
  });
});
