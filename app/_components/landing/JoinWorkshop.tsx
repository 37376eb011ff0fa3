'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { parseJoinCode } from '../../../lib/map/ids';
import { resolveJoinCode } from '../model/joinApi';
import { parseJoinInput } from '../model/links';

const PLACEHOLDER = 'K7P-4QX';

/** Join by the short code the facilitator shows, or by pasting the link (or "id key") someone shared. */
export function JoinWorkshop({ autoFocus = false }: { autoFocus?: boolean }) {
  const t = useTranslations();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const code = parseJoinCode(text);
    if (code) {
      setBusy(true);
      const answer = await resolveJoinCode(code);
      setBusy(false);
      if (answer.ok) return window.location.assign(answer.link);
      setError(answer.problem === 'too_many' ? t('join.tooMany', { seconds: answer.waitSeconds ?? 60 }) : answer.problem === 'unknown_code' ? t('join.unknownCode') : t('join.unreachable'));
      return;
    }
    const parsed = parseJoinInput(text);
    if (!parsed) return setError(t('join.notALink'));
    window.location.assign(`/w/${encodeURIComponent(parsed.id)}${parsed.key ? `#key=${encodeURIComponent(parsed.key)}` : ''}`);
  }

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="join-form" noValidate>
      <label htmlFor="join" className="block text-sm font-semibold text-slate-700">
        {t('join.label')}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="join"
          data-testid="join-input"
          value={text}
          autoFocus={autoFocus}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          placeholder={PLACEHOLDER}
          className="min-w-0 flex-1 rounded-xl border border-slate-300 px-4 py-3 font-mono text-lg tracking-wider shadow-sm"
        />
        <button type="submit" disabled={busy} data-testid="join-submit" className="min-h-12 rounded-xl bg-slate-800 px-6 py-3 text-base font-semibold text-white hover:bg-slate-900 disabled:opacity-60">
          {busy ? t('common.opening') : t('join.submit')}
        </button>
      </div>
      {error && (
        <p role="alert" data-testid="join-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
