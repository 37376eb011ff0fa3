'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

// Small form pieces for the inspector: big touch targets, plain labels, and text that is committed when
// the person finishes (blur or Enter) so one word typed is one undo step, not one per letter.

export function Section({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <div className="space-y-2">
      <div>
        <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
        {hint && <p className="text-xs text-slate-500">{hint}</p>}
      </div>
      {children}
    </div>
  );
}

export function CommitInput({
  value,
  onCommit,
  testId,
  label,
  autoFocus,
  placeholder,
  multiline,
}: {
  value: string;
  onCommit(v: string): void;
  testId?: string;
  label: string;
  autoFocus?: boolean;
  placeholder?: string;
  multiline?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Someone else's change shows up unless this person is in the middle of typing.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  useEffect(() => {
    if (autoFocus && ref.current) {
      ref.current.focus();
      ref.current.select();
    }
  }, [autoFocus]);
  const commit = () => {
    editing.current = false;
    if (draft !== value) onCommit(draft);
  };
  const common = {
    ref,
    value: draft,
    'aria-label': label,
    'data-testid': testId,
    placeholder,
    onFocus: () => (editing.current = true),
    onBlur: commit,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      editing.current = true;
      setDraft(e.target.value);
    },
    className:
      'w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base shadow-sm focus:border-brand-500 disabled:bg-slate-100 disabled:text-slate-600',
  };
  if (multiline) return <textarea rows={3} {...common} />;
  return (
    <input
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit();
          (e.target as HTMLInputElement).blur();
        } else if (e.key === 'Escape') {
          editing.current = false;
          setDraft(value);
          (e.target as HTMLInputElement).blur();
        }
      }}
    />
  );
}

export function Segmented<T extends string | number>({
  options,
  value,
  onChange,
  testIdPrefix,
  label,
}: {
  options: { value: T; label: ReactNode; title?: string }[];
  value: T | undefined;
  onChange(v: T): void;
  testIdPrefix: string;
  label: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="flex rounded-lg border border-slate-300 bg-slate-100 p-0.5">
      {options.map((o) => (
        <button
          key={String(o.value)}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          title={o.title}
          data-testid={`${testIdPrefix}-${o.value}`}
          onClick={() => onChange(o.value)}
          className={`min-h-10 flex-1 rounded-md px-2 py-1.5 text-sm font-medium transition ${
            value === o.value ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-300' : 'text-slate-600 hover:text-slate-900'
          }`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** A two-column grid of choices with a swatch each (actor types, tie kinds): one radio group. */
export function ChoiceGrid<T extends string>({
  options,
  value,
  onChange,
  testIdPrefix,
  label,
}: {
  options: readonly { value: T; label: string; hint: string; swatch: ReactNode }[];
  value: T;
  onChange(v: T): void;
  testIdPrefix: string;
  label: string;
}) {
  return (
    <div className="grid grid-cols-2 gap-1.5" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          title={o.hint}
          data-testid={`${testIdPrefix}-${o.value}`}
          onClick={() => onChange(o.value)}
          className={`flex min-h-10 items-center gap-2 rounded-lg border px-2.5 py-2 text-left text-sm transition ${
            value === o.value ? 'border-brand-500 bg-brand-50 font-semibold ring-1 ring-brand-500' : 'border-slate-200 bg-white hover:border-slate-300'
          }`}
        >
          {o.swatch}
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function Toggle({ checked, onChange, label, testId, hint }: { checked: boolean; onChange(v: boolean): void; label: string; testId?: string; hint?: string }) {
  return (
    <label className="flex min-h-10 cursor-pointer items-start gap-3">
      <input
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-0.5 h-5 w-5 shrink-0 rounded border-slate-400 accent-brand-600"
      />
      <span>
        <span className="block text-sm font-medium text-slate-800">{label}</span>
        {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      </span>
    </label>
  );
}
