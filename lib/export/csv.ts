import type { EngineReport } from '../engine/types';
import type { Agreement } from '../map/agreement';
import type { ClusterMap } from '../map/types';
import { ACTOR_COLUMNS, TIE_COLUMNS, actorRows, tieRows, type Cell, type Column } from './tables';

// RFC 4180 CSV with a UTF-8 byte-order mark: without it Excel reads Chinese labels as mojibake.
const BOM = '\uFEFF';

function cell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ makes spreadsheets evaluate the cell; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function table<Row>(leading: [string, (row: Row) => Cell][], columns: Column<Row>[], rows: Row[]): string {
  const header = [...leading.map(([name]) => name), ...columns.map((c) => c.key)];
  const lines = rows.map((row) => [...leading.map(([, get]) => get(row)), ...columns.map((c) => c.value(row))].map(cell).join(','));
  return BOM + [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** One row per actor: what was mapped, then the engine's measures when a report is given. */
export function actorsCsv(map: ClusterMap, report?: EngineReport, agreement?: Agreement): string {
  return table([['id', (r) => r.actor.id]], ACTOR_COLUMNS, actorRows(map, report, agreement));
}

/** One row per tie, with both ends' ids and names so the file reads on its own. */
export function tiesCsv(map: ClusterMap, report?: EngineReport, agreement?: Agreement): string {
  const labels = new Map(map.actors.map((a) => [a.id, a.label]));
  return table(
    [
      ['id', (r) => r.tie.id],
      ['source', (r) => r.tie.source],
      ['target', (r) => r.tie.target],
      ['source_label', (r) => labels.get(r.tie.source) ?? ''],
      ['target_label', (r) => labels.get(r.tie.target) ?? ''],
    ],
    TIE_COLUMNS,
    tieRows(map, report, agreement),
  );
}
