import { compareMaps } from '../../lib/compare/compare-maps';
import { parseCompareSource } from '../../lib/compare/sources';
import { wordedComparison } from '../../lib/compare/worded';
import { parseLocale } from '../../lib/i18n/locale';
import { compareDeps } from '../compare/compare-deps';
import { resolveCompareSide } from '../compare/compare-sources';
import { HttpError, sendJson } from './http';
import { ANY_ROLE, authorise, route } from './route-kit';

// GET /api/workshops/:id/compare?from=<cid|live|scenario:sid>&to=<…>[&lang=zh-CN] (docs/architecture.md
// "Comparisons"): actors and ties added, removed and changed, every index and sub-indicator from → to with
// its delta and the sentence that explains it. Any key of the workshop; the numbers are /scores' own.

export const COMPARE_ROUTE = route('GET', '/api/workshops/:id/compare', async (req, res, { id }, ctx) => {
  await authorise(req, ctx, id, ANY_ROLE);
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const lang = query.get('lang');
  const locale = lang ? parseLocale(lang) : 'en';
  if (!locale) throw new HttpError(400, `unknown language "${lang}": lang is en or zh-CN`, [{ param: 'lang', message: 'en or zh-CN' }]);
  const [from, to] = (['from', 'to'] as const).map((param) => {
    const parsed = parseCompareSource(query.get(param));
    if (!parsed.ok) throw new HttpError(400, `${param} ${parsed.problem}.`, [{ param, message: parsed.problem }]);
    return parsed.source;
  });
  const deps = compareDeps(ctx);
  const [before, after] = await Promise.all([resolveCompareSide(deps, id, from, 'from'), resolveCompareSide(deps, id, to, 'to')]);
  sendJson(res, 200, { ...wordedComparison(compareMaps(before, after), before.map, after.map, locale), sources: { from: before.about, to: after.about }, locale });
});
