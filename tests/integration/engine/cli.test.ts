import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as metrics } from '../../../bin/commands/metrics';
import { run as score } from '../../../bin/commands/score';
import { capture, mapDocument } from '../../unit/engine/cli-capture';
import { expectClose, referenceNetworks } from '../../unit/engine/reference-data';


// `metrics` and `score` run in-process, reading map files from a temporary directory. Reading from stdin and
// usage errors, which touch no files, are tested in tests/unit/engine/cli.test.ts.
describe('clustercanvas metrics / score', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-engine-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const net of referenceNetworks()) {
    it(`metrics <file> reproduces ${net.file}`, async () => {
      const file = path.join(dir, net.file);
      writeFileSync(file, JSON.stringify(mapDocument(net.map)));
      const c = capture();
      expect(await metrics([file], c.io)).toBe(0);
      const got = JSON.parse(c.out());
      expect(Object.keys(got)).toEqual(['graph', 'nodes']);
      for (const [measure, value] of Object.entries(net.expected.graph)) expectClose(got.graph[measure], value, measure, 'graph');
      expect(Object.keys(got.nodes).sort()).toEqual(Object.keys(net.expected.nodes).sort());
      for (const [id, measures] of Object.entries(net.expected.nodes))
        for (const [measure, value] of Object.entries(measures)) expectClose(got.nodes[id][measure], value, measure, id);
    });
  }

  it('bad input lists every problem with its path and exits 2', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'clustercanvas.map', version: 1, actors: [{ id: 'a', label: 'A', type: 'alien', scope: 'local' }], ties: [{ id: 't', source: 'a', target: 'a', kind: 'gossip' }] }),
    );
    for (const run of [score, metrics]) {
      const c = capture();
      expect(await run([file], c.io)).toBe(2);
      expect(c.out()).toBe('');
      expect(c.err()).toContain('actors[0].type');
      expect(c.err()).toContain('ties[0].kind');
    }
    const notJson = capture('{ nope');
    expect(await score(['-'], notJson.io)).toBe(2);
    expect(notJson.err()).toContain('not valid JSON');
    const missing = capture();
    expect(await metrics([path.join(dir, 'missing.json')], missing.io)).toBe(2);
    expect(missing.err()).toContain('cannot read');
  });
});
