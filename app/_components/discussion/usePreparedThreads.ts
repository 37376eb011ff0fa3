'use client';

import { useEffect } from 'react';
import type * as Y from 'yjs';
import { prepareThreads } from '../../../lib/map/discussion';
import type { ClusterMap } from '../../../lib/map/types';
import type { Role } from '../../../lib/sync/protocol';

/** Preparing threads is bookkeeping, not a person's edit: its own origin keeps it out of every undo stack. */
export const THREADS_ORIGIN = { who: 'discussion-threads' };

/**
 * Gives elements their vote map and comment list before anyone votes (see prepareThreads): the person who
 * created an element prepares it, and the facilitator prepares the elements nobody created in a browser
 * (imported maps, templates), so usually one client writes each container and no first vote is lost.
 */
export function usePreparedThreads(doc: Y.Doc | null, map: ClusterMap, me: string | undefined, role: Role | null, canWrite: boolean) {
  useEffect(() => {
    if (!doc || !canWrite || !me) return;
    const mine = (createdBy: string | undefined) => createdBy === me || (role === 'facilitator' && createdBy === undefined);
    const ids = [...map.actors.filter((a) => mine(a.createdBy)).map((a) => a.id), ...map.ties.filter((t) => mine(t.createdBy)).map((t) => t.id)];
    if (ids.length) prepareThreads(doc, ids, THREADS_ORIGIN);
  }, [doc, map, me, role, canWrite]);
}
