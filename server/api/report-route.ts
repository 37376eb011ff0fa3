import { buildReportModel } from '../../lib/export/report-model';
import type { SceneView } from '../../lib/export/scene/types';
import { comparisonWith, participantsOf } from '../report/report-inputs';
import { compareDeps } from '../compare/compare-deps';
import { apiSourceDeps, resolveSource, sourceQuery } from '../report/report-source';
import { renderService } from '../render/render-service';
import { agreementInput, discussionInput } from '../../lib/export/report/from-workshop';
import { parseLocale } from '../../lib/i18n/locale';
import { readScenarios } from '../../lib/scenarios';
import { HttpError, sendJson } from './http';
import { ANY_ROLE, authorise, route } from './route-kit';

// GET /api/workshops/:id/report: the report web page's data (docs/report.md "The report page"). The same
// ReportModel the PDF renders, both pictures as SVG, what the report is about, and the checkpoints the
// page offers to switch to or compare with. Sources as for the PDF: ?checkpoint=<cid>, ?agreed=1,
// ?live=1, by default the latest agreed checkpoint; &compare=<cid> adds the comparison section (or
// compare=scenario:<sid>: what that scenario would change; `scenarios` lists them); &lang=zh-CN
// words it in Chinese (docs/report.md "Languages"; default en).

const VIEWS: readonly SceneView[] = ['network', 'value-chain'];

export const REPORT_ROUTE = route('GET', '/api/workshops/:id/report', async (req, res, { id }, ctx) => {
  await authorise(req, ctx, id, ANY_ROLE);
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const { map, wholeMap, discussion, source, report: reportOf } = await resolveSource(apiSourceDeps(ctx), id, sourceQuery(query, true));
  const report = await reportOf();
  const compare = query.get('compare');
  const lang = query.get('lang');
  const locale = lang ? parseLocale(lang) : 'en';
  if (!locale) throw new HttpError(400, `unknown language "${lang}": lang is en or zh-CN`);
  const model = buildReportModel({
    locale,
    map,
    report,
    participants: participantsOf(discussion),
    generatedAt: Date.now(),
    source,
    agreement: agreementInput(wholeMap, discussion, locale),
    discussion: discussionInput(wholeMap, discussion, locale),
    ...(compare ? { comparison: await comparisonWith(compareDeps(ctx), id, compare, { map, report }) } : {}),
  });
  // On the render thread like every picture: a large map must not hold up the sync traffic.
  const [network, valueChain] = await Promise.all(
    VIEWS.map(async (view) => {
      const result = await renderService.render({ kind: 'svg', map, report, view, embed: false, transparent: false, locale });
      // Inline in the page's HTML, where an XML declaration has no place.
      return 'bytes' in result ? new TextDecoder().decode(result.bytes).replace(/^<\?xml[^>]*\?>\s*/, '') : '';
    }),
  );
  const scenarios = readScenarios(await ctx.sync.getRoomDoc(id)).map((s) => ({ id: s.id, name: s.name }));
  sendJson(res, 200, { model, svgs: { network, valueChain }, source, checkpoints: await ctx.checkpoints.list(id), scenarios });
});
