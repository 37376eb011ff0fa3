'use client';

import { useState } from 'react';
import { parseJoinInput } from '../model/links';

/** Join by pasting the link (or "id key") someone shared. */
export function JoinWorkshop() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = parseJoinInput(text);
    if (!parsed) {
      setError('That does not look like a workshop link. Paste the whole link you were sent.');
      return;
    }
    window.location.assign(`/w/${encodeURIComponent(parsed.id)}${parsed.key ? `#key=${encodeURIComponent(parsed.key)}` : ''}`);
  }

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="join-form" noValidate>
      <label htmlFor="join" className="block text-sm font-semibold text-slate-700">Paste the link you were sent</label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="join"
          data-testid="join-input"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          placeholder="https://…/w/…#key=…"
          className="min-w-0 flex-1 rounded-xl border border-slate-300 px-4 py-3 text-base shadow-sm"
        />
        <button type="submit" data-testid="join-submit" className="rounded-xl bg-slate-800 px-5 py-3 text-base font-semibold text-white hover:bg-slate-900">
          Join
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
