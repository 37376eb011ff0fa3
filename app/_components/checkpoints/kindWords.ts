import { wordCheckpointName } from '../../../lib/map/checkpoint-names';
import type { Format } from '../discussion/relativeTime';
import type { Translate } from '../model/serverWords';
import type { CheckpointSummary } from './checkpointsApi';

/**
 * A checkpoint's name for the reader: the names the server gives the checkpoints it takes by itself are
 * stored in English (lib/map/checkpoint-names.ts) and said in the reader's language; a name people typed
 * stays as typed.
 */
export function checkpointName(t: Translate, cp: Pick<CheckpointSummary, 'name' | 'kind'>): string {
  if (cp.kind === 'manual' || cp.kind === 'agreed') return cp.name;
  return wordCheckpointName(cp.name, {
    phase: (phase) => t('checkpoints.phaseName', { phase: t(`map.phase.${phase}.label`) }),
    beforeRestore: (name) => t('checkpoints.beforeRestoreName', { name }),
    beforeImport: t('checkpoints.beforeImportName'),
  });
}

/** "Before the break · Saved · 4 Mar 2026, 10:12": one line that tells checkpoints apart in a list (Export, the report page). */
export const checkpointLine = (t: Translate, format: Format, cp: CheckpointSummary) =>
  `${checkpointName(t, cp)} · ${t(`checkpoints.kind.${cp.kind}`)} · ${format.dateTime(new Date(cp.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}`;
