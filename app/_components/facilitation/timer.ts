import type { WorkshopTimer } from '../../../lib/map/types';

// The shared countdown lives in meta.timer as an absolute end time (epoch ms) while running, or the
// remaining time while paused. Every screen computes the countdown from its own clock, so two laptops
// whose clocks differ by a second show countdowns a second apart; nothing is sent while it runs.

export type TimerStatus = 'stopped' | 'running' | 'paused' | 'done';

export interface TimerView {
  status: TimerStatus;
  /** Whole milliseconds left (0 when done or stopped). */
  remainingMs: number;
}

export const TIMER_PRESETS_MIN = [3, 5, 10, 15] as const;
const MINUTE = 60_000;

export function timerView(timer: WorkshopTimer | undefined, now: number): TimerView {
  if (timer?.endsAt !== undefined) {
    const left = timer.endsAt - now;
    return left > 0 ? { status: 'running', remainingMs: left } : { status: 'done', remainingMs: 0 };
  }
  if (timer?.remainingMs !== undefined && timer.remainingMs > 0) return { status: 'paused', remainingMs: timer.remainingMs };
  return { status: 'stopped', remainingMs: 0 };
}

export const startTimer = (minutes: number, now: number): WorkshopTimer => ({ endsAt: now + minutes * MINUTE });

export function pauseTimer(timer: WorkshopTimer | undefined, now: number): WorkshopTimer | undefined {
  const view = timerView(timer, now);
  return view.status === 'running' ? { remainingMs: view.remainingMs } : timer;
}

export function resumeTimer(timer: WorkshopTimer | undefined, now: number): WorkshopTimer | undefined {
  const view = timerView(timer, now);
  return view.status === 'paused' ? { endsAt: now + view.remainingMs } : timer;
}

/** One more minute: on a running or paused timer it adds up; a finished or stopped one restarts at one minute. */
export function addMinute(timer: WorkshopTimer | undefined, now: number): WorkshopTimer {
  const view = timerView(timer, now);
  if (view.status === 'running') return { endsAt: timer!.endsAt! + MINUTE };
  if (view.status === 'paused') return { remainingMs: view.remainingMs + MINUTE };
  return startTimer(1, now);
}

/** "4:05", "12:00"; rounds up so a timer shows 0:00 only when it is over. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
