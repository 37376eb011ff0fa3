'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker that keeps the app shell (public/sw.js), so a workshop page loads with no
 * network and opens the copy kept in this browser (docs/protocol.md P17). Production builds only: in
 * development the worker would serve yesterday's code. Sets `data-offline-ready` on <html> once what this
 * page loaded is kept.
 */
export function useOfflineShell(): void {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === 'kept') document.documentElement.dataset.offlineReady = 'true';
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    void (async () => {
      try {
        await navigator.serviceWorker.register('/sw.js', { scope: '/' });
        const registration = await navigator.serviceWorker.ready;
        if (cancelled) return;
        const here = new URL(window.location.href);
        here.hash = '';
        const urls = [here.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((href) => new URL(href).origin === here.origin);
        registration.active?.postMessage({ type: 'keep', urls: [...new Set(urls)] });
      } catch {
        // No service worker (a private window, an insecure origin): the page still works online.
      }
    })();
    return () => {
      cancelled = true;
      navigator.serviceWorker.removeEventListener('message', onMessage);
    };
  }, []);
}
