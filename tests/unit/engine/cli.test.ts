// `score` and `metrics` run in-process on standard input: no files. Reading map files is tested in
// tests/integration/engine/cli.test.ts.
import { describe, expect, it } from 'vitest';
import { run as metrics } from '../../../bin/commands/metrics';
import { run as score } from '../../../bin/commands/score';
import { capture, mapDocument } from './cli-capture';
import { expectClose, referenceNetworks } from './reference-data';


describe('clustercanvas metrics / score', () => {
  for (const net of referenceNetworks()) {
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
