import type { EngineReport } from '../engine/types';
import { agreementOf, agreementRules } from '../map/agreement';
import type { Discussion } from '../map/discussion';
import { toMapDocument } from '../map/interchange';
import type { ClusterMap } from '../map/types';
import { actorsCsv, tiesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';

/** Every file the map exports to: the API's `?format=` and the CLI's `--format` read this one table. */
export const EXPORT_FORMATS = {
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', label: 'ClusterCanvas map (JSON)' },
  'csv-actors': { extension: 'actors.csv', contentType: 'text/csv; charset=utf-8', label: 'Actors with measures (CSV)' },
  'csv-ties': { extension: 'ties.csv', contentType: 'text/csv; charset=utf-8', label: 'Ties with governance (CSV)' },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', label: 'GraphML (Gephi, yEd, NetworkX)' },
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', label: 'GEXF (Gephi)' },
  // Pictures and the report, made by the server's render thread (server/render; docs/report.md).
  svg: { extension: 'svg', contentType: 'image/svg+xml; charset=utf-8', label: 'Picture of one view (SVG)', rendered: true },
  png: { extension: 'png', contentType: 'image/png', label: 'Picture of one view (PNG)', rendered: true },
  pdf: { extension: 'pdf', contentType: 'application/pdf', label: 'Report: both maps, every score, the advice (PDF)', rendered: true },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** Formats the render thread makes (server/render); the others are text that exportMap writes. */
export type RenderedFormat = { [F in ExportFormat]: (typeof EXPORT_FORMATS)[F] extends { rendered: true } ? F : never }[ExportFormat];
export type TextExportFormat = Exclude<ExportFormat, RenderedFormat>;
export const isRenderedFormat = (format: ExportFormat): format is RenderedFormat => 'rendered' in EXPORT_FORMATS[format];
export const TEXT_EXPORT_FORMAT_NAMES = EXPORT_FORMAT_NAMES.filter((f): f is TextExportFormat => !isRenderedFormat(f));

/** The two pictures of a map (lib/export/scene), as the `view` parameter names them. */
export const EXPORT_VIEWS = ['network', 'value-chain'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export const isExportFormat = (name: unknown): name is ExportFormat =>
  typeof name === 'string' && Object.hasOwn(EXPORT_FORMATS, name);

/**
 * The file body. `report` adds the engine's measures to the tabular and graph formats; `discussion` adds
 * what the workshop said (docs/map-format.md "The discussion in a file"): the JSON file's `discussion`
 * block (still version 1: readers that do not know it ignore it), and each element's status, decision and
 * tally in the CSV, GraphML and GEXF columns.
 */
export function exportMap(map: ClusterMap, format: TextExportFormat, report?: EngineReport, discussion?: Discussion): string {
  const agreement = discussion ? agreementOf(map, discussion) : undefined;
  switch (format) {
    case 'json':
      return `${JSON.stringify(discussion ? { ...toMapDocument(map), discussion: discussionOfMap(map, discussion) } : toMapDocument(map), null, 2)}\n`;
    case 'csv-actors':
      return actorsCsv(map, report, agreement);
    case 'csv-ties':
      return tiesCsv(map, report, agreement);
    case 'graphml':
      return toGraphml(map, report, agreement);
    case 'gexf':
      return toGexf(map, report, agreement);
  }
}

/** The discussion of the elements a map holds (an agreed-only map leaves the others' out), with statuses. */
export function discussionOfMap(map: ClusterMap, discussion: Discussion) {
  const ids = new Set([...map.actors.map((a) => a.id), ...map.ties.map((t) => t.id)]);
  const keep = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
  return {
    rules: agreementRules(map.meta),
    statuses: Object.fromEntries(agreementOf(map, discussion).elements.map((e) => [e.id, e.status])),
    votes: keep(discussion.votes),
    decisions: keep(discussion.decisions),
    comments: discussion.comments.filter((c) => ids.has(c.element)),
    people: discussion.people,
  };
}

/** A file name people recognise: the workshop title, made safe, then `qualifier` (a view), the extension. */
export function exportFileName(title: string, format: ExportFormat, qualifier?: string): string {
  const base = [...title.normalize('NFKC')]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'cluster-map'}${qualifier ? `-${qualifier}` : ''}.${EXPORT_FORMATS[format].extension}`;
}
