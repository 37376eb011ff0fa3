import { compareMaps } from '../../lib/compare/compare-maps';
import { wordedComparison } from '../../lib/compare/worded';
import { computeReport } from '../../lib/engine';
import { LOCALES, parseLocale } from '../../lib/i18n/locale';
import { guarded, parse, UsageError } from '../args';
import { EXIT } from '../io';
import { readMapInput } from '../map-input';
import type { MapCommandIo } from './map-command';

export const summary = 'Compare two map files: what changed and how every index moved, in words';

export const usage = `Usage: clustercanvas compare <from.json> <to.json> [--compact] [--lang en|zh-CN]

Reads two clustercanvas.map v1 documents (one of them may be - for standard input) and prints, as JSON,
the same comparison as GET /api/workshops/:id/compare: actors and ties added, removed and changed (with
the fields that changed), and every index and sub-indicator from → to with its delta, its change in
points (0–100) and a sentence naming the elements that explain it (docs/architecture.md "Comparisons").

Options:
  --compact    One line of JSON instead of indented output.
  --lang L     Word the sentences in L (en or zh-CN), actors by their names in L. Default: en.
  -h, --help   Show this help.

Exit codes: 0 compared · 2 bad usage or an invalid map (each problem is listed with its path).
`;

export async function run(args: string[], io: MapCommandIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, { compact: { type: 'boolean', default: false }, lang: { type: 'string' } });
    const locale = values.lang === undefined ? 'en' : parseLocale(values.lang);
    if (!locale) throw new UsageError(`unknown language "${values.lang}" (one of: ${LOCALES.join(', ')})`);
    if (positionals.length !== 2) throw new UsageError('give exactly two map files: the earlier state, then the later one');
    if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one of the two maps can come from standard input');
    const from = await readMapInput(positionals[0], io);
    if (!from) return EXIT.usage;
    const to = await readMapInput(positionals[1], io);
    if (!to) return EXIT.usage;
    const comparison = compareMaps({ map: from, report: computeReport(from) }, { map: to, report: computeReport(to) });
    io.stdout.write(`${JSON.stringify({ ...wordedComparison(comparison, from, to, locale), locale }, null, values.compact ? undefined : 2)}\n`);
    return EXIT.ok;
  });
}
