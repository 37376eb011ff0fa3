import { keyFromHash } from './links';
import { loadKey, saveKey } from './storage';

// A workshop page's key: from the link's fragment (#key=…, which browsers never send to the server), else
// the one this browser stored on an earlier visit. Never in a query string.

export function readInitialKey(workshop: string): string | null {
  const fromHash = keyFromHash(window.location.hash);
  if (fromHash) saveKey(workshop, fromHash);
  return fromHash ?? loadKey(workshop);
}

/**
 * Takes the key out of the address bar once it is stored, so copying the URL does not hand it on by
 * accident (a facilitator's link would give facilitator rights).
 */
export function forgetKeyInAddress(): void {
  if (window.location.hash.includes('key=')) window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
