import { useTranslations } from 'next-intl';
import type { DownloadState } from './useFileDownload';

/**
 * What a download is doing, announced to screen readers: the progress while the file is made, its name once
 * saved, or why it failed. Test ids are `<prefix>-progress`, `<prefix>-done`, `<prefix>-error`.
 */
export function DownloadStatus({ state, prefix, failure }: { state: DownloadState; prefix: string; failure: string }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" className="text-sm">
      {state.phase === 'busy' && (
        <p role="status" data-testid={`${prefix}-progress`} className="cc-pulse font-semibold text-brand-700">
          {state.text}
        </p>
      )}
      {state.phase === 'done' && (
        <p role="status" data-testid={`${prefix}-done`} className="text-emerald-800">
          {t.rich('export.downloaded', { name: state.fileName, b: (chunks) => <b className="break-all">{chunks}</b> })}
        </p>
      )}
      {state.phase === 'failed' && (
        <p role="alert" data-testid={`${prefix}-error`} className="rounded-lg bg-rose-50 px-3 py-2 text-rose-800">
          {t('export.failure', { failure, message: state.message })}
        </p>
      )}
    </div>
  );
}
