'use client';

import { useLocale, useTranslations } from 'next-intl';
import './report.css';
import { useEffect, useMemo, useState } from 'react';
import { exportUrl, fallbackFileName, progressText } from '../export/exportRequest';
import { DEFAULT_SOURCE, sourceFromParams, type MapSource } from '../export/mapSource';
import { reportHref } from '../export/reportHref';
import { useFileDownload } from '../export/useFileDownload';
import { forgetKeyInAddress, readInitialKey } from '../model/pageKey';
import { saveKey } from '../model/storage';
import { KeyPrompt } from '../workshop/KeyPrompt';
import { FullPageMessage } from '../workshop/FullPageMessage';
import { PaperSize, type Paper } from './PaperSize';
import { ReportControls } from './ReportControls';
import { ReportProblem } from './ReportProblem';
import { ReportView } from './ReportView';
import { useFontsReady } from './useFontsReady';
import { useReport } from './useReport';

// The report page, /w/<id>/report: the workshop's report as a web page to read, print or save as PDF,
// rendered from the same report model as the PDF (docs/report.md "The report page"). Client-side like the
// workshop page: the key comes from the link's #key= or this browser's storage, and goes in a header.

export default function ReportApp({ id }: { id: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [key, setKey] = useState<string | null>(() => readInitialKey(id));
  useEffect(forgetKeyInAddress, []);
  const initial = useMemo(() => new URLSearchParams(window.location.search), []);
  const [source, setSource] = useState<MapSource>(() => sourceFromParams(initial));
  const [compare, setCompare] = useState<string | null>(() => initial.get('compare') || null);
  const [paper, setPaper] = useState<Paper>('a4');
  const { state, retry } = useReport(id, key, source, compare);
  const download = useFileDownload(key ?? '');

  // The address says what the page shows (never the key), so it can be bookmarked or sent on.
  useEffect(() => window.history.replaceState(null, '', reportHref(id, source, compare)), [id, source, compare]);

  const report = state.phase === 'ready' ? state.report : state.phase === 'loading' ? state.previous : null;
  const fontsReady = useFontsReady(state.phase === 'ready' ? state.report : null);
  const title = report?.model.cover.title ?? '';
  useEffect(() => {
    if (title) document.title = t('report.documentTitle', { title });
  }, [title, t]);

  const onKey = (k: string) => {
    saveKey(id, k);
    setKey(k);
  };
  if (!key) return <KeyPrompt workshop={id} onKey={onKey} />;
  if (state.phase === 'failed' && (state.status === 401 || state.status === 403)) return <KeyPrompt workshop={id} problem={state.message} onKey={onKey} />;

  // Newest first, from the last report this page had (the list comes with every report).
  const known = report ?? (state.phase === 'failed' ? state.previous : null);
  const chosen = source.kind !== 'default' || compare !== null;
  const downloadPdf = () =>
    download.start(exportUrl(id, { format: 'pdf', source, compare, view: 'network', scale: 1, embed: false, transparent: false, lang: locale }), progressText(t, 'pdf'), fallbackFileName('pdf'));
  const print = () => void document.fonts.ready.then(() => window.print());

  return (
    <div className="min-h-full bg-slate-100 print:bg-white">
      <PaperSize paper={paper} title={title} pageOf={t('report.pageOf', { page: '{page}', pages: '{pages}' })} />
      <ReportControls
        workshopId={id}
        source={source}
        onSource={setSource}
        compare={compare}
        onCompare={setCompare}
        checkpoints={known ? [...known.checkpoints].reverse() : null}
        scenarios={known?.scenarios ?? []}
        paper={paper}
        onPaper={setPaper}
        onPrint={print}
        onDownload={downloadPdf}
        download={download.state}
        updating={state.phase === 'loading' && report !== null}
      />
      {state.phase === 'failed' ? (
        <ReportProblem
          status={state.status}
          message={state.message}
          onRetry={retry}
          onDefault={
            chosen
              ? () => {
                  setSource(DEFAULT_SOURCE);
                  setCompare(null);
                }
              : null
          }
        />
      ) : report ? (
        <main
          className={`cc-report cc-report-sheet mx-auto my-6 max-w-5xl rounded-2xl bg-white px-5 py-8 text-slate-900 shadow-sm transition-opacity sm:px-10 ${state.phase === 'loading' ? 'opacity-60' : ''}`}
          data-testid="report"
          data-ready={state.phase === 'ready' && fontsReady}
          data-source={report.source.kind}
          data-checkpoint={report.source.checkpointId ?? ''}
        >
          <ReportView report={report} />
        </main>
      ) : (
        <FullPageMessage text={t('report.making')} />
      )}
    </div>
  );
}
