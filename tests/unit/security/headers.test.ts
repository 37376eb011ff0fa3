import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../../server/security/headers';

describe('pageCsp (docs/operations.md §4 "Headers")', () => {
  it('scripts by nonce only, WebAssembly allowed, no framing, no plugins; eval only in development', () => {
    const csp = pageCsp('abc123==', false);
    expect(csp).toContain(`script-src 'self' 'nonce-abc123==' 'strict-dynamic' 'wasm-unsafe-eval'`);
    expect(csp).not.toContain(`'unsafe-eval'`);
    expect(csp).toContain(`frame-ancestors 'none'`);
    expect(csp).toContain(`object-src 'none'`);
    expect(pageCsp('abc123==', true)).toContain(`'unsafe-eval'`);
  });
});

describe('script files (the engine workers are governed by the policy of their own script)', () => {
  it('allow this origin\'s scripts and WebAssembly, no nonce needed; only Next.js chunks and the service worker', async () => {
    const { scriptAssetCsp, isScriptAsset } = await import('../../../server/security/headers');
    const csp = scriptAssetCsp(false);
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval'`);
    expect(csp).not.toContain('nonce-');
    expect(csp).not.toContain(`'unsafe-eval'`);
    expect(scriptAssetCsp(true)).toContain(`'unsafe-eval'`);
    expect(csp).toContain(`frame-ancestors 'none'`);
    expect(isScriptAsset('/_next/static/chunks/engine.worker.js?v=1')).toBe(true);
    expect(isScriptAsset('/sw.js')).toBe(true);
    expect(isScriptAsset('/w/abc')).toBe(false);
    expect(isScriptAsset('/_next/static/media/font.woff2')).toBe(false);
  });
});
