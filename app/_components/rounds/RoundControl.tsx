'use client';

import { useTranslations } from 'next-intl';
import { LockIcon } from './RoundBanner';
import type { SecretRound } from './useSecretRound';

/**
 * The facilitator's way into a secret round, in the Agreement panel: on the elements selected on the map,
 * or on every actor and tie; the set is fixed once it opens. While one is open: close it, tallies in.
 */
export function RoundControl({ round, selected }: { round: SecretRound; selected: readonly string[] }) {
  const t = useTranslations();
  if (!round.canRun) return null;
  const button = 'inline-flex min-h-9 items-center gap-1.5 rounded-lg border px-3 text-sm font-semibold disabled:opacity-50';
  return (
    <div className="space-y-1.5 rounded-xl border border-violet-200 bg-violet-50 p-2.5" data-testid="round-control">
      <p className="flex items-center gap-1.5 text-sm font-semibold text-violet-900">
        <LockIcon />
        {t('rounds.title')}
      </p>
      <p className="text-xs text-violet-900/80">{t('rounds.intro')}</p>
      {round.open ? (
        <button type="button" data-testid="round-close-panel" disabled={round.busy} onClick={round.close} className={`${button} border-violet-700 bg-violet-700 text-white hover:bg-violet-800`}>
          {t('rounds.close')}
        </button>
      ) : (
        <div className="flex flex-wrap gap-1.5">
          <button
            type="button"
            data-testid="round-open-selection"
            disabled={round.busy || selected.length === 0}
            title={selected.length === 0 ? t('rounds.selectFirst') : undefined}
            onClick={() => round.openOn(selected)}
            className={`${button} border-violet-300 bg-white text-violet-900 hover:bg-violet-100`}
          >
            {t('rounds.openSelection', { count: selected.length })}
          </button>
          <button type="button" data-testid="round-open-all" disabled={round.busy} onClick={() => round.openOn([])} className={`${button} border-violet-300 bg-white text-violet-900 hover:bg-violet-100`}>
            {t('rounds.openAll')}
          </button>
        </div>
      )}
      {round.error && !round.open && (
        <p role="alert" data-testid="round-control-error" className="text-xs text-rose-700">
          {round.error}
        </p>
      )}
    </div>
  );
}
