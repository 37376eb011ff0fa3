'use client';

import { useTranslations } from 'next-intl';
import type { SkippedChange } from '../../../lib/scenarios';
import type { ScenarioMode } from './useScenarioMode';

/** What the deleted base elements were: ties (removals, changes), actors (ends of planned ties), or both. */
function whatWasDeleted(skipped: readonly SkippedChange[]): 'ties' | 'actors' | 'both' {
  const missing = skipped.filter((s) => s.why === 'missing');
  const ties = missing.some((s) => s.change === 'removeTie' || s.change === 'changeTie');
  const actors = missing.some((s) => s.change === 'tie');
  return ties && actors ? 'both' : actors ? 'actors' : 'ties';
}

/**
 * Over the top of the map in scenario mode: the scenario's name and what it plans, what it refers to that
 * was deleted, and Adopt (the facilitator's), Discard and Leave.
 */
export function ScenarioBanner({ mode, onAdopt, onDiscard }: { mode: ScenarioMode; onAdopt(): void; onDiscard(): void }) {
  const t = useTranslations();
  const s = mode.active;
  if (!s) {
    return mode.note ? (
      <div role="status" data-testid={`scenario-${mode.note.kind}`} className="border-violet-200 bg-violet-50 px-4 py-2 text-sm text-violet-900">
        {mode.note.kind === 'adopted' ? t('scenarios.adopted', { name: mode.note.name }) : t('scenarios.ended')}
      </div>
    ) : null;
  }
  const missing = mode.applied?.skipped.filter((x) => x.why === 'missing') ?? [];
  return (
    <div data-testid="scenario-banner" data-scenario={s.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 border-violet-300 bg-violet-50 px-4 py-2 text-sm text-violet-950">
      <div className="min-w-0 flex-1">
        <p className="font-bold" data-testid="scenario-title">
          {t('scenarios.banner', { name: s.name })}
        </p>
        <p className="text-xs text-violet-800">
          {t('scenarios.summary', { actors: s.actors.length, ties: s.ties.length, removed: s.removeTies.length, changed: s.changeTies.length })} · {t('scenarios.hint')}
        </p>
        {missing.length > 0 && (
          <p role="status" data-testid="scenario-missing" className="mt-1 text-xs font-semibold text-amber-900">
            {t('scenarios.missing', { count: missing.length, what: whatWasDeleted(missing) })}
          </p>
        )}
      </div>
      {mode.canAdopt && (
        <button type="button" data-testid="scenario-adopt" onClick={onAdopt} className="rounded-lg bg-violet-600 px-3 py-1.5 font-semibold text-white hover:bg-violet-700">
          {t('scenarios.adopt')}
        </button>
      )}
      {mode.canPlan && (
        <button type="button" data-testid="scenario-discard" onClick={onDiscard} className="rounded-lg px-3 py-1.5 font-semibold text-rose-800 hover:bg-rose-50">
          {t('scenarios.discard')}
        </button>
      )}
      <button type="button" data-testid="scenario-leave" onClick={mode.leave} className="rounded-lg px-3 py-1.5 font-semibold text-violet-800 hover:bg-violet-100">
        {t('scenarios.leave')}
      </button>
    </div>
  );
}
