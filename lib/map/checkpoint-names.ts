import { MAP_LIMITS } from './limits';
import { PHASE_LABELS } from './phases';
import { WORKSHOP_PHASES, type WorkshopPhase } from './types';

/**
 * The names the server gives the checkpoints it takes by itself (docs/architecture.md "Checkpoints"). They
 * are stored in English, as data, so the API and the CLI read the same name whatever language asked; every
 * reader that shows one to a person reads it back with `readAutomaticName` and words it in that person's
 * language (the UI's checkpoints.autoName.*, the report's say.autoName).
 */
export type AutomaticName = { kind: 'phase'; phase: WorkshopPhase } | { kind: 'before_restore'; restored: string } | { kind: 'before_import' };

const PHASE_PREFIX = 'Phase: ';
const RESTORE_OPEN = 'Before restoring “';
const RESTORE_CLOSE = '”';
const IMPORT = 'Before an import';

/** The stored (English) name of an automatic checkpoint. */
export function automaticName(name: AutomaticName): string {
  if (name.kind === 'phase') return PHASE_PREFIX + PHASE_LABELS[name.phase];
  if (name.kind === 'before_restore') return RESTORE_OPEN + shortened(name.restored, MAP_LIMITS.checkpointNameLength - RESTORE_OPEN.length - RESTORE_CLOSE.length) + RESTORE_CLOSE;
  return IMPORT;
}

/**
 * `text` cut to at most `room` UTF-16 units (what the store keeps of a name), never inside a character,
 * ending in "…" when cut: the restored checkpoint's name may itself be as long as a name may be, and a
 * name the store cut would lose its closing quote and no longer read as automatic.
 */
function shortened(text: string, room: number): string {
  if (text.length <= room) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > room - 1) break;
    out += ch;
  }
  return out + '…';
}

/** What an automatic name says, or null for a name a person typed. */
export function readAutomaticName(stored: string): AutomaticName | null {
  if (stored === IMPORT) return { kind: 'before_import' };
  if (stored.startsWith(RESTORE_OPEN) && stored.endsWith(RESTORE_CLOSE) && stored.length > RESTORE_OPEN.length + RESTORE_CLOSE.length) {
    return { kind: 'before_restore', restored: stored.slice(RESTORE_OPEN.length, -RESTORE_CLOSE.length) };
  }
  const phase = WORKSHOP_PHASES.find((p) => stored === PHASE_PREFIX + PHASE_LABELS[p]);
  return phase ? { kind: 'phase', phase } : null;
}

/** Words a stored name for a reader; the name a restore was taken before is worded too (it may be automatic). */
export function wordCheckpointName(stored: string, say: { phase(phase: WorkshopPhase): string; beforeRestore(restored: string): string; beforeImport: string }): string {
  const auto = readAutomaticName(stored);
  if (!auto) return stored;
  if (auto.kind === 'phase') return say.phase(auto.phase);
  if (auto.kind === 'before_restore') return say.beforeRestore(wordCheckpointName(auto.restored, say));
  return say.beforeImport;
}
