import type { KnowledgeRole } from '../../../lib/engine/types';
import { ROLE_WORDS } from '../../../lib/export/report/words';

// Plain words for the engine's codes live in lib/export/report/words.ts (the report reads them too); the
// score panel adds its badge colours here.

export { ARCHETYPE_LABEL, GOVERNANCE_LABEL, INDEX_LABEL, THEORY_FALLBACK } from '../../../lib/export/report/words';

export interface RoleLabel {
  label: string;
  hint: string;
  /** Tailwind classes for the badge; every badge also carries its word, colour is never the only cue. */
  badge: string;
}

const BADGE: Record<KnowledgeRole, string> = {
  gatekeeper: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  external_star: 'bg-sky-100 text-sky-900 ring-sky-300',
  mutual_exchanger: 'bg-violet-100 text-violet-900 ring-violet-300',
  weakly_connected: 'bg-slate-100 text-slate-800 ring-slate-300',
  // Neutral, not an alarm colour: the role is about knowledge ties only (docs/engine.md §1.4).
  isolated: 'bg-white text-slate-700 ring-slate-300',
};

export const ROLE_LABEL = Object.fromEntries(
  Object.entries(ROLE_WORDS).map(([role, words]) => [role, { ...words, badge: BADGE[role as KnowledgeRole] }]),
) as Record<KnowledgeRole, RoleLabel>;
