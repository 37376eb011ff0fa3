'use client';

import { useTranslations } from 'next-intl';
import type { EngineReport } from '../../../lib/engine/types';
import { whatIsMissing } from '../../../lib/engine/readiness';
import type { MapMeta } from '../../../lib/map/types';
import { PhaseChip } from '../facilitation/PhaseChip';
import { TimerDisplay, useTimerView } from '../facilitation/TimerControl';

/**
 * The top of the projector's screen in Present mode: what the workshop is, the phase and what it asks,
 * the countdown and both indices, in type the back of the room can read; no editing tools.
 */
export function PresentBar({ title, meta, report, onLeave }: { title: string; meta: MapMeta; report: EngineReport | null; onLeave(): void }) {
  const t = useTranslations();
  const timer = useTimerView(meta.timer);
  const missing = report ? whatIsMissing(report) : {};
  return (
    <header data-testid="present-bar" className="flex items-center gap-6 border-b border-slate-200 bg-white px-6 py-3">
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-3xl font-bold text-slate-900" data-testid="workshop-title">
          {title || t('header.untitled')}
        </h1>
        {meta.phase ? <PhaseChip phase={meta.phase} large /> : meta.cluster ? <p className="text-xl text-slate-600">{meta.cluster}</p> : null}
      </div>
      {timer.status !== 'stopped' && (
        <div className="shrink-0 scale-150 origin-right">
          <TimerDisplay view={timer} large />
        </div>
      )}
      {report &&
        (['ici', 'gi'] as const).map((which) => (
          <div key={which} className="shrink-0 text-center" title={t(`scores.index.${which}.name`)} data-testid={`present-${which}`}>
            <div className="text-5xl leading-none font-bold tabular-nums text-slate-900">{missing[which] ? '–' : report.indices[which].value.toFixed(0)}</div>
            <div className="mt-1 text-base font-semibold text-slate-500">{t(`scores.index.${which}.short`)}</div>
          </div>
        ))}
      <div className="flex shrink-0 flex-col gap-1">
        <button type="button" data-testid="present-fullscreen" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)} className="rounded-lg px-3 py-1.5 text-sm font-semibold text-slate-600 hover:bg-slate-100">
          {t('present.fullscreen')}
        </button>
        <button type="button" data-testid="present-leave" onClick={onLeave} className="rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50" title={t('present.leaveTip')}>
          {t('present.leave')}
        </button>
      </div>
    </header>
  );
}
