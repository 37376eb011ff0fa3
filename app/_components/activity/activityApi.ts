import type { ActivityEntry } from '../../../lib/activity/types';
import { apiError } from '../model/apiError';

// The workshop page's call for the activity feed (docs/architecture.md "Activity"): any key may read it.

export interface ActivityPageResult {
  entries: ActivityEntry[];
  /** Older entries exist beyond this page. */
  more: boolean;
}

export type ListActivity = (page?: { before?: number; limit?: number }) => Promise<ActivityPageResult>;

export function activityApi(workshop: string, key: string): ListActivity {
  const base = `/api/workshops/${encodeURIComponent(workshop)}/activity`;
  return async ({ before, limit } = {}) => {
    const query = new URLSearchParams();
    if (before !== undefined) query.set('before', String(before));
    if (limit !== undefined) query.set('limit', String(limit));
    const res = await fetch(`${base}${query.size ? `?${query}` : ''}`, { headers: { authorization: `Bearer ${key}` } });
    if (!res.ok) throw await apiError(res);
    return (await res.json()) as ActivityPageResult;
  };
}
