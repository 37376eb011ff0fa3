'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { AgreementRules, AgreementStatus, Tally } from '../../../lib/map/agreement';
import type { VoteValue } from '../../../lib/map/types';
import type { Translate } from '../model/serverWords';
import { VOTE_ICON } from './icons';
import { VOTE_LABEL, VOTE_ORDER as ORDER, VoteChoice } from './VoteChoice';


/** Participant ids who voted `value`, in a stable order. */
const votersOf = (votes: Record<string, VoteValue>, value: VoteValue) =>
  Object.keys(votes)
    .filter((id) => votes[id] === value)
    .sort();

function statusLine(t: Translate, status: AgreementStatus, tally: Tally, rules: AgreementRules, decided: boolean): string {
  if (decided) return t('vote.decided', { status: t(`agreement.status.${status}.label`) });
  if (status === 'too_few') {
    const missing = rules.quorum - tally.total;
    return tally.total === 0 ? t('vote.noneYet', { quorum: rules.quorum }) : t('vote.moreNeeded', { count: missing });
  }
  return t(`agreement.status.${status}.hint`);
}

export function VoteButtons({
  votes,
  tally,
  status,
  rules,
  decided,
  people,
  me,
  canVote,
  secret = false,
  onVote,
}: {
  votes: Record<string, VoteValue>;
  tally: Tally;
  status: AgreementStatus;
  rules: AgreementRules;
  /** The status comes from the facilitator's decision. */
  decided: boolean;
  people: Readonly<Record<string, string>>;
  me: string | null;
  canVote: boolean;
  /** The tally is a closed secret round's (docs/protocol.md P18): counts only, nobody's name. */
  secret?: boolean;
  onVote(vote: VoteValue | null): void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const mine = me ? votes[me] : undefined;
  const nameOf = (id: string) => (id === me ? t('vote.you') : (people[id] ?? t('comments.someone')));

  return (
    <div className="space-y-2" data-testid="votes" data-status={status} data-total={tally.total} data-secret={secret || undefined}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-700">{t('vote.question')}</h3>
        <span className="text-xs text-slate-500 tabular-nums">{t('vote.count', { count: tally.total })}</span>
      </div>
      {canVote ? (
        <div className="grid grid-cols-3 gap-1.5" role="group" aria-label={t('vote.yours')}>
          {ORDER.map((v) => (
            <VoteChoice
              key={v}
              value={v}
              on={mine === v}
              count={tally[v]}
              testId={`vote-${v}`}
              title={mine === v ? t('vote.yourVote') : t(`vote.value.${v}`)}
              onChoose={() => onVote(mine === v ? null : v)}
            />
          ))}
        </div>
      ) : (
        <div className="grid grid-cols-3 gap-1.5" data-testid="votes-readonly">
          {ORDER.map((v) => (
            <div key={v} data-testid={`vote-count-${v}`} data-count={tally[v]} className={`flex flex-col items-center rounded-xl border border-slate-200 bg-slate-50 px-1 py-1.5 ${VOTE_LABEL[v].ink}`}>
              <span className="flex items-center gap-1.5">
                {VOTE_ICON[v]}
                <span className="text-lg leading-none font-bold tabular-nums">{tally[v]}</span>
              </span>
              <span className="text-sm font-semibold">{t(`vote.value.${v}`)}</span>
            </div>
          ))}
        </div>
      )}
      {secret && (
        <p className="text-xs font-medium text-violet-800" data-testid="secret-tally">
          {t('rounds.closedTally')}
        </p>
      )}
      {tally.total > 0 && !secret && (
        <ul className="space-y-0.5 text-sm" data-testid="voters">
          {ORDER.filter((v) => tally[v] > 0).map((v) => (
            <li key={v} data-testid={`voters-${v}`} className="flex gap-1.5">
              <span className={`shrink-0 font-semibold ${VOTE_LABEL[v].ink}`}>{t('vote.votersOf', { value: t(`vote.value.${v}`) })}</span>
              <span className="min-w-0 break-words text-slate-700">{format.list(votersOf(votes, v).map(nameOf), { type: 'unit' })}</span>
            </li>
          ))}
        </ul>
      )}
      <p className={`text-xs ${status === 'contested' ? 'font-medium text-rose-700' : 'text-slate-500'}`} data-testid="vote-status-line">
        {statusLine(t, status, tally, rules, decided)}
        {canVote && mine ? t('vote.takeBack') : ''}
      </p>
    </div>
  );
}
