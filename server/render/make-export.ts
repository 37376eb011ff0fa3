import type { EngineReport } from '../../lib/engine/types';
import type { ExportOptions } from '../../lib/export/export-options';
import { EXPORT_FORMATS, exportFileName, exportMap, isRenderedFormat } from '../../lib/export/formats';
import type { ComparisonInput, SourceKind } from '../../lib/export/report/model-types';
import { agreementInput, discussionInput } from '../../lib/export/report/from-workshop';
import type { Discussion } from '../../lib/map/discussion';
import type { ClusterMap } from '../../lib/map/types';
import type { RenderRequest, RenderResult } from './render-export';

// One export of a workshop's map, whatever its format: the text formats written at once, pictures and the
// report by `render` (the render thread on the server, the same code in-process for the CLI).

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}

export interface ExportSources {
  /** The engine's report of the map (cached by the server's ScoreService). */
  report(): Promise<EngineReport>;
  render(request: RenderRequest): Promise<RenderResult>;
  /** Names of who took part, for the PDF's cover. */
  participants?: readonly string[];
  /** The workshop's discussion: statuses and comments travel in every format that can carry them. */
  discussion?: Discussion;
  /** For the PDF of an agreed-only map: the whole map, so the agreement lists what was rejected too. */
  wholeMap?: ClusterMap;
  /** What the map is: the live map, a checkpoint, the agreed map (the PDF's cover says so). */
  source?: { kind: SourceKind; name?: string };
  /** For the PDF: the comparison with an earlier state. */
  comparison?: ComparisonInput;
  /** When the file is made (epoch ms). */
  now?: number;
}

/** A PNG too large to draw at the asked scale. */
export class ExportTooLarge extends Error {
  constructor(readonly details: { width: number; height: number; maxPixels: number }) {
    super(`A PNG of this map at this scale would be ${details.width} × ${details.height} pixels, more than ${details.maxPixels.toLocaleString('en')}: choose a smaller scale.`);
  }
}

function requestFor(map: ClusterMap, report: EngineReport, o: ExportOptions, sources: ExportSources): RenderRequest {
  switch (o.format) {
    case 'svg':
      return { kind: 'svg', map, report, view: o.view, embed: o.embed, transparent: o.transparent, locale: o.lang };
    case 'png':
      return { kind: 'png', map, report, view: o.view, scale: o.scale, transparent: o.transparent, locale: o.lang };
    default: {
      const { discussion, comparison } = sources;
      const whole = sources.wholeMap ?? map;
      return {
        kind: 'pdf',
        input: {
          map,
          report,
          participants: sources.participants,
          generatedAt: sources.now ?? Date.now(),
          source: sources.source ?? { kind: 'live' },
          ...(o.lang ? { locale: o.lang } : {}),
          ...(discussion ? { agreement: agreementInput(whole, discussion, o.lang), discussion: discussionInput(whole, discussion, o.lang) } : {}),
          ...(comparison ? { comparison } : {}),
        },
      };
    }
  }
}

export async function makeExport(map: ClusterMap, options: ExportOptions, sources: ExportSources): Promise<ExportFile> {
  const { format } = options;
  const contentType = EXPORT_FORMATS[format].contentType;
  if (!isRenderedFormat(format)) {
    const report = format === 'json' ? undefined : await sources.report();
    return { body: exportMap(map, format, report, sources.discussion), contentType, fileName: exportFileName(map.meta.title, format) };
  }
  const result = await sources.render(requestFor(map, await sources.report(), options, sources));
  if ('tooLarge' in result) throw new ExportTooLarge(result.tooLarge);
  const qualifier = format === 'pdf' ? 'report' : `${options.view}${format === 'png' && options.scale > 1 ? `@${options.scale}x` : ''}`;
  return { body: result.bytes, contentType, fileName: exportFileName(map.meta.title, format, qualifier) };
}
