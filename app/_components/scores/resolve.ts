import type { EngineReport } from '../../../lib/engine/types';

/**
 * The elements a highlight source stands for in this report, or null when the source no longer exists
 * (a recommendation that stopped firing). Lets a lit highlight follow the map as people keep editing.
 */
export function elementsFor(report: EngineReport, source: string): string[] | null {
  const [kind, ...rest] = source.split(':');
  const key = rest.join(':');
  switch (kind) {
    case 'component': {
      const all = [...report.indices.ici.components, ...report.indices.gi.components];
      return all.find((c) => c.id === key)?.elements ?? null;
    }
    case 'recommendation':
      return report.recommendations.find((r) => r.id === key)?.elements ?? null;
    case 'actor':
      return report.actors[key] ? [key] : null;
    case 'warning': {
      // "warning:<index>:<code>": warnings have no id, so the index and the code together name one.
      const [index, code] = key.split(':');
      const warning = report.warnings[Number(index)];
      return warning && warning.code === code ? warning.elements : null;
    }
    case 'archetype':
      return report.archetype.elements;
    case 'governance':
      return Object.entries(report.ties)
        .filter(([, t]) => t.governance === key)
        .map(([id]) => id);
    default:
      return null;
  }
}

export const sameElements = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The canvas has actors and ties but no stage elements: a stage id a sub-indicator names (I7) stands for the
 * local actors that perform it. Other ids pass through unchanged, duplicates dropped, order kept.
 */
export function toCanvasIds(report: EngineReport, elements: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of elements) {
    if (report.actors[id] || report.ties[id]) {
      out.add(id);
      continue;
    }
    const performers = Object.entries(report.actors).filter(([, a]) => a.scope === 'local' && a.stages.includes(id));
    if (performers.length === 0) out.add(id);
    for (const [actorId] of performers) out.add(actorId);
  }
  return [...out];
}
