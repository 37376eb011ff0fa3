'use client';

import { useCallback, useState } from 'react';

/** A yes/no this device remembers (the facilitator's tray left open, say); storage off means the default. */
export function useStoredFlag(key: string, initial: boolean): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      const saved = window.localStorage.getItem(key);
      return saved === null ? initial : saved === '1';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        window.localStorage.setItem(key, next ? '1' : '0');
      } catch {
        /* storage disabled */
      }
    },
    [key],
  );
  return [on, set];
}
