'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { wordError } from '../model/serverWords';
import { fetchFile, isAbort, saveFile } from './download';

// One download at a time, with what a person needs to see: what is being made, the file once it is saved,
// or why it failed (in the API's words). A failure leaves every choice as it was, so "Download" again retries.

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'busy'; text: string }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; message: string };

export interface FileDownload {
  state: DownloadState;
  start(url: string, progress: string, fallbackName: string): void;
  cancel(): void;
}

export function useFileDownload(apiKey: string): FileDownload {
  const t = useTranslations();
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ phase: 'idle' });
  }, []);

  const start = useCallback(
    (url: string, progress: string, fallbackName: string) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'busy', text: progress });
      fetchFile(url, apiKey, fallbackName, controller.signal).then(
        (file) => {
          if (controller.signal.aborted) return;
          saveFile(file);
          running.current = null;
          setState({ phase: 'done', fileName: file.fileName });
        },
        (err: unknown) => {
          if (isAbort(err) || controller.signal.aborted) return;
          running.current = null;
          const message = wordError(t, err);
          // fetch() itself fails without an answer when the server cannot be reached: wordError says so (errors.unreachable).
          setState({ phase: 'failed', message });
        },
      );
    },
    [apiKey, t],
  );

  useEffect(() => () => running.current?.abort(), []);
  return { state, start, cancel };
}
