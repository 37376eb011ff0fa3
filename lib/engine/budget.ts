import type { ClusterMap } from '../map/types';

/**
 * Up to this size a full report takes a few milliseconds (tens on a loaded 2-core machine), so it is
 * computed in place: in the browser within the frame of the edit, on the server within the request.
 * Larger maps are scored off the main thread (a Web Worker in the browser, a worker thread on the server)
 * because exact betweenness is O(actors × ties).
 */
export const INLINE_SCORING_LIMITS = { actors: 300, ties: 1500 } as const;

export const scoresInline = (map: Pick<ClusterMap, 'actors' | 'ties'>): boolean =>
  map.actors.length <= INLINE_SCORING_LIMITS.actors && map.ties.length <= INLINE_SCORING_LIMITS.ties;
