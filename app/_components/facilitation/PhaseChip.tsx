'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { WORKSHOP_PHASES, type WorkshopPhase } from '../../../lib/map/types';
import { useEscape } from '../hooks/useEscape';
import { phaseNumber } from '../../../lib/map/phases';

/** How long the instruction stays open by itself after the facilitator moves everyone to a new phase. */
const ANNOUNCE_MS = 20_000;

/**
 * The workshop's phase, shown once, in the top bar (docs/architecture.md "The UI"): its number and name,
 * and the one thing it asks of everyone in a small card below. The card opens by itself for a while when
 * the phase changes, and on a click at any time.
 */
export function PhaseChip({ phase, large, announce = true }: { phase: WorkshopPhase | undefined; large?: boolean; /** Open the card by itself on a change (not where the facilitator's tray says it). */ announce?: boolean }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const seen = useRef(phase);
  const box = useRef<HTMLDivElement>(null);
  useEscape(() => setOpen(false));

  useEffect(() => {
    if (!phase || seen.current === phase) return;
    seen.current = phase;
    if (!announce) return;
    setOpen(true);
    const timer = setTimeout(() => setOpen(false), ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [phase, announce]);

  // A click anywhere else closes the card, as a menu would.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  if (!phase) return null;
  const info = { label: t(`map.phase.${phase}.label`), short: t(`map.phase.${phase}.short`), instruction: t(`map.phase.${phase}.instruction`) };
  if (large) {
    return (
      <div data-testid="phase-strip" data-phase={phase} className="min-w-0">
        <p className="flex items-center gap-3 text-2xl font-bold text-slate-900" data-testid="phase-current" data-phase={phase}>
          <PhaseNumber phase={phase} large />
          {info.label}
        </p>
        <p data-testid="phase-instruction" className="mt-1 text-xl leading-snug text-slate-700">
          {info.instruction}
        </p>
      </div>
    );
  }
  return (
    <div ref={box} className="relative shrink-0" data-testid="phase-strip" data-phase={phase}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="phase-card"
        onClick={() => setOpen((o) => !o)}
        data-testid="phase-current"
        data-phase={phase}
        title={`${info.label}: ${info.instruction}`}
        className="inline-flex h-10 items-center gap-1.5 rounded-full bg-brand-50 pr-3 pl-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-100 hover:bg-brand-100"
      >
        <PhaseNumber phase={phase} />
        <span className="hidden whitespace-nowrap xl:inline">{info.label}</span>
        <span className="whitespace-nowrap xl:hidden">{info.short}</span>
      </button>
      {open && (
        // Information only: clicks go through to whatever it overlaps.
        <div id="phase-card" role="status" className="pointer-events-none absolute top-full left-0 z-40 mt-2 w-80 max-w-[calc(100vw-1.5rem)] rounded-xl bg-white p-3 text-slate-800 shadow-xl ring-1 ring-slate-200">
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {t('phase.stepOf', { n: phaseNumber(phase), total: WORKSHOP_PHASES.length })} · {info.label}
          </p>
          <p data-testid="phase-instruction" className="mt-1 text-base leading-snug">
            {info.instruction}
          </p>
        </div>
      )}
    </div>
  );
}

function PhaseNumber({ phase, large }: { phase: WorkshopPhase; large?: boolean }) {
  const t = useTranslations();
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand-600 font-bold text-white ${large ? 'h-10 w-10 text-xl' : 'h-8 w-8 text-sm'}`}
      aria-label={t('phase.stepOf', { n: phaseNumber(phase), total: WORKSHOP_PHASES.length })}
    >
      {phaseNumber(phase)}
    </span>
  );
}
