import { comparisonNames, wordCompare } from '../i18n/compare-words';
import type { Locale } from '../i18n/locale';
import type { ClusterMap } from '../map/types';
import type { MapComparison, WordedComparison } from './types';

// A comparison with its sentences in one language (the compare endpoint, `clustercanvas compare`, the
// report): every index and sub-indicator gets `explanation`, worded from its `i18n` message with the
// elements named as a reader of `locale` names them.

export function wordedComparison(c: MapComparison, from: Pick<ClusterMap, 'actors' | 'ties' | 'stages'>, to: Pick<ClusterMap, 'actors' | 'ties' | 'stages'>, locale: Locale): WordedComparison {
  const names = comparisonNames(from, to, locale);
  const say = <T extends { i18n: MapComparison['indices']['ici']['i18n'] }>(x: T) => ({ ...x, explanation: wordCompare(x.i18n, locale, names) });
  return {
    ...c,
    indices: {
      ici: say(c.indices.ici),
      gi: say(c.indices.gi),
      components: Object.fromEntries(Object.entries(c.indices.components).map(([id, x]) => [id, say(x)])),
    },
  };
}
