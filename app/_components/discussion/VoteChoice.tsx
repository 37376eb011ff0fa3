'use client';

import { useTranslations } from 'next-intl';
import type { VoteValue } from '../../../lib/map/types';
import { VOTE_ICON } from './icons';

/** The three answers in the order every vote control shows them. */
export const VOTE_ORDER: readonly VoteValue[] = ['agree', 'disagree', 'unsure'];

// Each answer has a plain word in the viewer's language (vote.* in the catalogue), an icon and a colour,
// so nobody has to read a sentence to vote — in an open vote and in a secret round alike.
export const VOTE_LABEL: Record<VoteValue, { on: string; idle: string; ink: string }> = {
  agree: { on: 'border-emerald-600 bg-emerald-600 text-white', idle: 'border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100', ink: 'text-emerald-700' },
  disagree: { on: 'border-rose-600 bg-rose-600 text-white', idle: 'border-rose-300 bg-rose-50 text-rose-900 hover:bg-rose-100', ink: 'text-rose-700' },
  unsure: { on: 'border-slate-600 bg-slate-600 text-white', idle: 'border-slate-300 bg-slate-50 text-slate-800 hover:bg-slate-100', ink: 'text-slate-600' },
};

/**
 * One answer's big button. `count` is shown beside the icon when the vote is open and named; a secret
 * ballot passes none, since nobody may see how the others voted until the round closes.
 */
export function VoteChoice({
  value,
  on,
  count,
  title,
  testId,
  disabled,
  onChoose,
}: {
  value: VoteValue;
  on: boolean;
  count?: number;
  title?: string;
  testId: string;
  disabled?: boolean;
  onChoose(): void;
}) {
  const t = useTranslations();
  const look = VOTE_LABEL[value];
  return (
    <button
      type="button"
      aria-pressed={on}
      data-testid={testId}
      data-count={count}
      title={title}
      disabled={disabled}
      onClick={onChoose}
      className={`flex ${count === undefined ? 'min-h-14' : 'min-h-16'} flex-col items-center justify-center gap-0.5 rounded-xl border-2 px-1 py-1.5 transition ${on ? `${look.on} shadow-sm` : look.idle}`}
    >
      <span className="flex items-center gap-1.5">
        {VOTE_ICON[value]}
        {count !== undefined && <span className="text-lg leading-none font-bold tabular-nums">{count}</span>}
      </span>
      <span className="text-sm leading-tight font-semibold">{t(`vote.value.${value}`)}</span>
    </button>
  );
}
