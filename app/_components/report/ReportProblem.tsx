import { useTranslations } from 'next-intl';

/** The report could not be made: the API's words, and the ways on from here. */
export function ReportProblem({ status, message, onRetry, onDefault }: { status: number; message: string; onRetry(): void; onDefault: (() => void) | null }) {
  const t = useTranslations();
  const noWorkshop = status === 404 && !onDefault;
  return (
    <div className="mx-auto my-10 max-w-lg space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm" data-testid="report-error" data-status={status}>
      <h1 className="text-2xl font-semibold">{noWorkshop ? t('report.noWorkshop') : t('report.failed')}</h1>
      <p role="alert" className="text-slate-700">
        {message}
      </p>
      {noWorkshop && <p className="text-slate-600">{t('report.checkLink')}</p>}
      <div className="flex flex-wrap gap-2">
        {onDefault && (
          <button type="button" onClick={onDefault} data-testid="report-reset" className="min-h-11 rounded-xl bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
            {t('report.reset')}
          </button>
        )}
        {!noWorkshop && (
          <button type="button" onClick={onRetry} className="min-h-11 rounded-xl border border-slate-300 px-4 font-semibold text-slate-800 hover:bg-slate-50">
            {t('common.tryAgain')}
          </button>
        )}
        <a href="/" className="inline-flex min-h-11 items-center rounded-xl px-4 font-semibold text-slate-700 hover:bg-slate-100">
          {t('problems.home')}
        </a>
      </div>
    </div>
  );
}
