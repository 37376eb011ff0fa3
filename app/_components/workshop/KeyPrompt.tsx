'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { parseJoinInput } from '../model/links';

/** Shown when this browser holds no key for the workshop, or the one it holds was refused. */
export function KeyPrompt({ workshop, problem, onKey }: { workshop: string; problem?: string | null; onKey(key: string): void }) {
  const t = useTranslations();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex min-h-full items-center justify-center p-6">
      <form
        data-testid="key-prompt"
        className="w-full max-w-lg space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = parseJoinInput(text);
          const key = parsed?.key ?? (text.trim() && !text.includes('/') ? text.trim() : null);
          if (parsed && parsed.id !== workshop && parsed.key) {
            window.location.assign(`/w/${encodeURIComponent(parsed.id)}#key=${encodeURIComponent(parsed.key)}`);
            return;
          }
          if (!key) {
            setError(t('keyPrompt.wholeLink'));
            return;
          }
          onKey(key);
        }}
      >
        <h1 className="text-2xl font-semibold">{problem ? t('keyPrompt.refused') : t('keyPrompt.title')}</h1>
        <p className="text-slate-600">
          {problem ?? t('keyPrompt.text')}
        </p>
        <input
          data-testid="key-input"
          aria-label={t('keyPrompt.link')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="https://…/w/…#key=…"
          className="w-full rounded-xl border border-slate-300 px-4 py-3 text-base"
        />
        {error && <p className="text-sm text-red-700">{error}</p>}
        <div className="flex gap-2">
          <button type="submit" data-testid="key-submit" className="rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700">
            {t('keyPrompt.open')}
          </button>
          <a href="/" className="rounded-xl px-5 py-3 font-medium text-slate-700 hover:bg-slate-100">
            {t('problems.home')}
          </a>
        </div>
      </form>
    </div>
  );
}
