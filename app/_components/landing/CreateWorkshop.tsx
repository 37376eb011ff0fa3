'use client';

import { useState } from 'react';
import { createWorkshop, type Template } from './api';
import type { CreatedWorkshop } from './WorkshopLinks';

const TEMPLATES: { value: Template; title: string; text: string }[] = [
  { value: 'empty', title: 'Start empty', text: 'A blank map with the standard value-chain stages.' },
  { value: 'optics-valley', title: 'Copy the demo', text: 'Start from the Wuhan Optics Valley example and change it.' },
];

export function CreateWorkshop({ onCreated }: { onCreated: (w: CreatedWorkshop) => void }) {
  const [title, setTitle] = useState('');
  const [cluster, setCluster] = useState('');
  const [template, setTemplate] = useState<Template>('empty');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!title.trim()) {
      setError('Please give the workshop a title.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await createWorkshop({ title: title.trim(), cluster: cluster.trim(), template }));
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The workshop could not be created.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="create-form" noValidate>
      <div>
        <label htmlFor="title" className="block text-sm font-semibold text-slate-700">Workshop title</label>
        <input
          id="title"
          data-testid="create-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Optics cluster strategy day"
          maxLength={200}
          className="mt-1 w-full rounded-xl border border-slate-300 px-4 py-3 text-base shadow-sm focus:border-brand-500"
        />
      </div>
      <div>
        <label htmlFor="cluster" className="block text-sm font-semibold text-slate-700">
          Cluster name <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <input
          id="cluster"
          data-testid="create-cluster"
          value={cluster}
          onChange={(e) => setCluster(e.target.value)}
          placeholder="e.g. Wuhan Optics Valley · 武汉光谷"
          maxLength={200}
          className="mt-1 w-full rounded-xl border border-slate-300 px-4 py-3 text-base shadow-sm focus:border-brand-500"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-700">Start from</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {TEMPLATES.map((t) => (
            <label
              key={t.value}
              className={`cursor-pointer rounded-xl border-2 p-4 transition ${
                template === t.value ? 'border-brand-500 bg-brand-50' : 'border-slate-200 bg-white hover:border-slate-300'
              }`}
            >
              <input
                type="radio"
                name="template"
                value={t.value}
                data-testid={`template-${t.value}`}
                checked={template === t.value}
                onChange={() => setTemplate(t.value)}
                className="sr-only"
              />
              <span className="block font-semibold">{t.title}</span>
              <span className="mt-0.5 block text-sm text-slate-600">{t.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p role="alert" data-testid="create-error" className="rounded-lg bg-red-50 px-4 py-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        data-testid="create-submit"
        disabled={busy}
        className="w-full rounded-xl bg-brand-600 px-5 py-3.5 text-lg font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
      >
        {busy ? 'Creating…' : 'Create workshop'}
      </button>
    </form>
  );
}
