import { describe, expect, it } from 'vitest';
import { computeMetrics, computeReport } from '../../../lib/engine';
import { parseMapDocument } from '../../../lib/map/interchange';
import { expectClose, referenceNetworks } from './reference-data';

const networks = referenceNetworks();

describe('reference networks (NetworkX values)', () => {
  it('finds the reference files', () => {
    expect(networks.length).toBeGreaterThanOrEqual(2);
  });

  for (const net of networks) {
    describe(net.file, () => {
      it('computeMetrics matches every graph and node measure', () => {
        const got = computeMetrics(net.map);
        expect(Object.keys(got.graph).sort()).toEqual(Object.keys(net.expected.graph).sort());
        for (const [measure, value] of Object.entries(net.expected.graph)) expectClose(got.graph[measure as keyof typeof got.graph], value, measure, 'graph');
        expect(Object.keys(got.nodes).sort()).toEqual(Object.keys(net.expected.nodes).sort());
        for (const [id, measures] of Object.entries(net.expected.nodes)) {
          expect(Object.keys(got.nodes[id]).sort()).toEqual(Object.keys(measures).sort());
          for (const [measure, value] of Object.entries(measures))
            expectClose(got.nodes[id][measure as keyof (typeof got.nodes)[string]], value, measure, id);
        }
      });

      it('the full report carries the same measures, also after schema parsing', () => {
        const parsed = parseMapDocument(net.map);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const report = computeReport(parsed.map);
        for (const [measure, value] of Object.entries(net.expected.graph))
          expectClose(report.graph[measure as keyof typeof report.graph], value, measure, 'graph');
        for (const [id, measures] of Object.entries(net.expected.nodes))
          for (const [measure, value] of Object.entries(measures))
            expectClose(report.actors[id][measure as keyof (typeof report.actors)[string]], value, measure, id);
      });
    });
  }
});
