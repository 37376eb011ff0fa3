import type { ReactNode } from 'react';
import type { ReportColumn } from '../../../lib/export/report/columns';

// The report page's building blocks, each the web twin of a piece of the PDF's page furniture
// (server/render/pdf-layout.ts, pdf-table.ts): "Label: value" lines, section headings and tables whose
// rows never split across printed pages. They hold no words: those are the report model's
// (docs/report.md "The report model").

/** A major part of the report; `page` starts it on a new printed page, `wide` on a landscape one. */
export function ReportSection({ testId, page = 'portrait', label, children }: { testId: string; page?: 'portrait' | 'wide' | 'none'; label?: string; children: ReactNode }) {
  const cls = page === 'wide' ? 'cc-page cc-page-wide' : page === 'portrait' ? 'cc-page' : '';
  return (
    <section data-testid={testId} aria-label={label} className={`${cls} space-y-2 border-t border-slate-200 pt-8 first:border-t-0 first:pt-0 print:border-t-0 print:pt-0`}>
      {children}
    </section>
  );
}

export const Heading = ({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) =>
  level === 2 ? <h2 className="cc-keep-next pt-2 text-2xl font-bold text-slate-900">{children}</h2> : <h3 className="cc-keep-next pt-3 text-lg font-bold text-slate-900">{children}</h3>;

export const Muted = ({ children, small }: { children: ReactNode; small?: boolean }) => (children ? <p className={`${small ? 'text-sm' : ''} text-slate-600`}>{children}</p> : null);

/** "Label: value" with the label in bold; nothing when there is no value (as the PDF's field()). */
export function Field({ label, value, testId }: { label: string; value: string | undefined; testId?: string }) {
  if (!value) return null;
  return (
    <p data-testid={testId}>
      <b className="font-semibold text-slate-600">{label}: </b>
      {value}
    </p>
  );
}

export function ReportTable<Row>({ columns, rows, rowKey, caption, testId }: { columns: ReportColumn<Row>[]; rows: readonly Row[]; rowKey(row: Row, i: number): string; caption: string; testId?: string }) {
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="cc-table w-full border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.title} scope="col" className={`border-b-2 border-slate-300 px-2 py-1.5 align-bottom text-xs font-semibold text-slate-600 ${c.align === 'right' ? 'text-right' : 'text-left'}`}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} className="border-b border-slate-200 align-top">
              {columns.map((c) => (
                <td key={c.title} className={`px-2 py-1.5 ${c.align === 'right' ? 'text-right tabular-nums' : 'text-left'}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
