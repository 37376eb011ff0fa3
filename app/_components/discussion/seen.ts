'use client';

import { useCallback, useState } from 'react';

// How many comments of each element this browser has shown its person, so "new comments" means new to
// them. Kept per workshop in localStorage; losing it (private mode) only makes old comments look new.
const PREFIX = 'clustercanvas:seen-comments:';

function load(workshop: string): Record<string, number> {
  try {
    const raw = window.localStorage.getItem(PREFIX + workshop);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'number' && v >= 0) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

export function useSeenComments(workshop: string) {
  const [seen, setSeen] = useState<Record<string, number>>(() => load(workshop));
  const markSeen = useCallback(
    (elementId: string, count: number) => {
      setSeen((prev) => {
        if (prev[elementId] === count) return prev;
        const next = { ...prev, [elementId]: count };
        try {
          window.localStorage.setItem(PREFIX + workshop, JSON.stringify(next));
        } catch {
          /* see above */
        }
        return next;
      });
    },
    [workshop],
  );
  return { seen, markSeen };
}
