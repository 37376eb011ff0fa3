import { msg, type EngineMessage } from './messages';
import type { EngineReport } from './types';

// When an index has nothing to stand on yet. The engine still computes both indices for any map, but
// without a single tie the GI is only the neutral .5 of G6 and G7 (15 on an empty map), and without a local
// actor the ICI is 0 by definition: showing either number as if it meant something misleads a room: the score panel, its rail and the report say what is missing instead
// (docs/engine.md "When an index means nothing yet").

export type IndexId = 'ici' | 'gi';

/** For each index that has no basis in this map, what to add; an index with a basis is absent. */
export function whatIsMissing(report: EngineReport): Partial<Record<IndexId, string>> {
  const missing: Partial<Record<IndexId, string>> = {};
  const local = Object.values(report.actors).filter((a) => a.scope === 'local').length;
  if (local === 0) missing.ici = 'No actors in the cluster yet: add the firms, universities and others who are here.';
  if (report.graph.m === 0) missing.gi = 'No ties yet: governance is about how the actors are tied, so draw the first ties.';
  return missing;
}

/** whatIsMissing as message keys, for lib/i18n/engine-words.ts. */
export function whatIsMissingMessages(report: EngineReport): Partial<Record<IndexId, EngineMessage>> {
  const missing = whatIsMissing(report);
  const messages: Partial<Record<IndexId, EngineMessage>> = {};
  if (missing.ici) messages.ici = msg('readiness.ici');
  if (missing.gi) messages.gi = msg('readiness.gi');
  return messages;
}
