'use client';

import { useLocale, useTranslations } from 'next-intl';
import { goalLabel } from '../../../lib/i18n/map-names';
import { useState } from 'react';
import { MAP_LIMITS } from '../../../lib/map/limits';

/**
 * Net-Map goals: what an actor wants, as short tags (“attract lead firms”). Suggestions are the goals
 * other actors already have, so the same goal is written the same way and the goals filter finds them.
 */
export function GoalsField({ goals, suggestions, editable, onChange }: { goals: string[]; suggestions: string[]; editable: boolean; onChange(goals: string[]): void }) {
  const t = useTranslations();
  const locale = useLocale();
  const [draft, setDraft] = useState('');
  const add = () => {
    const goal = draft.trim().slice(0, MAP_LIMITS.labelLength);
    setDraft('');
    if (!goal || goals.includes(goal) || goals.length >= MAP_LIMITS.goals) return;
    onChange([...goals, goal]);
  };
  const listId = 'goal-suggestions';
  return (
    <div className="space-y-2" data-testid="actor-goals">
      {goals.length === 0 ? (
        <p className="text-sm text-slate-500">{editable ? t('inspector.goals.none') : t('inspector.goals.noneNoted')}</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5">
          {goals.map((g) => (
            <li key={g} className="flex items-center gap-1 rounded-full border border-violet-200 bg-violet-50 py-0.5 pr-1 pl-3 text-sm text-violet-900" data-testid="actor-goal">
              <span className="max-w-56 truncate" data-testid="actor-goal-text">{goalLabel(g, locale)}</span>
              {editable && (
                <button type="button" aria-label={t('inspector.goals.remove', { goal: goalLabel(g, locale) })} onClick={() => onChange(goals.filter((x) => x !== g))} className="flex h-6 w-6 items-center justify-center rounded-full text-violet-700 hover:bg-violet-100">
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && goals.length < MAP_LIMITS.goals && (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <input
            value={draft}
            list={listId}
            maxLength={MAP_LIMITS.labelLength}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('inspector.goals.add')}
            aria-label={t('inspector.goals.add')}
            data-testid="actor-goal-input"
            className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 text-base"
          />
          <datalist id={listId}>
            {suggestions.filter((s) => !goals.includes(s)).map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <button type="submit" disabled={!draft.trim()} data-testid="actor-goal-add" className="shrink-0 rounded-lg bg-violet-600 px-3 py-2 text-sm font-semibold text-white hover:bg-violet-700 disabled:bg-slate-300">
            {t('inspector.goals.addButton')}
          </button>
        </form>
      )}
    </div>
  );
}
