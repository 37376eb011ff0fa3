import type { ReportModel, SourceKind } from '../../../lib/export/report-model';
import type { CheckpointSummary } from '../checkpoints/checkpointsApi';
import { sourceParams, type MapSource } from '../export/mapSource';
import type { Locale } from '../../../lib/i18n/locale';
import { apiError } from '../model/apiError';

// GET /api/workshops/:id/report (docs/report.md): the report model the PDF renders, both views as SVG, which
// state of the map it is about, and the workshop's checkpoints to choose from.

export interface ReportResponse {
  model: ReportModel;
  svgs: { network: string; valueChain: string };
  source: { kind: SourceKind; name?: string; checkpointId?: string };
  checkpoints: CheckpointSummary[];
  /** The workshop's what-if scenarios, to compare with as `scenario:<id>`. */
  scenarios?: Array<{ id: string; name: string }>;
}

/** An answer other than 200, with its status, so the page can tell a bad key from an unknown workshop. */
export class ReportFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** What went wrong, for the page to word (wordError): the API's error, or the network's TypeError. */
    readonly reason?: unknown,
  ) {
    super(message);
  }
}

/** The report's query; `lang` asks for the report model in the reader's language (docs/report.md "Languages"). */
export function reportQuery(source: MapSource, compare: string | null, lang?: Locale): URLSearchParams {
  const query = new URLSearchParams(sourceParams(source));
  if (compare) query.set('compare', compare);
  if (lang) query.set('lang', lang);
  return query;
}

export async function fetchReport(workshopId: string, apiKey: string, source: MapSource, compare: string | null, lang: Locale, signal?: AbortSignal): Promise<ReportResponse> {
  const query = reportQuery(source, compare, lang).toString();
  let res: Response;
  try {
    res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/report${query ? `?${query}` : ''}`, { headers: { authorization: `Bearer ${apiKey}` }, cache: 'no-store', signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ReportFailure(0, 'The server could not be reached. Check the connection and try again.', err);
  }
  if (!res.ok) {
    const error = await apiError(res);
    throw new ReportFailure(res.status, error.message, error);
  }
  return (await res.json()) as ReportResponse;
}
