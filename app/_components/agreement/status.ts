import type { AgreementRules, AgreementStatus } from '../../../lib/map/agreement';
import type { Translate } from '../model/serverWords';

// How each agreement status looks, in one table for the canvas marks, the badges, the lists and the
// legend; its words are agreement.status.* in the catalogue (docs/architecture.md "Languages"). Colours are those of the vote buttons (emerald agree, rose disagree) plus amber for parked.

export interface StatusStyle {
  /** Ring colour on the canvas; null draws no ring. */
  ring: string | null;
  badge: string;
}

export const STATUS_STYLE: Record<AgreementStatus, StatusStyle> = {
  agreed: { ring: '#059669', badge: 'bg-emerald-100 text-emerald-900 border-emerald-300' },
  rejected: { ring: '#475569', badge: 'bg-slate-200 text-slate-800 border-slate-400' },
  parked: { ring: '#d97706', badge: 'bg-amber-100 text-amber-900 border-amber-300' },
  contested: { ring: '#e11d48', badge: 'bg-rose-100 text-rose-900 border-rose-300' },
  open: { ring: '#64748b', badge: 'bg-slate-100 text-slate-700 border-slate-300' },
  too_few: { ring: null, badge: 'bg-white text-slate-600 border-slate-300' },
};

/** "At least 3 votes; agreed when 67% or more agree." */
export function rulesSentence(t: Translate, rules: AgreementRules): string {
  return t('agreement.rulesSentence', { quorum: rules.quorum, share: rules.threshold });
}
