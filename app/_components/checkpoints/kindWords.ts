import { PHASE_LABELS } from '../../../lib/map/phases';
import { WORKSHOP_PHASES } from '../../../lib/map/types';
import type { Format } from '../discussion/relativeTime';
import type { Translate } from '../model/serverWords';
import type { CheckpointSummary } from './checkpointsApi';

/**
 * A checkpoint's name for the reader: the server names the one it takes at a phase change in English
 * ("Phase: Map the actors", server/checkpoints/phase-checkpoints.ts), a built-in word said in the
 * reader's language; a name people typed stays as typed.
 */
export function checkpointName(t: Translate, cp: Pick<CheckpointSummary, 'name' | 'kind'>): string {
  if (cp.kind !== 'phase') return cp.name;
  const phase = WORKSHOP_PHASES.find((p) => cp.name === `Phase: ${PHASE_LABELS[p]}`);
  return phase ? t('checkpoints.phaseName', { phase: t(`map.phase.${phase}.label`) }) : cp.name;
}

/** "Before the break · Saved · 4 Mar 2026, 10:12": one line that tells checkpoints apart in a list (Export, the report page). */
export const checkpointLine = (t: Translate, format: Format, cp: CheckpointSummary) =>
  `${checkpointName(t, cp)} · ${t(`checkpoints.kind.${cp.kind}`)} · ${format.dateTime(new Date(cp.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}`;
