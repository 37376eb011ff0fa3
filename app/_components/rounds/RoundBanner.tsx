'use client';

import { useTranslations } from 'next-intl';
import type { SecretRound } from './useSecretRound';

/**
 * The banner everyone sees while a secret round is open (docs/protocol.md P18): votes are hidden until the
 * facilitator closes it, how many elements it holds and how many have ballots; the facilitator closes it here.
 */
export function RoundBanner({ round }: { round: SecretRound }) {
  const t = useTranslations();
  const { open } = round;
  if (!open) return null;
  return (
    <div data-testid="round-banner" data-round={open.id} role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-violet-700 bg-violet-700 px-3 py-1.5 text-sm text-white sm:px-4">
      <LockIcon />
      <span className="min-w-0 flex-1">
        <b>{t('rounds.banner')}</b>
        <span className="ml-2 text-violet-100" data-testid="round-progress">
          {t('rounds.progress', { elements: open.elements.length, voted: round.votedElements })}
        </span>
      </span>
      {round.canRun && (
        <button type="button" data-testid="round-close" disabled={round.busy} onClick={round.close} className="shrink-0 rounded-lg bg-white px-3 py-1 font-semibold text-violet-800 hover:bg-violet-50 disabled:opacity-60">
          {t('rounds.close')}
        </button>
      )}
      {round.error && (
        <span role="alert" data-testid="round-error" className="basis-full text-violet-100">
          {round.error}
        </span>
      )}
    </div>
  );
}

export const LockIcon = () => (
  <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.4} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="shrink-0">
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </svg>
);
