'use client';

import { WORKSHOP_PHASES } from '../../../lib/map/types';
import { FollowIcon, LockClosedIcon, LockOpenIcon } from './icons';
import { PhaseStepper } from './PhaseStepper';
import { PHASE_INFO, phaseNumber } from './phases';
import { TimerControl, TimerDisplay, useTimerView } from './TimerControl';
import type { Facilitation } from './useFacilitation';

const toggle = (on: boolean, onClass: string) =>
  `inline-flex h-9 shrink-0 items-center gap-1.5 rounded-lg border px-3 text-sm font-semibold whitespace-nowrap transition ${
    on ? onClass : 'border-slate-300 text-slate-700 hover:bg-slate-50'
  }`;

/**
 * The workshop's rhythm under the toolbar (ARCHITECTURE.md "The UI"). The facilitator gets a row of
 * controls: phase stepper, timer, pause editing and Follow me. Everyone, the facilitator included (their
 * screen is usually the one on the projector), sees the phase with its one-line instruction; participants
 * also see the countdown there. Nothing shows for them until the facilitator has started something.
 */
export function FacilitationBar({ f }: { f: Facilitation }) {
  return (
    <>
      {f.isFacilitator && <FacilitatorControls f={f} />}
      <PhaseStrip f={f} />
    </>
  );
}

function FacilitatorControls({ f }: { f: Facilitation }) {
  const { meta } = f;
  return (
    <div data-testid="facilitation-bar" data-phase={meta.phase ?? ''} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-2 py-1.5 sm:px-3" role="toolbar" aria-label="Facilitation">
      <PhaseStepper phase={meta.phase} onPick={f.setPhase} />
      <p className="hidden min-w-0 flex-1 truncate text-sm text-slate-500 lg:block">{meta.phase ? '' : 'Pick a phase to show everyone what to do now.'}</p>
      <div className="ml-auto flex items-center gap-2">
        <TimerControl timer={meta.timer} onChange={f.setTimer} />
        <span className="h-7 w-px shrink-0 bg-slate-200" aria-hidden="true" />
        <button
          type="button"
          data-testid="lock-toggle"
          aria-pressed={meta.locked === true}
          aria-label={meta.locked ? 'Editing paused: let participants edit again' : 'Pause editing for participants'}
          onClick={() => f.setLocked(meta.locked !== true)}
          className={toggle(meta.locked === true, 'border-amber-400 bg-amber-100 text-amber-900 hover:bg-amber-200')}
          title={meta.locked ? 'Participants cannot edit. Click to let them edit again.' : 'Pause editing for everyone but you'}
        >
          {meta.locked ? <LockClosedIcon /> : <LockOpenIcon />}
          <span className="hidden sm:inline">{meta.locked ? 'Editing paused' : 'Pause editing'}</span>
        </button>
        <button
          type="button"
          data-testid="follow-toggle"
          aria-pressed={f.leading}
          aria-label={f.leading ? 'Everyone follows you: stop' : 'Follow me'}
          onClick={() => f.setLeading(!f.leading)}
          className={toggle(f.leading, 'border-brand-600 bg-brand-600 text-white hover:bg-brand-700')}
          title={f.leading ? 'Everyone’s screen follows yours. Click to let them look around on their own.' : 'Move everyone’s screen with yours'}
        >
          <FollowIcon />
          <span className="hidden sm:inline">{f.leading ? 'Everyone follows you' : 'Follow me'}</span>
        </button>
      </div>
    </div>
  );
}

function PhaseStrip({ f }: { f: Facilitation }) {
  const { meta } = f;
  const timer = useTimerView(meta.timer);
  const phase = meta.phase;
  // The facilitator's countdown is already in the controls row.
  const showTimer = !f.isFacilitator && timer.status !== 'stopped';
  if (!phase && !showTimer) return null;
  return (
    <div data-testid="phase-strip" data-phase={phase ?? ''} className="flex items-center gap-3 border-b border-brand-100 bg-brand-50 px-3 py-1.5 sm:px-4">
      {phase ? (
        <p className="min-w-0 flex-1 text-sm leading-snug text-slate-800 lg:text-base">
          <span className="mr-2 inline-flex items-center gap-1.5 font-semibold text-brand-700" data-testid="phase-current" data-phase={phase}>
            <span className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white" aria-label={`Step ${phaseNumber(phase)} of ${WORKSHOP_PHASES.length}`}>
              {phaseNumber(phase)}
            </span>
            {PHASE_INFO[phase].label}
          </span>
          <span data-testid="phase-instruction" className="text-slate-700">
            {PHASE_INFO[phase].instruction}
          </span>
        </p>
      ) : (
        <span className="flex-1" />
      )}
      {showTimer && <TimerDisplay view={timer} large />}
    </div>
  );
}

/** "Following Ada's view", with a personal way out (and back in while that facilitator still leads). */
export function FollowBanner({ f }: { f: Facilitation }) {
  if (f.leader) {
    return (
      <div data-testid="follow-banner" className="flex items-center gap-3 border-b border-brand-600 bg-brand-600 px-3 py-1.5 text-sm text-white sm:px-4">
        <FollowIcon />
        <span className="min-w-0 flex-1 truncate">
          Following <b>{f.leader.state.user.name}</b>’s view
        </span>
        <button type="button" data-testid="follow-stop" onClick={f.stopFollowing} className="shrink-0 rounded-lg bg-white/15 px-3 py-1 font-semibold hover:bg-white/25">
          Stop following
        </button>
      </div>
    );
  }
  if (f.leaderPaused) {
    return (
      <div data-testid="follow-paused" className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-1 text-sm text-slate-600 sm:px-4">
        <span className="min-w-0 flex-1 truncate">
          {f.leaderPaused.state.user.name} is showing everyone their view.
        </span>
        <button type="button" data-testid="follow-again" onClick={f.followAgain} className="shrink-0 rounded-lg px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">
          Follow again
        </button>
      </div>
    );
  }
  return null;
}
