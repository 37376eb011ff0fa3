'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { PngScale } from '../../../lib/export/export-options';
import type { ExportFormat, ExportView } from '../../../lib/export/formats';
import type { CheckpointsApi } from '../checkpoints/checkpointsApi';
import { ExportDialog } from './ExportDialog';
import { exportUrl, fallbackFileName, progressText, type ExportRequest } from './exportRequest';
import type { MapSource } from './mapSource';
import type { PictureOptionsValue } from './PictureOptions';
import { reportHref } from './reportHref';
import { useCheckpointList } from './useCheckpointList';
import { useFileDownload } from './useFileDownload';

export interface ExportMenuProps {
  open: boolean;
  onClose(): void;
  workshopId: string;
  apiKey: string;
  api: CheckpointsApi;
  /** What the canvas shows now (a checkpoint opened, the agreed-map filter): the source until one is picked. */
  shownSource: MapSource;
  /** The canvas's view: the picture's view until one is picked. */
  shownView: ExportView;
}

/**
 * The Export menu's choices and its download. It stays mounted while closed, so the choices survive
 * closing and opening it again; closing it cancels a file still being made.
 */
export function ExportMenu({ open, onClose, workshopId, apiKey, api, shownSource, shownView }: ExportMenuProps) {
  const t = useTranslations();
  const locale = useLocale();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [source, setSource] = useState<MapSource | null>(null);
  const [view, setView] = useState<ExportView | null>(null);
  const [scale, setScale] = useState<PngScale>(2);
  const [embed, setEmbed] = useState(false);
  const [transparent, setTransparent] = useState(false);
  const download = useFileDownload(apiKey);
  const checkpoints = useCheckpointList(api, open);
  if (!open) return null;

  const request: ExportRequest = { format, source: source ?? shownSource, view: view ?? shownView, scale, embed, transparent, lang: locale };
  const onPicture = (patch: Partial<PictureOptionsValue>) => {
    if (patch.view) setView(patch.view);
    if (patch.scale) setScale(patch.scale);
    if (patch.embed !== undefined) setEmbed(patch.embed);
    if (patch.transparent !== undefined) setTransparent(patch.transparent);
  };
  const close = () => {
    download.cancel();
    onClose();
  };

  return (
    <ExportDialog
      request={request}
      onFormat={setFormat}
      onSource={setSource}
      onPicture={onPicture}
      checkpoints={checkpoints}
      state={download.state}
      onDownload={() => download.start(exportUrl(workshopId, request), progressText(t, format), fallbackFileName(format))}
      onCancel={download.cancel}
      reportHref={reportHref(workshopId, request.source)}
      onClose={close}
    />
  );
}
