'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import type { ExportFormat } from '../../../lib/export/formats';
import type { CheckpointSummary } from '../checkpoints/checkpointsApi';
import { useDialogFocus } from '../hooks/useDialogFocus';
import { useEscape } from '../hooks/useEscape';
import { DownloadStatus } from './DownloadStatus';
import { takesView, type ExportRequest } from './exportRequest';
import { FormatList } from './FormatList';
import type { MapSource } from './mapSource';
import { PictureOptions, type PictureOptionsValue } from './PictureOptions';
import { SourceSelect } from './SourceSelect';
import type { DownloadState } from './useFileDownload';

export interface ExportDialogProps {
  request: ExportRequest;
  onFormat(format: ExportFormat): void;
  onSource(source: MapSource): void;
  onPicture(patch: Partial<PictureOptionsValue>): void;
  checkpoints: { list: CheckpointSummary[] | null; error: string | null };
  state: DownloadState;
  onDownload(): void;
  onCancel(): void;
  /** The report page for the chosen source, opened in a new tab. */
  reportHref: string;
  onClose(): void;
}

/** The Export menu: what to export, in which format and, for pictures, which view and size. */
export function ExportDialog(p: ExportDialogProps) {
  const t = useTranslations();
  useEscape(p.onClose);
  const panel = useRef<HTMLDivElement>(null);
  useDialogFocus(panel);
  const busy = p.state.phase === 'busy';
  const { request } = p;

  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/40 sm:items-center sm:p-4" onClick={p.onClose}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        aria-describedby="export-intro"
        tabIndex={-1}
        data-testid="export-dialog"
        onClick={(e) => e.stopPropagation()}
        className="flex max-h-[92dvh] w-full max-w-2xl flex-col rounded-t-2xl bg-white shadow-xl outline-none sm:rounded-2xl"
      >
        <div className="flex shrink-0 items-start justify-between gap-4 border-b border-slate-200 px-5 py-4">
          <div>
            <h2 id="export-title" className="text-xl font-semibold">
              {t('export.title')}
            </h2>
            <p id="export-intro" className="text-sm text-slate-600">
              {t('export.intro')}
            </p>
          </div>
          <button type="button" onClick={p.onClose} aria-label={t('common.close')} data-testid="export-close" className="h-11 w-11 shrink-0 rounded-lg text-2xl leading-none text-slate-500 hover:bg-slate-100">
            ×
          </button>
        </div>

        <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-4">
          <div>
            <SourceSelect label={t('export.what')} value={request.source} onChange={p.onSource} checkpoints={p.checkpoints.list} testId="export-source" disabled={busy} />
            {p.checkpoints.error && <p className="mt-1 text-sm text-rose-800">{t('export.checkpointsFailed', { error: p.checkpoints.error })}</p>}
          </div>
          <FormatList value={request.format} onChange={p.onFormat} disabled={busy} />
          {takesView(request.format) && <PictureOptions format={request.format} value={request} onChange={p.onPicture} disabled={busy} />}
          <a
            href={p.reportHref}
            target="_blank"
            rel="noopener"
            data-testid="export-report-page"
            className="flex min-h-11 items-center justify-between gap-3 rounded-xl border border-slate-200 px-3 py-2 text-sm hover:bg-slate-50"
          >
            <span>
              <span className="block font-semibold text-slate-900">{t('export.reportPage')}</span>
              <span className="block text-xs text-slate-500">{t('export.reportPageText')}</span>
            </span>
            <span aria-hidden="true" className="text-lg text-slate-500">
              ↗
            </span>
          </a>
        </div>

        <div className="shrink-0 space-y-2 border-t border-slate-200 px-5 py-3">
          <DownloadStatus state={p.state} prefix="export" failure={t('export.failed')} />
          <div className="flex flex-wrap justify-end gap-2">
            {busy ? (
              <button type="button" onClick={p.onCancel} data-testid="export-cancel" className="min-h-11 rounded-xl px-4 font-semibold text-slate-700 hover:bg-slate-100">
                {t('common.cancel')}
              </button>
            ) : (
              <button type="button" onClick={p.onClose} className="min-h-11 rounded-xl px-4 font-semibold text-slate-700 hover:bg-slate-100">
                {t('common.close')}
              </button>
            )}
            <button type="button" onClick={p.onDownload} disabled={busy} data-testid="export-download" className="min-h-11 rounded-xl bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700 disabled:bg-slate-300">
              {busy ? t('export.making') : p.state.phase === 'failed' ? t('common.tryAgain') : t('export.download')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
