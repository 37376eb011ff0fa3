'use client';

import { useTranslations } from 'next-intl';
import type { CheckpointSummary } from '../checkpoints/checkpointsApi';
import type { MapSource } from '../export/mapSource';
import { DownloadStatus } from '../export/DownloadStatus';
import { SourceSelect } from '../export/SourceSelect';
import type { DownloadState } from '../export/useFileDownload';
import { CompareSelect } from './CompareSelect';
import type { Paper } from './PaperSize';

export interface ReportControlsProps {
  workshopId: string;
  source: MapSource;
  onSource(source: MapSource): void;
  compare: string | null;
  onCompare(id: string | null): void;
  checkpoints: readonly CheckpointSummary[] | null;
  scenarios: ReadonlyArray<{ id: string; name: string }>;
  paper: Paper;
  onPaper(paper: Paper): void;
  onPrint(): void;
  onDownload(): void;
  download: DownloadState;
  /** The report is being made again for a new choice. */
  updating: boolean;
}

const button = 'min-h-11 rounded-xl px-4 font-semibold';

/** The report page's controls: what it is about, what to compare with, the paper, print and download. Never printed. */
export function ReportControls(p: ReportControlsProps) {
  const t = useTranslations();
  return (
    <div className="border-b border-slate-200 bg-white print:hidden" role="region" aria-label={t('report.controls')} data-testid="report-controls">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <a href={`/w/${encodeURIComponent(p.workshopId)}`} className="inline-flex min-h-11 items-center rounded-xl px-2 font-semibold text-brand-700 hover:bg-brand-50">
            ‹ {t('report.back')}
          </a>
          <div className="flex flex-wrap items-center gap-2">
            <div className="flex rounded-xl bg-slate-100 p-1" role="group" aria-label={t('report.paper')}>
              {(
                [
                  ['a4', 'A4'],
                  ['letter', t('report.letter')],
                ] as const
              ).map(([paper, label]) => (
                <button
                  key={paper}
                  type="button"
                  aria-pressed={p.paper === paper}
                  data-testid={`report-paper-${paper}`}
                  onClick={() => p.onPaper(paper)}
                  className={`min-h-9 rounded-lg px-3 text-sm font-semibold ${p.paper === paper ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
                >
                  {label}
                </button>
              ))}
            </div>
            <button type="button" onClick={p.onPrint} data-testid="report-print" className={`${button} border border-slate-300 text-slate-800 hover:bg-slate-50`}>
              {t('report.print')}
            </button>
            <button type="button" onClick={p.onDownload} disabled={p.download.phase === 'busy'} data-testid="report-download-pdf" className={`${button} bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-300`}>
              {p.download.phase === 'busy' ? t('report.makingPdf') : t('report.downloadPdf')}
            </button>
          </div>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <SourceSelect label={t('report.on')} value={p.source} onChange={p.onSource} checkpoints={p.checkpoints} testId="report-source-select" withDefault />
          <CompareSelect value={p.compare} onChange={p.onCompare} checkpoints={p.checkpoints ?? []} scenarios={p.scenarios} />
        </div>
        <div aria-live="polite" className="text-sm">
          {p.updating && (
            <p role="status" className="cc-pulse text-slate-600" data-testid="report-updating">
              {t('report.making')}
            </p>
          )}
        </div>
        <DownloadStatus state={p.download} prefix="report-download" failure={t('report.pdfFailed')} />
      </div>
    </div>
  );
}
