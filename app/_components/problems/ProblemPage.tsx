'use client';

import { useTranslations } from 'next-intl';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { JoinWorkshop } from '../landing/JoinWorkshop';
import { Logo } from '../landing/Landing';


/**
 * A page that says in plain words what went wrong and what to do next: back to the start page, type a join
 * code or paste a new link, and (when it may help) try again.
 */
export function ProblemPage({ title, text, kind, onRetry }: { title: string; text: string; kind: string; onRetry?: () => void }) {
  const t = useTranslations();
  return (
    <main className="flex min-h-dvh items-center justify-center bg-slate-50 p-4 sm:p-6">
      <section data-testid="problem" data-problem={kind} role="alert" className="w-full max-w-lg space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="flex items-center justify-between gap-3">
          <a href="/" aria-label="ClusterCanvas" className="inline-block">
            <Logo size={36} />
          </a>
          <LanguageSwitcher />
        </div>
        <div>
          <h1 className="text-2xl font-semibold" data-testid="problem-title">
            {title}
          </h1>
          <p className="mt-2 text-lg text-slate-700" data-testid="problem-text">
            {text}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <a href="/" data-testid="problem-home" className="inline-flex min-h-12 items-center rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700">
            {t('problems.home')}
          </a>
          {onRetry && (
            <button type="button" onClick={onRetry} data-testid="problem-retry" className="min-h-12 rounded-xl border border-slate-300 px-5 py-3 font-semibold text-slate-800 hover:bg-slate-50">
              {t('common.tryAgain')}
            </button>
          )}
        </div>
        <div className="border-t border-slate-200 pt-5">
          <p className="mb-3 text-slate-600">{t('problems.or')}</p>
          <JoinWorkshop />
        </div>
      </section>
    </main>
  );
}
