import type { EngineReport } from '../engine/types';
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
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export const isExportFormat = (name: unknown): name is ExportFormat =>
  typeof name === 'string' && Object.hasOwn(EXPORT_FORMATS, name);

/** The file body. `report` adds the engine's measures to the tabular and graph formats. */
export function exportMap(map: ClusterMap, format: ExportFormat, report?: EngineReport): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toMapDocument(map), null, 2)}\n`;
    case 'csv-actors':
      return actorsCsv(map, report);
    case 'csv-ties':
      return tiesCsv(map, report);
    case 'graphml':
      return toGraphml(map, report);
    case 'gexf':
      return toGexf(map, report);
  }
}

/** A file name people recognise: the workshop title, made safe, with the format's extension. */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = [...title.normalize('NFKC')]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'cluster-map'}.${EXPORT_FORMATS[format].extension}`;
}
