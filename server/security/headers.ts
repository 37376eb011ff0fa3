import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// The security headers of every response (docs/operations.md §4 "Headers"). Pages get a Content Security
// Policy with a fresh nonce per request; the nonce is also put on the request's own Content-Security-Policy
// header before Next.js renders, because that is where Next.js reads it from to put it on every script it
// writes (next/dist/server/app-render/get-script-nonce-from-header.js: script-src, else default-src).

/** A per-request nonce: 16 random bytes in base64 (what CSP's nonce-source grammar and Next.js accept). */
export const newNonce = (): string => randomBytes(16).toString('base64');

/**
 * The policy of a page. Scripts: only those carrying the nonce, and what they load ('strict-dynamic', how
 * Next.js loads its chunks); 'wasm-unsafe-eval' lets the engine compile its WebAssembly (docs/engine.md);
 * development mode adds 'unsafe-eval' (React's debugging and hot reload need eval). Styles: 'unsafe-inline',
 * because React writes style attributes and Cytoscape adds its own <style> element, which no nonce reaches;
 * with img-src, font-src and connect-src limited to this origin, an injected style cannot send anything away.
 */
export function pageCsp(nonce: string, dev: boolean): string {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    // 'self' covers the same origin's ws:/wss: (the live sync); blob: for downloads read back as files.
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ];
  return directives.join('; ');
}

/**
 * The policy sent with a script file. A page's policy does not reach a Web Worker: a worker is governed by
 * the policy delivered with its own script, and with the page's nonce-only script-src the engine's workers
 * (app/_workers) could not import their chunks or compile the WebAssembly. Scripts from this origin only.
 */
export const scriptAssetCsp = (dev: boolean): string =>
  [
  `default-src 'self'`,
  `script-src 'self' 'wasm-unsafe-eval'${dev ? ` 'unsafe-eval'` : ''}`,
  `connect-src 'self'`,
  `worker-src 'self' blob:`,
  `object-src 'none'`,
  `base-uri 'none'`,
  `frame-ancestors 'none'`,
].join('; ');

/** Script files: Next.js's chunks (the workers among them) and the service worker. */
export const isScriptAsset = (url: string | undefined): boolean => {
  const path = (url ?? '').split('?')[0];
  return path.endsWith('.js') && (path.startsWith('/_next/static/') || path === '/sw.js');
};

/** API answers are data, never documents: nothing in them may run, load or be framed. */
export const API_CSP = `default-src 'none'; frame-ancestors 'none'; sandbox`;

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** Sets the page headers on `res` and the nonce on `req` (for Next.js); call before Next.js handles it. */
export function securePage(req: IncomingMessage, res: ServerResponse, dev: boolean): string {
  const nonce = newNonce();
  if (isScriptAsset(req.url)) {
    for (const [name, value] of Object.entries(COMMON)) res.setHeader(name, value);
    res.setHeader('content-security-policy', scriptAssetCsp(dev));
    return nonce;
  }
  const csp = pageCsp(nonce, dev);
  // Overwrites whatever a client sent: only our nonce may reach Next.js.
  req.headers['content-security-policy'] = csp;
  delete req.headers['content-security-policy-report-only'];
  for (const [name, value] of Object.entries(COMMON)) res.setHeader(name, value);
  res.setHeader('content-security-policy', csp);
  // Older browsers that do not read frame-ancestors.
  res.setHeader('x-frame-options', 'DENY');
  return nonce;
}

/** Sets the headers every API answer carries (the routes' own headers are added on top). */
export function secureApi(res: ServerResponse): void {
  for (const [name, value] of Object.entries(COMMON)) res.setHeader(name, value);
  res.setHeader('content-security-policy', API_CSP);
  res.setHeader('x-frame-options', 'DENY');
}
