import type { WordedComparison } from '../../../lib/compare/types';
import type { Locale } from '../../../lib/i18n/locale';
import { apiError } from '../model/apiError';

// GET /api/workshops/:id/compare (docs/architecture.md "Comparisons"): the server's comparison of two
// states, its sentences in the reader's language.

export interface ComparisonAnswer extends WordedComparison {
  locale: Locale;
  sources: Record<'from' | 'to', { kind: 'live' | 'checkpoint' | 'scenario'; name?: string; at?: number; missing?: string[] }>;
}

export async function fetchComparison(workshop: string, key: string, from: string, to: string, locale: Locale, signal?: AbortSignal): Promise<ComparisonAnswer> {
  const query = new URLSearchParams({ from, to, lang: locale });
  const res = await fetch(`/api/workshops/${encodeURIComponent(workshop)}/compare?${query}`, { headers: { authorization: `Bearer ${key}` }, signal });
  if (!res.ok) throw await apiError(res);
  return (await res.json()) as ComparisonAnswer;
}
