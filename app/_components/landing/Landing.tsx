'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { saveLinks } from '../model/storage';
import { CreateWorkshop } from './CreateWorkshop';
import { DemoCard } from './DemoCard';
import { JoinWorkshop } from './JoinWorkshop';
import { WorkshopLinks, type CreatedWorkshop } from './WorkshopLinks';

export function Landing() {
  const t = useTranslations();
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);

  return (
    <main className="min-h-full">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-5 py-4">
          <Logo />
          <span className="text-xl font-bold tracking-tight">ClusterCanvas</span>
          <div className="ml-auto">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-6xl px-5 py-8 sm:py-12">
        <section className="max-w-3xl">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('landing.headline')}</h1>
          <p className="mt-3 text-lg text-slate-600">{t('landing.intro')}</p>
        </section>
        <div className="mt-8 grid gap-6 lg:grid-cols-5">
          <section className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm lg:col-span-3">
            {created ? (
              <WorkshopLinks workshop={created} onReset={() => setCreated(null)} />
            ) : (
              <>
                <h2 className="mb-4 text-xl font-semibold">{t('landing.startNew')}</h2>
                <CreateWorkshop
                  onCreated={(w) => {
                    // The facilitator's browser keeps all three links so the workshop page can offer "Invite".
                    saveLinks(w.id, w.links);
                    setCreated(w);
                  }}
                />
              </>
            )}
          </section>
          <div className="space-y-6 lg:col-span-2">
            <section className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
              <h2 className="mb-3 text-xl font-semibold">{t('landing.tryDemo')}</h2>
              <DemoCard />
            </section>
            <section className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
              <h2 className="mb-3 text-xl font-semibold">{t('landing.joinTitle')}</h2>
              <JoinWorkshop />
            </section>
          </div>
        </div>
      </div>
    </main>
  );
}

export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#3b55d9" />
      <path d="M9 10 L22 9 L23 22 L10 23 Z" fill="none" stroke="#c7d2fe" strokeWidth="1.6" />
      <path d="M9 10 L23 22" stroke="#c7d2fe" strokeWidth="1.6" />
      <circle cx="9" cy="10" r="3.2" fill="#E69F00" />
      <circle cx="22" cy="9" r="3.2" fill="#56B4E9" />
      <circle cx="23" cy="22" r="3.2" fill="#009E73" />
      <rect x="7" y="20" width="6" height="6" rx="1.5" fill="#ffffff" />
    </svg>
  );
}
