'use client';

import { useTranslations } from 'next-intl';
import { EditingSwitch } from './EditingSwitch';
import { FollowIcon } from './icons';
import { PhaseStepper } from './PhaseStepper';
import { TimerControl } from './TimerControl';
import type { Facilitation } from './useFacilitation';

const toggle = (on: boolean, onClass: string) =>
  `inline-flex h-10 shrink-0 items-center gap-1.5 rounded-lg border px-3 text-sm font-semibold whitespace-nowrap transition ${
    on ? onClass : 'border-slate-300 text-slate-700 hover:bg-slate-50'
  }`;

/**
 * The facilitator's controls — phase, timer, what participants may change, Follow me — in a tray that
 * drops below the one top bar and floats over the map's edge, so opening it moves nothing
 * (docs/architecture.md "The UI"). It stays open until closed: facilitators keep it open for a session.
 */
export function FacilitatorTray({ f, onClose }: { f: Facilitation; onClose(): void }) {
  const t = useTranslations();
  const { meta } = f;
  return (
    <div
      data-testid="facilitation-bar"
      data-phase={meta.phase ?? ''}
      data-covers-canvas
      role="toolbar"
      aria-label={t('tray.label')}
      className="absolute inset-x-2 top-2 z-30 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-2xl bg-white/95 px-3 py-2 shadow-lg ring-1 ring-slate-200 backdrop-blur"
    >
      <PhaseStepper phase={meta.phase} onPick={f.setPhase} />
      <p className="hidden min-w-0 flex-1 text-sm text-slate-600 lg:block" data-testid="tray-instruction">
        {meta.phase ? t(`map.phase.${meta.phase}.instruction`) : t('tray.pickPhase')}
      </p>
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <TimerControl timer={meta.timer} onChange={f.setTimer} />
        <span className="h-7 w-px shrink-0 bg-slate-200" aria-hidden="true" />
        <EditingSwitch value={meta.editing ?? 'open'} onChange={f.setEditing} />
        <button
          type="button"
          data-testid="follow-toggle"
          aria-pressed={f.leading}
          aria-label={f.leading ? t('tray.followStop') : t('tray.followMe')}
          onClick={() => f.setLeading(!f.leading)}
          className={toggle(f.leading, 'border-brand-600 bg-brand-600 text-white hover:bg-brand-700')}
          title={f.leading ? t('tray.followingTip') : t('tray.followTip')}
        >
          <FollowIcon />
          <span className="hidden sm:inline">{f.leading ? t('tray.everyoneFollows') : t('tray.followMe')}</span>
        </button>
        <button type="button" data-testid="facilitation-close" onClick={onClose} aria-label={t('tray.hide')} className="h-10 rounded-lg px-2.5 text-lg leading-none text-slate-500 hover:bg-slate-100">
          ×
        </button>
      </div>
    </div>
  );
}

/** The top bar's way into the tray; says at a glance when everyone is following. */
export function FacilitateButton({ f, open, onToggle }: { f: Facilitation; open: boolean; onToggle(): void }) {
  const t = useTranslations();
  return (
    <button
      type="button"
      data-testid="facilitate-button"
      aria-expanded={open}
      onClick={onToggle}
      title={t('tray.facilitateTip')}
      aria-label={f.leading ? t('tray.facilitateLeading') : t('tray.facilitate')}
      className={`inline-flex h-10 shrink-0 items-center gap-1.5 rounded-xl px-3 text-sm font-semibold ${open ? 'bg-slate-900 text-white' : f.leading ? 'bg-brand-600 text-white' : 'border border-slate-300 text-slate-800 hover:bg-slate-50'}`}
    >
      <FollowIcon />
      <span className="hidden 2xl:inline">{f.leading ? t('tray.leading') : t('tray.facilitate')}</span>
    </button>
  );
}
