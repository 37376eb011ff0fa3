import { LOCALES, parseLocale, type Locale } from '../../lib/i18n/locale';
import type { ClusterMap } from '../../lib/map/types';
import { guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';
import { readMapInput, type MapReadIo } from '../map-input';

export type MapCommandIo = Pick<CliIo, 'stdout'> & MapReadIo & Partial<Pick<CliIo, 'env'>>;

/**
 * The shape shared by `score` and `metrics`: `<map.json|-> [--compact]`, read and validate the map, print
 * what `produce` makes of it as JSON.
 */
export async function runMapCommand(
  args: string[],
  io: MapCommandIo,
  usage: string,
  produce: (map: ClusterMap, io: MapCommandIo, locale: Locale | null) => unknown,
): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, { compact: { type: 'boolean', default: false }, lang: { type: 'string' } });
    const locale = values.lang === undefined ? null : parseLocale(values.lang);
    if (values.lang !== undefined && !locale) throw new UsageError(`unknown language "${values.lang}" (one of: ${LOCALES.join(', ')})`);
    if (positionals.length !== 1) throw new UsageError('give exactly one map file, or - for standard input');
    const map = await readMapInput(positionals[0], io);
    if (!map) return EXIT.usage;
    io.stdout.write(`${JSON.stringify(produce(map, io, locale), null, values.compact ? undefined : 2)}\n`);
    return EXIT.ok;
  });
}
