import type { EngineReport } from '../engine/types';
import type { ClusterMap } from '../map/types';
import { roleWords, wordEngine } from './engine-words';
import type { Locale } from './locale';
import { namesFor } from './map-names';

// The engine's report with its words in one language: every name, explanation, theory, recommendation,
// warning and the archetype and triple-helix texts replaced by the catalogue's (lib/i18n/engine-words.ts),
// actors named as a reader of that language names them. The keys stay, so the result is still the
// engine's report. For `clustercanvas score --lang zh-CN` and any caller that wants the report in words.

export function wordedReport(report: EngineReport, map: Pick<ClusterMap, 'actors' | 'ties' | 'stages'>, locale: Locale): EngineReport & { locale: Locale } {
  const names = namesFor(map, locale);
  const say = (m: Parameters<typeof wordEngine>[0]) => wordEngine(m, locale, names);
  const index = (i: EngineReport['indices']['ici']) => ({
    ...i,
    components: i.components.map((c) => ({ ...c, name: say(c.i18n.name), explanation: say(c.i18n.explanation), theory: say(c.i18n.theory), formula: say(c.i18n.formula) })),
  });
  return {
    ...report,
    locale,
    indices: { ici: index(report.indices.ici), gi: index(report.indices.gi) },
    actors: Object.fromEntries(
      Object.entries(report.actors).map(([id, a]) => [id, { ...a, label: names(id) ?? a.label, ...(a.role ? { roleLabel: roleWords(a.role, locale).label } : {}) }]),
    ),
    archetype: { ...report.archetype, label: say(report.archetype.i18n.label), explanation: say(report.archetype.i18n.explanation) },
    tripleHelix: { ...report.tripleHelix, explanation: say(report.tripleHelix.i18n.explanation) },
    recommendations: report.recommendations.map((r) => ({ ...r, title: say(r.i18n.title), message: say(r.i18n.message) })),
    warnings: report.warnings.map((w) => ({ ...w, message: say(w.i18n) })),
  };
}
