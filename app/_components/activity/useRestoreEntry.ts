'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import { restoreRemoved } from '../../../lib/activity/restore';
import type { ActivityEntry } from '../../../lib/activity/types';

/**
 * Brings back what an entry deleted, as this person's own edit (`origin`: their undo takes it back again).
 * The server accepts the original makers' names only because its record says these ids were deleted
 * (docs/protocol.md P14). Returns how many actors and ties came back.
 */
export function useRestoreEntry(doc: Y.Doc | null, origin: object): (entry: ActivityEntry) => number {
  return useCallback(
    (entry: ActivityEntry) => {
      if (!doc || !entry.removed) return 0;
      const back = restoreRemoved(doc, entry.removed, origin);
      return back.actors.length + back.ties.length;
    },
    [doc, origin],
  );
}
