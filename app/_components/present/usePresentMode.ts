'use client';

import { useCallback, useEffect, useState } from 'react';
import { asksPresent } from './presentLink';

/**
 * Present mode: the workshop as the room sees it on the projector (docs/guide.md "Presenting"). The
 * projector link (an observer key with `?present=1`) opens in it, and anyone can switch to it; Escape or
 * "Leave Present" goes back. Only this screen changes. An observer key alone opens the full read-only
 * workspace: observers are also researchers who read the scores.
 */
export function usePresentMode(): { present: boolean; setPresent(on: boolean): void } {
  const [present, setChoice] = useState(() => typeof window !== 'undefined' && asksPresent(window.location.search));
  const setPresent = useCallback((on: boolean) => setChoice(on), []);

  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent) => {
      // Not while someone types (a dialog over the map).
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) setChoice(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present]);

  return { present, setPresent };
}
