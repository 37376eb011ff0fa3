'use client';

import { votersOf, type AgreementStatus, type Tally } from '../../../lib/map/discussion';
import type { VoteValue } from '../../../lib/map/types';
import { VOTE_ICON } from './icons';

// The three answers, each with a plain word, its Chinese word underneath (many workshops are in Chinese)
// and an icon, so nobody has to read a sentence to vote.
export const VOTE_LABEL: Record<VoteValue, { word: string; zh: string; on: string; idle: string; ink: string }> = {
  agree: { word: 'Agree', zh: '同意', on: 'border-emerald-600 bg-emerald-600 text-white', idle: 'border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100', ink: 'text-emerald-700' },
  disagree: { word: 'Disagree', zh: '不同意', on: 'border-rose-600 bg-rose-600 text-white', idle: 'border-rose-300 bg-rose-50 text-rose-900 hover:bg-rose-100', ink: 'text-rose-700' },
  unsure: { word: 'Not sure', zh: '不确定', on: 'border-slate-600 bg-slate-600 text-white', idle: 'border-slate-300 bg-slate-50 text-slate-800 hover:bg-slate-100', ink: 'text-slate-600' },
};

const ORDER: VoteValue[] = ['agree', 'disagree', 'unsure'];

const STATUS_TEXT: Record<AgreementStatus, string> = {
  none: 'No votes yet.',
  agreed: 'Everyone who voted agrees.',
  open: 'Nobody disagrees, but not everyone is sure.',
  contested: 'Someone disagrees: worth talking about.',
};

export function VoteButtons({
  votes,
  tally,
  status,
  people,
  me,
  canVote,
  onVote,
}: {
  votes: Record<string, VoteValue>;
  tally: Tally;
  status: AgreementStatus;
  people: Readonly<Record<string, string>>;
  me: string | null;
  canVote: boolean;
  onVote(vote: VoteValue | null): void;
}) {
  const mine = me ? votes[me] : undefined;
  const nameOf = (id: string) => (id === me ? 'you' : (people[id] ?? 'someone'));

  return (
    <div className="space-y-2" data-testid="votes" data-status={status} data-total={tally.total}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-700">Should the map say this?</h3>
        <span className="text-xs text-slate-500 tabular-nums">{tally.total === 1 ? '1 vote' : `${tally.total} votes`}</span>
      </div>
      {canVote ? (
        <div className="grid grid-cols-3 gap-1.5" role="group" aria-label="Your vote">
          {ORDER.map((v) => {
            const on = mine === v;
            const L = VOTE_LABEL[v];
            return (
              <button
                key={v}
                type="button"
                aria-pressed={on}
                data-testid={`vote-${v}`}
                data-count={tally[v]}
                title={on ? `Your vote. Press again to take it back.` : `${L.word} (${L.zh})`}
                onClick={() => onVote(on ? null : v)}
                className={`flex min-h-16 flex-col items-center justify-center gap-0.5 rounded-xl border-2 px-1 py-1.5 transition ${on ? `${L.on} shadow-sm` : L.idle}`}
              >
                <span className="flex items-center gap-1.5">
                  {VOTE_ICON[v]}
                  <span className="text-lg leading-none font-bold tabular-nums">{tally[v]}</span>
                </span>
                <span className="text-sm leading-tight font-semibold">{L.word}</span>
                <span className={`text-xs leading-tight ${on ? 'text-white/85' : 'opacity-70'}`} lang="zh">
                  {L.zh}
                </span>
              </button>
            );
          })}
        </div>
      ) : (
        <div className="grid grid-cols-3 gap-1.5" data-testid="votes-readonly">
          {ORDER.map((v) => (
            <div key={v} data-testid={`vote-count-${v}`} data-count={tally[v]} className={`flex flex-col items-center rounded-xl border border-slate-200 bg-slate-50 px-1 py-1.5 ${VOTE_LABEL[v].ink}`}>
              <span className="flex items-center gap-1.5">
                {VOTE_ICON[v]}
                <span className="text-lg leading-none font-bold tabular-nums">{tally[v]}</span>
              </span>
              <span className="text-sm font-semibold">{VOTE_LABEL[v].word}</span>
            </div>
          ))}
        </div>
      )}
      {tally.total > 0 && (
        <ul className="space-y-0.5 text-sm" data-testid="voters">
          {ORDER.filter((v) => tally[v] > 0).map((v) => (
            <li key={v} data-testid={`voters-${v}`} className="flex gap-1.5">
              <span className={`shrink-0 font-semibold ${VOTE_LABEL[v].ink}`}>{VOTE_LABEL[v].word}:</span>
              <span className="min-w-0 break-words text-slate-700">{votersOf(votes, v).map(nameOf).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      <p className={`text-xs ${status === 'contested' ? 'font-medium text-rose-700' : 'text-slate-500'}`}>
        {STATUS_TEXT[status]}
        {canVote && mine ? ' Press your answer again to take it back.' : ''}
      </p>
    </div>
  );
}
