import type { Translate } from '../model/serverWords';
import { EXPORT_FORMATS, type ExportFormat, type ExportView } from '../../../lib/export/formats';
import type { PngScale } from '../../../lib/export/export-options';
import type { Locale } from '../../../lib/i18n/locale';
import { sourceParams, type MapSource } from './mapSource';

// One export as the menu builds it, and the API address that makes it:
// GET /api/workshops/:id/export?format=…&view=…&scale=… plus the source (docs/report.md "Getting the files").

export interface ExportRequest {
  format: ExportFormat;
  source: MapSource;
  /** svg, png: which picture. */
  view: ExportView;
  /** png: pixels per map unit. */
  scale: PngScale;
  /** svg: carry the font inside the file. */
  embed: boolean;
  /** svg, png: no white background. */
  transparent: boolean;
  /** pdf: compare with this checkpoint (the report page's "compare with"). */
  compare?: string | null;
  /** pdf, svg, png: the language of the file's words, the reader's (docs/report.md "Languages"). */
  lang?: Locale;
}

/** Formats that draw one view (the PDF draws both). */
export const takesView = (format: ExportFormat) => format === 'svg' || format === 'png';
export const takesScale = (format: ExportFormat) => format === 'png';

export function exportUrl(workshopId: string, r: ExportRequest): string {
  const query = new URLSearchParams({ format: r.format });
  if (takesView(r.format)) query.set('view', r.view);
  if (takesScale(r.format)) query.set('scale', String(r.scale));
  if (r.format === 'svg' && r.embed) query.set('embed', '1');
  if (takesView(r.format) && r.transparent) query.set('transparent', '1');
  for (const [name, value] of Object.entries(sourceParams(r.source))) query.set(name, value);
  if (r.format === 'pdf' && r.compare) query.set('compare', r.compare);
  if (r.lang && (r.format === 'pdf' || takesView(r.format))) query.set('lang', r.lang);
  return `/api/workshops/${encodeURIComponent(workshopId)}/export?${query}`;
}

/** A name for the rare answer without Content-Disposition. */
export const fallbackFileName = (format: ExportFormat) => `cluster-map.${EXPORT_FORMATS[format].extension}`;

/** What the person reads while the file is made: a PDF takes seconds, a picture a moment. */
export function progressText(t: Translate, format: ExportFormat): string {
  if (format === 'pdf') return t('export.progress.pdf');
  if (format === 'png' || format === 'svg') return t('export.progress.picture', { format: format.toUpperCase() });
  return t('export.progress.file');
}
