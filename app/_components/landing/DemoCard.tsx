'use client';

import { useState } from 'react';
import { fetchDemo } from './api';

/** Opens the ready-made demo as a participant: visitors can try editing without being handed control. */
export function DemoCard() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open(role: 'participant' | 'observer' | 'facilitator') {
    setBusy(true);
    setError(null);
    try {
      const demo = await fetchDemo();
      window.location.assign(demo.links[role]);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The demo is not available.');
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-600">
        See a living map first: the Wuhan <span lang="zh-CN">光谷</span> Optics Valley cluster, with its fibre, laser and
        optical-communication firms, universities, labs, government and funders.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          data-testid="open-demo"
          disabled={busy}
          onClick={() => open('participant')}
          className="rounded-xl bg-emerald-600 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-emerald-700 disabled:opacity-60"
        >
          {busy ? 'Opening…' : 'Open the demo workshop'}
        </button>
        <button
          type="button"
          data-testid="open-demo-observer"
          disabled={busy}
          onClick={() => open('observer')}
          className="rounded-xl px-4 py-3 text-base font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
        >
          Just watch
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
