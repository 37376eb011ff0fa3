import type { Locale } from '../../i18n/locale';
import { TIE_KIND_WORDS } from '../../i18n/map-words';
import { tieName, withNames } from '../../map/labels';
import type { ClusterMap } from '../../map/types';
import type { ElementRef } from './model-types';

// Names for the ids the engine's texts carry: actors by label, ties by their two ends and their kind in the
// report's language, stages by label (the map passed in is already localised, lib/i18n/map-names.ts).

export type ElementNamer = (id: string) => ElementRef;

export function elementNamer(map: ClusterMap, locale: Locale = 'en'): ElementNamer {
  const actors = new Map(map.actors.map((a) => [a.id, a.label]));
  const ties = new Map(map.ties.map((t) => [t.id, t]));
  const stages = new Map(map.stages.map((s) => [s.id, s.label]));
  return (id) => {
    if (actors.has(id)) return { id, kind: 'actor', label: actors.get(id)! };
    const tie = ties.get(id);
    // The kind too: a list of ties in the report is read away from the map.
    if (tie) {
      const kind = TIE_KIND_WORDS[locale][tie.kind]?.label ?? tie.kind;
      const name = tieName(tie, (a) => actors.get(a) ?? a);
      return { id, kind: 'tie', label: locale === 'zh-CN' ? `${name}（${kind}）` : `${name} (${tie.kind})` };
    }
    if (stages.has(id)) return { id, kind: 'stage', label: stages.get(id)! };
    return { id, kind: 'unknown', label: id };
  };
}

/** The engine names actors by id in its messages; a report names them by label. */
export function withLabels(text: string, ids: readonly string[], name: ElementNamer): string {
  const known = [...new Set(ids)].map(name).filter((e) => e.kind === 'actor' || e.kind === 'tie');
  return withNames(text, ids, new Map(known.map((e) => [e.id, e.label])));
}
