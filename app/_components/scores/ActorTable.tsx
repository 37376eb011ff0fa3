'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Fragment, useMemo, useState } from 'react';
import type { ActorReport, EngineReport } from '../../../lib/engine/types';
import { roleWords } from '../../../lib/i18n/engine-words';
import { ACTOR_TYPE_WORDS } from '../../../lib/i18n/map-words';
import { ACTOR_STYLE } from '../model/palette';
import { ROLE_LABEL } from './labels';

/** The table's columns; each one's header and tooltip are `scores.actorTable.<key>.label|title`. */
type ColumnKey = 'label' | 'role' | 'degree' | 'betweenness' | 'closeness' | 'eigenvector' | 'clustering' | 'constraint' | 'effectiveSize' | 'coreNumber' | 'brokerage';

type Column = {
  key: ColumnKey;
  value: (a: ActorReport) => number | string | null;
  /** Decimal places of a number cell (0: a count). */
  digits?: number;
};

/** Rows drawn before "show all": a large map's table stays quick to sort and scroll. */
const ROW_LIMIT = 150;
const ROLE_ORDER = ['gatekeeper', 'external_star', 'mutual_exchanger', 'weakly_connected', 'isolated'];

const ROLE_COLUMN: Column = {
  key: 'role',
  value: (a) => (a.role ? ROLE_ORDER.indexOf(a.role) : null),
};

const COLUMNS: Column[] = [
  { key: 'label', value: (a) => a.label },
  ROLE_COLUMN,
  { key: 'degree', value: (a) => a.degree, digits: 0 },
  { key: 'betweenness', value: (a) => a.betweenness, digits: 3 },
  { key: 'closeness', value: (a) => a.closeness, digits: 3 },
  { key: 'eigenvector', value: (a) => a.eigenvector, digits: 3 },
  { key: 'clustering', value: (a) => a.clustering, digits: 2 },
  { key: 'constraint', value: (a) => a.constraint, digits: 2 },
  { key: 'effectiveSize', value: (a) => a.effectiveSize, digits: 2 },
  { key: 'coreNumber', value: (a) => a.coreNumber, digits: 0 },
  { key: 'brokerage', value: (a) => a.brokerage?.type?.total ?? null, digits: 0 },
];

interface ActorTableProps {
  report: EngineReport;
  /** What to call each actor for this reader (its name in their language, lib/map/labels.ts labelFor). */
  names: ReadonlyMap<string, string>;
  selected: string | null;
  onPick: (id: string) => void;
}

export function ActorTable({ report, names, selected, onPick }: ActorTableProps) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const fmt = (v: number, digits = 0) => format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const [sort, setSort] = useState<{ key: ColumnKey; dir: 1 | -1 }>({ key: 'degree', dir: -1 });
  const [showAll, setShowAll] = useState(false);
  // The actor whose knowledge role is explained under its row: the definition is one click away.
  const [explained, setExplained] = useState<string | null>(null);
  const rows = useMemo(() => {
    const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[2];
    const entries = Object.entries(report.actors);
    return entries.sort(([ia, a], [ib, b]) => {
      const va = column.key === 'label' ? (names.get(ia) ?? a.label) : column.value(a);
      const vb = column.key === 'label' ? (names.get(ib) ?? b.label) : column.value(b);
      // Missing values (external actors' roles, isolates' Burt measures) sink whichever way one sorts.
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1;
      } else if (va !== vb) {
        const cmp = typeof va === 'string' ? va.localeCompare(String(vb), locale) : va - (vb as number);
        if (cmp !== 0) return cmp * sort.dir;
      }
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
  }, [report, sort, names, locale]);

  const clickHeader = (key: ColumnKey) =>
    setSort((s) => (s.key === key ? { key, dir: (s.dir * -1) as 1 | -1 } : { key, dir: key === 'label' || key === 'role' || key === 'constraint' ? 1 : -1 }));

  const shown = showAll ? rows : rows.slice(0, ROW_LIMIT);

  if (rows.length === 0) return <p className="p-3 text-sm text-slate-500">{t('scores.actorTable.empty')}</p>;

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
              <Fragment key={id}>
              <tr
                data-testid={`actor-row-${id}`}
                onClick={() => onPick(id)}
                className={`cursor-pointer border-t border-slate-100 ${isSelected ? 'bg-brand-50' : 'bg-white hover:bg-slate-50'}`}
              >
                <td className={`sticky left-0 max-w-[12rem] px-1.5 py-1 ${isSelected ? 'bg-brand-50' : 'bg-white'}`} title={`${names.get(id) ?? a.label} · ${(ACTOR_TYPE_WORDS[locale][a.type] ?? ACTOR_TYPE_WORDS[locale].other).label} · ${t(`scores.actorTable.scope.${a.scope}`)}`}>
                  <div className="truncate">
                    <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle" style={{ background: style.color }} aria-hidden />
                    {names.get(id) ?? a.label}
                  </div>
                  {a.role ? (
                    <button
                      type="button"
                      data-testid={`role-${id}`}
                      aria-expanded={explained === id}
                      aria-controls={`role-${id}-definition`}
                      title={t('scores.actorTable.roleHint')}
                      onClick={(e) => {
                        e.stopPropagation();
                        setExplained((x) => (x === id ? null : id));
                      }}
                      className={`mt-0.5 inline-block whitespace-nowrap rounded-full px-1.5 py-px text-xs font-medium ring-1 hover:underline ${ROLE_LABEL[a.role].badge}`}
                    >
                      {roleWords(a.role, locale).label} <span aria-hidden>ⓘ</span>
                    </button>
                  ) : (
                    <span className="text-xs text-slate-500">{a.scope === 'external' ? t('scores.actorTable.outside') : '—'}</span>
                  )}
                </td>
                {COLUMNS.slice(2).map((c) => {
                  const v = c.value(a);
                  return (
                    <td key={c.key} className="px-1.5 py-1 text-right tabular-nums text-slate-800">
                      {v === null ? <span className="text-slate-400">—</span> : typeof v === 'number' ? fmt(v, c.digits) : v}
                    </td>
                  );
                })}
              </tr>
              {explained === id && a.role && (
                <tr className="bg-slate-50">
                  <td colSpan={COLUMNS.length - 1} id={`role-${id}-definition`} data-testid={`role-${id}-definition`} className="px-2 py-1.5 text-xs leading-snug text-slate-700">
                    <b>{roleWords(a.role, locale).label}{t('scores.actorTable.stop')}</b> {roleWords(a.role, locale).hint}
                  </td>
                </tr>
              )}
              </Fragment>
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
          {t('scores.actorTable.showAll', { count: rows.length, shown: shown.length })}
        </button>
      )}
    </div>
  );
}

function SortButton({ column: c, sort, onClick }: { column: Column; sort: { key: ColumnKey; dir: 1 | -1 }; onClick: (key: ColumnKey) => void }) {
  const t = useTranslations();
  return (
    <button type="button" data-testid={`sort-${c.key}`} title={t(`scores.actorTable.column.${c.key}.title`)} onClick={() => onClick(c.key)} className="hover:text-slate-900">
      {t(`scores.actorTable.column.${c.key}.label`)}
      {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
    </button>
  );
}
