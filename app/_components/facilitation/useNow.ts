'use client';

import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs` while `ticking` (a running countdown), and once when it stops. */
export function useNow(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [ticking, intervalMs]);
  return now;
}
