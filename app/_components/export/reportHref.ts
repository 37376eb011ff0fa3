import { sourceParams, type MapSource } from './mapSource';

/** The report page's address for a source and an optional comparison. The key is never in it. */
export function reportHref(workshopId: string, source: MapSource, compare?: string | null): string {
  const query = new URLSearchParams(sourceParams(source));
  if (compare) query.set('compare', compare);
  const q = query.toString();
  return `/w/${encodeURIComponent(workshopId)}/report${q ? `?${q}` : ''}`;
}
