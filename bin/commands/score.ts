import { computeReport } from '../../lib/engine';
import { wordedReport } from '../../lib/i18n/worded-report';
import { runMapCommand, type MapCommandIo } from './map-command';

export const summary = 'Score a map file with the engine (indices, governance, advice)';

export const usage = `Usage: clustercanvas score <map.json|-> [--compact] [--lang en|zh-CN]

Reads a clustercanvas.map v1 document (a file, or - for standard input) and prints the engine's full
report as JSON: both indices with every sub-indicator, per-actor measures and roles, GVC governance per
supply tie, archetype, triple-helix synergy, recommendations and input warnings (docs/engine.md).

Options:
  --compact    One line of JSON instead of indented output.
  --lang L     Word the report's texts in L (en or zh-CN), actors by their names in L; the message keys
               stay beside them (docs/engine.md "Message keys"). Without it, the engine's own English.
  -h, --help   Show this help.

Exit codes: 0 scored · 2 bad usage or invalid map (each problem is listed with its path).
`;

export async function run(args: string[], io: MapCommandIo): Promise<number> {
  return runMapCommand(args, io, usage, (map, _io, locale) => (locale ? wordedReport(computeReport(map), map, locale) : computeReport(map)));
}
