'use client';

import { useMemo, useState } from 'react';
import type { ActorReport, EngineReport } from '../../../lib/engine/types';
import { ACTOR_STYLE } from '../model/palette';
import { ROLE_LABEL } from './labels';

type Column = {
  key: string;
  label: string;
  title: string;
  value: (a: ActorReport) => number | string | null;
  format?: (v: number) => string;
};

const f2 = (v: number) => v.toFixed(2);
const f3 = (v: number) => v.toFixed(3);
/** Rows drawn before "show all": a large map's table stays quick to sort and scroll. */
const ROW_LIMIT = 150;
const ROLE_ORDER = ['gatekeeper', 'external_star', 'mutual_exchanger', 'weakly_connected', 'isolated'];

const ROLE_COLUMN: Column = {
  key: 'role',
  label: 'Role',
  title: 'Knowledge role (Giuliani & Bell 2005); local actors only',
  value: (a) => (a.role ? ROLE_ORDER.indexOf(a.role) : null),
};

const COLUMNS: Column[] = [
  { key: 'label', label: 'Actor', title: 'Name', value: (a) => a.label },
  ROLE_COLUMN,
  { key: 'degree', label: 'Ties', title: 'Degree: number of partners', value: (a) => a.degree, format: String },
  { key: 'betweenness', label: 'Betw.', title: 'Betweenness: how often it sits on the shortest path between others', value: (a) => a.betweenness, format: f3 },
  { key: 'closeness', label: 'Close', title: 'Closeness: how near it is to everyone else', value: (a) => a.closeness, format: f3 },
  { key: 'eigenvector', label: 'Eigen', title: 'Eigenvector: tied to well-tied actors', value: (a) => a.eigenvector, format: f3 },
  { key: 'clustering', label: 'Clust.', title: 'Clustering: share of its partners that know each other', value: (a) => a.clustering, format: f2 },
  { key: 'constraint', label: 'Constr.', title: 'Burt constraint: high = locked in one group, low = spans holes', value: (a) => a.constraint, format: f2 },
  { key: 'effectiveSize', label: 'Eff. size', title: 'Burt effective size: non-redundant partners', value: (a) => a.effectiveSize, format: f2 },
  { key: 'coreNumber', label: 'Core', title: 'k-core number: depth in the dense centre', value: (a) => a.coreNumber, format: String },
  { key: 'brokerage', label: 'Brok.', title: 'Gould–Fernandez brokerage: brokered pairs (partition by type)', value: (a) => a.brokerage?.type?.total ?? null, format: String },
];

interface ActorTableProps {
  report: EngineReport;
  selected: string | null;
  onPick: (id: string) => void;
}

export function ActorTable({ report, selected, onPick }: ActorTableProps) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: 'degree', dir: -1 });
  const [showAll, setShowAll] = useState(false);
  const rows = useMemo(() => {
    const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[2];
    const entries = Object.entries(report.actors);
    return entries.sort(([ia, a], [ib, b]) => {
      const va = column.value(a);
      const vb = column.value(b);
      // Missing values (external actors' roles, isolates' Burt measures) sink whichever way one sorts.
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1;
      } else if (va !== vb) {
        const cmp = typeof va === 'string' ? va.localeCompare(String(vb)) : va - (vb as number);
        if (cmp !== 0) return cmp * sort.dir;
      }
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
  }, [report, sort]);

  const clickHeader = (key: string) =>
    setSort((s) => (s.key === key ? { key, dir: (s.dir * -1) as 1 | -1 } : { key, dir: key === 'label' || key === 'role' || key === 'constraint' ? 1 : -1 }));

  const shown = showAll ? rows : rows.slice(0, ROW_LIMIT);

  if (rows.length === 0) return <p className="p-3 text-sm text-slate-500">No actors on the map yet.</p>;

  return (
    <div className="max-h-[calc(100dvh-15rem)] overflow-auto rounded-lg ring-1 ring-slate-200">
      <table data-testid="actor-table" data-rows={rows.length} className="w-full border-collapse text-sm">
        <thead className="sticky top-0 z-10 bg-slate-100 text-xs text-slate-600">
          <tr>
            {COLUMNS.filter((c) => c.key !== 'role').map((c, i) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                className={`whitespace-nowrap px-1.5 py-1 font-semibold ${i === 0 ? 'sticky left-0 bg-slate-100 text-left' : 'text-right'}`}
              >
                <SortButton column={c} sort={sort} onClick={clickHeader} />
                {i === 0 && (
                  <>
                    <span className="text-slate-400"> · </span>
                    <SortButton column={ROLE_COLUMN} sort={sort} onClick={clickHeader} />
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map(([id, a]) => {
            const style = ACTOR_STYLE[a.type] ?? ACTOR_STYLE.other;
            const isSelected = selected === id;
            return (
              <tr
                key={id}
                data-testid={`actor-row-${id}`}
                onClick={() => onPick(id)}
                className={`cursor-pointer border-t border-slate-100 ${isSelected ? 'bg-brand-50' : 'bg-white hover:bg-slate-50'}`}
              >
                <td className={`sticky left-0 max-w-[12rem] px-1.5 py-1 ${isSelected ? 'bg-brand-50' : 'bg-white'}`} title={`${a.label} · ${style.label} · ${a.scope}`}>
                  <div className="truncate">
                    <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle" style={{ background: style.color }} aria-hidden />
                    {a.label}
                  </div>
                  {a.role ? (
                    <span
                      data-testid={`role-${id}`}
                      title={ROLE_LABEL[a.role].hint}
                      className={`mt-0.5 inline-block whitespace-nowrap rounded-full px-1.5 py-px text-xs font-medium ring-1 ${ROLE_LABEL[a.role].badge}`}
                    >
                      {ROLE_LABEL[a.role].label}
                    </span>
                  ) : (
                    <span className="text-xs text-slate-500">{a.scope === 'external' ? 'outside the cluster' : '—'}</span>
                  )}
                </td>
                {COLUMNS.slice(2).map((c) => {
                  const v = c.value(a);
                  return (
                    <td key={c.key} className="px-1.5 py-1 text-right tabular-nums text-slate-800">
                      {v === null ? <span className="text-slate-400">—</span> : typeof v === 'number' ? (c.format ?? String)(v) : v}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length < rows.length && (
        <button
          type="button"
          data-testid="actor-table-show-all"
          onClick={() => setShowAll(true)}
          className="w-full border-t border-slate-200 bg-slate-50 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-100"
        >
          Show all {rows.length} actors (top {shown.length} by this column shown)
        </button>
      )}
    </div>
  );
}

function SortButton({ column: c, sort, onClick }: { column: Column; sort: { key: string; dir: 1 | -1 }; onClick: (key: string) => void }) {
  return (
    <button type="button" data-testid={`sort-${c.key}`} title={c.title} onClick={() => onClick(c.key)} className="hover:text-slate-900">
      {c.label}
      {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
    </button>
  );
}
