'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { MAP_LIMITS } from '../../../lib/map/limits';
import type { Scenario } from '../../../lib/scenarios';
import { useDialogFocus } from '../hooks/useDialogFocus';
import { useEscape } from '../hooks/useEscape';
import type { ScenarioMode } from './useScenarioMode';

/** "What if…" in the top bar: opens the dialog that names a new scenario or opens one already planned. */
export function WhatIfButton({ mode }: { mode: ScenarioMode }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const active = mode.active;
  return (
    <>
      <button
        type="button"
        data-testid="what-if"
        aria-haspopup="dialog"
        aria-pressed={active !== null}
        aria-label={t('scenarios.button')}
        disabled={!mode.canPlan && active === null}
        title={active ? t('scenarios.activeTip', { name: active.name }) : mode.canPlan ? t('scenarios.buttonTip') : t('scenarios.pausedWhyNot')}
        onClick={() => (active ? mode.leave() : setOpen(true))}
        className={`inline-flex h-11 min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-xl px-3 text-sm font-semibold transition disabled:cursor-not-allowed disabled:opacity-35 ${active ? 'bg-violet-600 text-white hover:bg-violet-700' : 'text-violet-800 hover:bg-violet-50'}`}
      >
        <span aria-hidden="true" className="text-lg leading-none">
          ⎇
        </span>
        {/* Like the other tools (Toolbar.tsx): the word from 2xl up, below it the icon and its tooltip, so the bar fits a projector. */}
        <span className="hidden 2xl:inline">{t('scenarios.button')}</span>
      </button>
      {open && <WhatIfDialog scenarios={mode.scenarios} onStart={(name) => (mode.start(name), setOpen(false))} onOpen={(id) => (mode.open(id), setOpen(false))} onClose={() => setOpen(false)} />}
    </>
  );
}

function WhatIfDialog({ scenarios, onStart, onOpen, onClose }: { scenarios: Scenario[]; onStart(name: string): void; onOpen(id: string): void; onClose(): void }) {
  const t = useTranslations();
  const box = useRef<HTMLDivElement>(null);
  const [name, setName] = useState('');
  useDialogFocus(box);
  useEscape(onClose);
  const clean = name.trim();
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-3" role="dialog" aria-modal="true" aria-labelledby="what-if-title" onClick={onClose}>
      <div ref={box} tabIndex={-1} data-testid="what-if-dialog" className="w-full max-w-md space-y-3 rounded-2xl bg-white p-5 shadow-2xl outline-none" onClick={(e) => e.stopPropagation()}>
        <h2 id="what-if-title" className="text-lg font-bold text-slate-900">
          {t('scenarios.dialogTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('scenarios.dialogIntro')}</p>
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (clean) onStart(clean);
          }}
        >
          <label className="block text-sm font-semibold text-slate-700">
            {t('scenarios.nameLabel')}
            <input
              autoFocus
              data-testid="scenario-name"
              value={name}
              maxLength={MAP_LIMITS.labelLength}
              placeholder={t('scenarios.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base font-normal"
            />
          </label>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={onClose} className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">
              {t('scenarios.cancel')}
            </button>
            <button type="submit" data-testid="scenario-start" disabled={!clean} className="rounded-lg bg-violet-600 px-3 py-2 text-sm font-semibold text-white hover:bg-violet-700 disabled:opacity-40">
              {t('scenarios.start')}
            </button>
          </div>
        </form>
        {scenarios.length > 0 && (
          <div>
            <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('scenarios.existing')}</h3>
            <ul className="max-h-48 space-y-1 overflow-y-auto" data-testid="scenario-list">
              {scenarios.map((s) => (
                <li key={s.id} className="flex items-center justify-between gap-2 text-sm">
                  <span className="min-w-0 truncate">{s.name}</span>
                  <button type="button" data-testid="scenario-open" onClick={() => onOpen(s.id)} className="rounded-lg px-2 py-1 font-semibold text-violet-700 hover:bg-violet-50">
                    {t('scenarios.openOne')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
