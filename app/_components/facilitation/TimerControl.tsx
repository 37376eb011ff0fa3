'use client';

import { useTranslations } from 'next-intl';
import type { WorkshopTimer } from '../../../lib/map/types';
import { ClockIcon, PauseIcon, PlayIcon, ResetIcon } from './icons';
import { TIMER_PRESETS_MIN, addMinute, formatRemaining, pauseTimer, resumeTimer, startTimer, timerView, type TimerView } from './timer';
import { useNow } from './useNow';

/** The shared countdown as everyone sees it; amber and gently pulsing once time is up. */
export function TimerDisplay({ view, large }: { view: TimerView; large?: boolean }) {
  const t = useTranslations();
  if (view.status === 'stopped') return null;
  const done = view.status === 'done';
  return (
    <span
      data-testid="timer-display"
      data-state={view.status}
      role="timer"
      aria-live={done ? 'assertive' : 'off'}
      aria-label={done ? t('timer.up') : t('timer.left', { time: formatRemaining(view.remainingMs), paused: view.status === 'paused' ? 'yes' : 'no' })}
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-3 font-semibold tabular-nums ${large ? 'h-9 text-lg' : 'h-8 text-base'} ${
        done ? 'cc-pulse bg-amber-100 text-amber-900 ring-2 ring-amber-400' : view.status === 'paused' ? 'bg-slate-100 text-slate-500' : 'bg-slate-900 text-white'
      }`}
    >
      <ClockIcon />
      {done ? t('timer.up') : formatRemaining(view.remainingMs)}
      {view.status === 'paused' && <span className="text-xs font-medium tracking-wide uppercase">{t('timer.paused')}</span>}
    </span>
  );
}

/** Reads the shared timer against this screen's clock, re-reading four times a second while it runs. */
export function useTimerView(timer: WorkshopTimer | undefined): TimerView {
  const now = useNow(timer?.endsAt !== undefined);
  return timerView(timer, now);
}

const small = 'inline-flex h-9 shrink-0 items-center justify-center gap-1 rounded-lg px-2.5 text-sm font-semibold text-slate-700 hover:bg-slate-100';

/** The facilitator's timer: presets to start, then pause/resume, one more minute and reset. */
export function TimerControl({ timer, onChange }: { timer: WorkshopTimer | undefined; onChange(t: WorkshopTimer | undefined): void }) {
  const t = useTranslations();
  const view = useTimerView(timer);
  if (view.status === 'stopped') {
    return (
      <div className="flex shrink-0 items-center gap-0.5" role="group" aria-label={t('timer.start')}>
        <span className="mr-1 text-slate-500" title={t('timer.label')}>
          <ClockIcon />
        </span>
        {TIMER_PRESETS_MIN.map((m) => (
          <button key={m} type="button" data-testid={`timer-start-${m}`} onClick={() => onChange(startTimer(m, Date.now()))} className={small} title={t('timer.startN', { m })}>
            {m}
            <span className="text-xs font-medium text-slate-500">{t('timer.min')}</span>
          </button>
        ))}
      </div>
    );
  }
  return (
    <div className="flex shrink-0 items-center gap-0.5" role="group" aria-label={t('timer.label')}>
      <TimerDisplay view={view} />
      {view.status === 'running' && (
        <button type="button" data-testid="timer-pause" onClick={() => onChange(pauseTimer(timer, Date.now()))} className={small} aria-label={t('timer.pause')} title={t('timer.pause')}>
          <PauseIcon />
        </button>
      )}
      {view.status === 'paused' && (
        <button type="button" data-testid="timer-resume" onClick={() => onChange(resumeTimer(timer, Date.now()))} className={small} aria-label={t('timer.resume')} title={t('timer.resume')}>
          <PlayIcon />
        </button>
      )}
      <button type="button" data-testid="timer-add" onClick={() => onChange(addMinute(timer, Date.now()))} className={small} title={t('timer.addMinute')}>
        +1<span className="text-xs font-medium text-slate-500">{t('timer.min')}</span>
      </button>
      <button type="button" data-testid="timer-reset" onClick={() => onChange(undefined)} className={small} aria-label={t('timer.reset')} title={t('timer.resetTip')}>
        <ResetIcon />
      </button>
    </div>
  );
}
