'use client';

import { useTranslations } from 'next-intl';
import { VOTE_ORDER, VoteChoice } from '../discussion/VoteChoice';
import { LockIcon } from './RoundBanner';
import type { SecretRound } from './useSecretRound';

/**
 * The inspector's vote buttons while the element is in an open secret round: they cast a ballot to the
 * server, never into the shared document. The person sees their own ballot highlighted (the server echoes
 * it to them alone) and, like everyone, only how many people have voted.
 */
export function SecretBallot({ elementId, round }: { elementId: string; round: SecretRound }) {
  const t = useTranslations();
  const mine = round.mineOf(elementId);
  const count = round.countOf(elementId);
  return (
    <div className="space-y-2" data-testid="secret-ballot" data-count={count} data-mine={mine ?? ''}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="flex items-center gap-1.5 text-sm font-semibold text-violet-900">
          <LockIcon />
          {t('rounds.ballotTitle')}
        </h3>
        <span className="text-xs font-semibold text-violet-800 tabular-nums" data-testid="round-count">
          {t('rounds.voted', { count })}
        </span>
      </div>
      {round.canVote ? (
        <div className="grid grid-cols-3 gap-1.5" role="group" aria-label={t('rounds.ballotTitle')}>
          {VOTE_ORDER.map((v) => (
            <VoteChoice key={v} value={v} on={mine === v} testId={`ballot-${v}`} disabled={round.busy} onChoose={() => mine !== v && round.cast(elementId, v)} />
          ))}
        </div>
      ) : null}
      <p className="text-xs text-slate-600" data-testid="ballot-hint">
        {round.canVote ? (mine ? t('rounds.yourBallot', { value: t(`vote.value.${mine}`) }) : t('rounds.ballotHint')) : t('rounds.cannotVote')}
      </p>
      {round.error && (
        <p role="alert" data-testid="ballot-error" className="text-xs text-rose-700">
          {round.error}
        </p>
      )}
    </div>
  );
}
