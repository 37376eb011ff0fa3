/* global self, caches, fetch, Headers, Response, setTimeout, clearTimeout */
// ClusterCanvas's service worker: the app shell, so a workshop page loads with no network at all
// (docs/protocol.md P17, docs/architecture.md "Wi-Fi that drops"). It keeps the pages and files the app is
// made of, never the API or the sync socket: the map itself is the kept copy in IndexedDB.

const SHELL_DEFAULTS = {
  cache: 'clustercanvas-shell-v1',
  /** A page asked for while the network only pretends to be there (conference Wi-Fi): the kept one after this. */
  networkTimeoutMs: 4000,
};

const isShell = (url) => url.origin === self.location.origin && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/socket.io');
// Next.js names these files by their content: a kept one is never out of date.
const isImmutable = (url) => url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/fonts/');

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL_DEFAULTS.cache) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function keep(request, response) {
  if (!response || !response.ok || response.type === 'opaque') return response;
  const cache = await caches.open(SHELL_DEFAULTS.cache);
  await cache.put(request, response.clone());
  return response;
}

/** A kept page says so (`x-clustercanvas-kept: 1`): support, and the offline test, can tell it from a fresh one. */
function marked(response) {
  const headers = new Headers(response.headers);
  headers.set('x-clustercanvas-kept', '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function networkFirst(request) {
  const cache = await caches.open(SHELL_DEFAULTS.cache);
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), SHELL_DEFAULTS.networkTimeoutMs);
  });
  try {
    const fresh = fetch(request).then((response) => keep(request, response));
    const first = await Promise.race([fresh, late]);
    if (first) return first;
    const slow = await cache.match(request, { ignoreVary: true });
    return slow ? marked(slow) : await fresh;
  } catch {
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return marked(kept);
    return new Response('Offline, and this page was not kept on this device.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL_DEFAULTS.cache);
  const kept = await cache.match(request);
  if (kept) return kept;
  return keep(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  // A Web Worker's own script is left to the network: answered from here, the worker would see the
  // response's address without its #params= fragment, where Next.js's worker bootstrap reads its chunks
  // (the engine's worker failed and was started again and again). What it imports is still kept.
  if (request.destination === 'worker' || request.destination === 'sharedworker') return;
  const url = new URL(request.url);
  if (!isShell(url)) return;
  event.respondWith(isImmutable(url) ? cacheFirst(request) : networkFirst(request));
});

// The page lists what it loaded before this worker controlled it (its first visit): kept now, so the next
// load works offline. Answers `kept` when done.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_DEFAULTS.cache);
      await Promise.all(
        data.urls.map(async (href) => {
          try {
            const url = new URL(href, self.location.origin);
            if (!isShell(url)) return;
            if (isImmutable(url) && (await cache.match(url.href))) return;
            const response = await fetch(url.href, { credentials: 'same-origin' });
            if (response.ok) await cache.put(url.href, response);
          } catch {
            // Not kept; the next visit tries again.
          }
        }),
      );
      if (event.source) event.source.postMessage({ type: 'kept' });
    })(),
  );
});
