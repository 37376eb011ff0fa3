import { computeMetrics } from '../../lib/engine';
import { runMapCommand, type MapCommandIo } from './map-command';

export const summary = 'Print the network measures of a map file';

export const usage = `Usage: clustercanvas metrics <map.json|-> [--compact]

Reads a clustercanvas.map v1 document (a file, or - for standard input) and prints
{graph, nodes: {<actor id>: {...}}}: the network measures of the undirected simple graph of all ties
(self-loops and duplicate ties ignored), in NetworkX's conventions. Input warnings go to stderr.

Options:
  --compact    One line of JSON instead of indented output.
  -h, --help   Show this help.

Exit codes: 0 done · 2 bad usage or invalid map (each problem is listed with its path).
`;

export async function run(args: string[], io: MapCommandIo): Promise<number> {
  return runMapCommand(args, io, usage, (map, out) => {
    const { graph, nodes, warnings } = computeMetrics(map);
    for (const w of warnings) out.stderr.write(`warning: ${w.message}\n`);
    return { graph, nodes };
  });
}
