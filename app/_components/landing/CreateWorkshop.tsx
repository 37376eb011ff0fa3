'use client';

import { useTranslations } from 'next-intl';
import { wordError } from '../model/serverWords';
import { useState } from 'react';
import { createWorkshop, type Template } from './api';
import type { CreatedWorkshop } from './WorkshopLinks';

const TEMPLATES = [
  { value: 'empty', key: 'empty' },
  { value: 'optics-valley', key: 'demo' },
] as const satisfies readonly { value: Template; key: string }[];

export function CreateWorkshop({ onCreated }: { onCreated: (w: CreatedWorkshop) => void }) {
  const t = useTranslations();
  const [title, setTitle] = useState('');
  const [cluster, setCluster] = useState('');
  const [template, setTemplate] = useState<Template>('empty');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!title.trim()) {
      setError(t('landing.create.needTitle'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await createWorkshop({ title: title.trim(), cluster: cluster.trim(), template }));
    } catch (err) {
      setError(wordError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="create-form" noValidate>
      <div>
        <label htmlFor="title" className="block text-sm font-semibold text-slate-700">{t('landing.create.title')}</label>
        <input
          id="title"
          data-testid="create-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('landing.create.titlePlaceholder')}
          maxLength={200}
          className="mt-1 w-full rounded-xl border border-slate-300 px-4 py-3 text-base shadow-sm focus:border-brand-500"
        />
      </div>
      <div>
        <label htmlFor="cluster" className="block text-sm font-semibold text-slate-700">
          {t('landing.create.cluster')} <span className="font-normal text-slate-500">{t('landing.create.optional')}</span>
        </label>
        <input
          id="cluster"
          data-testid="create-cluster"
          value={cluster}
          onChange={(e) => setCluster(e.target.value)}
          placeholder={t('landing.create.clusterPlaceholder')}
          maxLength={200}
          className="mt-1 w-full rounded-xl border border-slate-300 px-4 py-3 text-base shadow-sm focus:border-brand-500"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-700">{t('landing.create.startFrom')}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {TEMPLATES.map((tpl) => (
            <label
              key={tpl.value}
              className={`cursor-pointer rounded-xl border-2 p-4 transition ${
                template === tpl.value ? 'border-brand-500 bg-brand-50' : 'border-slate-200 bg-white hover:border-slate-300'
              }`}
            >
              <input
                type="radio"
                name="template"
                value={tpl.value}
                data-testid={`template-${tpl.value}`}
                checked={template === tpl.value}
                onChange={() => setTemplate(tpl.value)}
                className="sr-only"
              />
              <span className="block font-semibold">{t(`landing.create.template.${tpl.key}.title`)}</span>
              <span className="mt-0.5 block text-sm text-slate-600">{t(`landing.create.template.${tpl.key}.text`)}</span>
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
        {busy ? t('landing.create.creating') : t('landing.create.submit')}
      </button>
    </form>
  );
}
