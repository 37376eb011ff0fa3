'use client';

import { useState } from 'react';
import { PRESENCE_PALETTE } from '../../../lib/sync/palette';
import type { Person } from '../model/storage';

/** Asked once per browser: the name others see next to your cursor and your changes. */
export function NameDialog({ initial, first, onSave, onCancel }: { initial: Person; first: boolean; onSave(p: Person): void; onCancel?: () => void }) {
  const [name, setName] = useState(initial.name);
  const [color, setColor] = useState(initial.color);
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    onSave({ ...initial, name: name.trim() || initial.name, color });
  };
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" role="dialog" aria-modal="true" aria-labelledby="name-title">
      <form onSubmit={save} data-testid="name-dialog" className="w-full max-w-md space-y-5 rounded-2xl bg-white p-6 shadow-xl">
        <div>
          <h2 id="name-title" className="text-xl font-semibold">
            {first ? 'Welcome! What should we call you?' : 'Change your name'}
          </h2>
          <p className="mt-1 text-slate-600">Others in the workshop see this name next to your pointer and your changes.</p>
        </div>
        <input
          autoFocus
          data-testid="name-input"
          aria-label="Your name"
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-xl border border-slate-300 px-4 py-3 text-lg shadow-sm"
        />
        <div>
          <p className="mb-2 text-sm font-semibold text-slate-700">Your colour</p>
          <div className="flex flex-wrap gap-2" role="radiogroup" aria-label="Your colour">
            {PRESENCE_PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={color === c}
                aria-label={c}
                onClick={() => setColor(c)}
                className={`h-9 w-9 rounded-full transition ${color === c ? 'ring-4 ring-slate-900/25 ring-offset-2' : ''}`}
                style={{ backgroundColor: c }}
              />
            ))}
          </div>
        </div>
        <div className="flex justify-end gap-2">
          {onCancel && (
            <button type="button" onClick={onCancel} className="rounded-xl px-4 py-2.5 font-medium text-slate-700 hover:bg-slate-100">
              Cancel
            </button>
          )}
          <button type="submit" data-testid="name-save" className="rounded-xl bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
            {first ? 'Join the workshop' : 'Save'}
          </button>
        </div>
      </form>
    </div>
  );
}
