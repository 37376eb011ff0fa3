import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseExportOptions } from '../../lib/export/export-options';
import { comparisonWith, participantsOf } from '../report/report-inputs';
import { compareDeps } from '../compare/compare-deps';
import { apiSourceDeps, resolveSource, sourceQuery } from '../report/report-source';
import { renderService } from '../render/render-service';
import { ExportTooLarge, makeExport } from '../render/make-export';
import type { ApiContext } from './context';
import { HttpError, sendText } from './http';

// GET /api/workshops/:id/export?format=json|csv-actors|csv-ties|graphml|gexf|svg|png|pdf, with
// &view=network|value-chain (svg, png), &scale=1|2|4 (png), &embed=1 (svg), &transparent=1 (svg, png),
// &lang=en|zh-CN (pdf, svg, png: docs/report.md "Languages"),
// &checkpoint=<cid> (a checkpoint instead of the live map), &agreed=1 (the agreed map only), &compare=<cid>
// (pdf: a comparison with that checkpoint), &live=1 (pdf: the live map even after a finished agreement).
// The caller has been authorised. Pictures and the report are made on the render thread.

/**
 * What an export spends of its key's call bucket (docs/operations.md §4): a picture or a PDF takes the one
 * render thread for up to seconds, so a key that asks for many waits its turn; data files cost one call.
 */
export function exportCost(url: URL, config: ApiContext['config']): number {
  const format = url.searchParams.get('format');
  return format === 'pdf' || format === 'png' ? config.renderCallCost : 1;
}

/** RFC 6266: an ASCII fallback for old clients, and filename* that keeps a Chinese title intact. */
export const contentDisposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function sendExport(req: IncomingMessage, res: ServerResponse, id: string, ctx: ApiContext): Promise<void> {
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const parsed = parseExportOptions({ format: query.get('format'), view: query.get('view'), scale: query.get('scale'), embed: query.get('embed'), transparent: query.get('transparent'), lang: query.get('lang') });
  if (!parsed.ok) throw new HttpError(400, parsed.error, parsed.details);
  // The report defaults to the end of the agreement (docs/report.md "Sources"); data files to the live map.
  const { map, wholeMap, discussion, source, report } = await resolveSource(apiSourceDeps(ctx), id, sourceQuery(query, parsed.options.format === 'pdf'));
  const compare = query.get('compare');
  try {
    const file = await makeExport(map, parsed.options, {
      report,
      render: (request) => renderService.render(request),
      participants: participantsOf(discussion),
      discussion,
      wholeMap,
      source,
      comparison: compare && parsed.options.format === 'pdf' ? await comparisonWith(compareDeps(ctx), id, compare, { map, report: await report() }) : undefined,
    });
    sendText(res, 200, file.body, file.contentType, { 'content-disposition': contentDisposition(file.fileName) });
  } catch (err) {
    if (err instanceof ExportTooLarge) throw new HttpError(400, err.message, err.details);
    throw err;
  }
}
