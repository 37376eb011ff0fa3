import { describe, expect, it } from 'vitest';
import { addMinute, formatRemaining, pauseTimer, resumeTimer, startTimer, timerView } from '../../../app/_components/facilitation/timer';

const T0 = 1_800_000_000_000;

describe('facilitation timer (P13)', () => {
  it('runs down from an absolute end time and is done at zero', () => {
    const t = startTimer(5, T0);
    expect(t).toEqual({ endsAt: T0 + 300_000 });
    expect(timerView(t, T0 + 1_000)).toEqual({ status: 'running', remainingMs: 299_000 });
    expect(timerView(t, T0 + 300_000)).toEqual({ status: 'done', remainingMs: 0 });
    expect(timerView(undefined, T0)).toEqual({ status: 'stopped', remainingMs: 0 });
    expect(timerView({}, T0).status).toBe('stopped');
  });

  it('pauses with the time left and resumes from it', () => {
    const paused = pauseTimer(startTimer(3, T0), T0 + 60_000);
    expect(paused).toEqual({ remainingMs: 120_000 });
    expect(timerView(paused, T0 + 999_999)).toEqual({ status: 'paused', remainingMs: 120_000 });
    const resumed = resumeTimer(paused, T0 + 500_000);
    expect(resumed).toEqual({ endsAt: T0 + 620_000 });
    // Pausing a paused timer or resuming a running one changes nothing.
    expect(pauseTimer(paused, T0)).toBe(paused);
    expect(resumeTimer(resumed, T0)).toBe(resumed);
  });

  it('adds a minute to running and paused timers and restarts finished ones', () => {
    expect(addMinute(startTimer(3, T0), T0 + 10)).toEqual({ endsAt: T0 + 240_000 });
    expect(addMinute({ remainingMs: 5_000 }, T0)).toEqual({ remainingMs: 65_000 });
    expect(addMinute(startTimer(3, T0), T0 + 999_999)).toEqual({ endsAt: T0 + 999_999 + 60_000 });
    expect(addMinute(undefined, T0)).toEqual({ endsAt: T0 + 60_000 });
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(299_001)).toBe('5:00');
    expect(formatRemaining(65_000)).toBe('1:05');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});
