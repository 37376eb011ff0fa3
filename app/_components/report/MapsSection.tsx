import type { ReportModel } from '../../../lib/export/report-model';
import type { ReportResponse } from './reportApi';
import { Muted, ReportSection } from './ReportParts';

// Both views as inline vector pictures: the SVG the export writes (lib/export/svg.ts), drawn by the page
// in its own web font (app/layout.tsx serves Noto Sans SC), so Chinese labels draw and stay selectable text.

/** The SVG file made fit to sit in the page: no XML declaration, and its ids prefixed so two maps never clash. */
export function inlineSvg(svg: string, prefix: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/\sid="([^"]*)"/g, (_m, id: string) => ` id="${prefix}-${id}"`);
}

export function MapsSection({ model, svgs }: { model: ReportModel; svgs: ReportResponse['svgs'] }) {
  return (
    <>
      {model.maps.map((map) => (
        <ReportSection key={map.view} testId={`report-map-${map.view}`} page="wide" label={map.title}>
          <h2 className="text-2xl font-bold text-slate-900">{map.title}</h2>
          <Muted small>{map.caption}</Muted>
          <figure className="cc-map rounded-xl border border-slate-200 bg-white p-2 print:border-0 print:p-0">
            <div
              role="img"
              aria-label={`${map.title}. ${map.caption}`}
              // The server's own SVG: every label and id in it went through lib/export/xml.ts, so it is inert text.
              dangerouslySetInnerHTML={{ __html: inlineSvg(map.view === 'network' ? svgs.network : svgs.valueChain, `report-${map.view}`) }}
            />
          </figure>
        </ReportSection>
      ))}
    </>
  );
}
