'use client';

import { useTranslations } from 'next-intl';
import { wordError } from '../model/serverWords';
import { useState } from 'react';
import { saveLinks } from '../model/storage';
import { copyDemo, fetchDemo } from './api';

type Choice = 'copy' | 'participant' | 'observer';

/**
 * The demo, two ways (docs/operations.md §8): a copy of its own for each visitor, where they are the
 * facilitator and can invite others; or the shared demo, to try as a participant or to watch. Nobody is
 * handed the shared demo's controls.
 */
export function DemoCard() {
  const t = useTranslations();
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function open(choice: Choice) {
    setBusy(choice);
    setError(null);
    try {
      if (choice === 'copy') {
        const copy = await copyDemo(t('landing.demo.copyTitle'));
        // Kept like any workshop this browser made, so the page can offer "Invite" (Landing.tsx does the same).
        saveLinks(copy.id, copy.links);
        window.location.assign(copy.links.facilitator);
      } else {
        window.location.assign((await fetchDemo()).links[choice]);
      }
    } catch (err) {
      setError(wordError(t, err));
      setBusy(null);
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-600">{t('landing.demo.text')}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          data-testid="open-demo"
          disabled={busy !== null}
          onClick={() => open('copy')}
          className="rounded-xl bg-emerald-600 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-emerald-700 disabled:opacity-60"
        >
          {busy === 'copy' ? t('common.opening') : t('landing.demo.open')}
        </button>
        <button
          type="button"
          data-testid="open-shared-demo"
          disabled={busy !== null}
          onClick={() => open('participant')}
          className="rounded-xl px-4 py-3 text-base font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
        >
          {t('landing.demo.shared')}
        </button>
        <button
          type="button"
          data-testid="open-demo-observer"
          disabled={busy !== null}
          onClick={() => open('observer')}
          className="rounded-xl px-4 py-3 text-base font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
        >
          {t('landing.demo.watch')}
        </button>
      </div>
      <p className="text-sm text-slate-500">{t('landing.demo.explain')}</p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
