import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run as metrics } from '../../../bin/commands/metrics';
import { run as score } from '../../../bin/commands/score';
import { expectClose, referenceNetworks } from './reference-data';

function capture(stdinText = '') {
  let out = '';
  let err = '';
  return {
    io: {
      stdin: Readable.from([stdinText]),
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    },
    out: () => out,
    err: () => err,
  };
}

const mapDocument = (map: unknown) => ({ format: 'clustercanvas.map', version: 1, ...(map as object) });

describe('clustercanvas metrics / score', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-engine-cli-'));

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

    it(`score - reads ${net.file} from stdin and prints the full report`, async () => {
      const c = capture(JSON.stringify(mapDocument(net.map)));
      expect(await score(['-', '--compact'], c.io)).toBe(0);
      const report = JSON.parse(c.out());
      expect(Object.keys(report.indices)).toEqual(['ici', 'gi']);
      for (const [id, measures] of Object.entries(net.expected.nodes))
        for (const [measure, value] of Object.entries(measures)) expectClose(report.actors[id][measure], value, measure, id);
      expect(report.graph.n).toBe(net.expected.graph.n);
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

  it('usage errors exit 2 and --help exits 0', async () => {
    const none = capture();
    expect(await score([], none.io)).toBe(2);
    expect(none.err()).toContain('Usage: clustercanvas score');
    const flag = capture();
    expect(await metrics(['x.json', '--frobnicate'], flag.io)).toBe(2);
    const help = capture();
    expect(await metrics(['--help'], help.io)).toBe(0);
    expect(help.out()).toContain('Usage: clustercanvas metrics');
  });
});
