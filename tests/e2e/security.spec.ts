import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, join, keyOf } from './helpers';

// The headers every page carries (docs/operations.md §4 "Headers"): a CSP with a per-request nonce that
// Next.js puts on its scripts, no framing, no referrer, no sniffing; and the app works under it.

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

/** Records every CSP violation the page (and its workers' reports to it) sees, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) seen.push(msg.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${location.pathname}`),
    );
  });
  return seen;
}

test('every page sends a CSP with a fresh nonce on its scripts, frame-ancestors none, no-referrer and nosniff', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  for (const res of [first, second]) {
    const headers = res.headers();
    expect(headers['content-security-policy']).toContain(`frame-ancestors 'none'`);
    expect(headers['content-security-policy']).toContain(`'wasm-unsafe-eval'`);
    expect(headers['content-security-policy']).toContain(`'strict-dynamic'`);
    expect(headers['content-security-policy']).not.toContain(`'unsafe-eval'`);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    // Next.js put this request's nonce on every script it wrote.
    const nonce = nonceOf(headers['content-security-policy'])!;
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonceOf(first.headers()['content-security-policy'])).not.toBe(nonceOf(second.headers()['content-security-policy']));
  for (const path of ['/w/nowhere', '/w/nowhere/report', '/api/health']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['content-security-policy'], path).toContain(`frame-ancestors 'none'`);
  }
});

test('attack: a nonce a client sends in its own Content-Security-Policy header never reaches the page', async ({ request }) => {
  const res = await request.get('/', { headers: { 'content-security-policy': `script-src 'nonce-attacker'` } });
  expect(await res.text()).not.toContain('nonce="attacker"');
  expect(res.headers()['content-security-policy']).not.toContain('attacker');
});

test('attack: the workshop page cannot be framed by another site (frame-ancestors none)', async ({ page, request }) => {
  const w = await createWorkshop(request, 'Framed', 'optics-valley');
  await page.route('http://evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe id="f" src="${w.links.facilitator}" width="800" height="600"></iframe>` }),
  );
  await page.goto('http://evil.example/');
  await expect
    .poll(async () => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '', { timeout: 15_000 })
    .toMatch(/^chrome-error:|^about:blank$/);
  await page.waitForTimeout(1500);
  const framed = page.frames().find((f) => f !== page.mainFrame())!;
  expect(await framed.locator('[data-testid="workshop"]').count()).toBe(0);
});

test('the landing page, a workshop with its scores and the report run under the CSP with no violation', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Under the CSP', 'optics-valley');
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const landing = await context.newPage();
  const violations = await watchViolations(landing);
  await landing.goto('/');
  await expect(landing.getByTestId('open-demo')).toBeEnabled();

  const page = await join(browser, w.links.facilitator, 'Fang', { width: 1600, height: 900 });
  const pageViolations = await watchViolations(page);
  await page.reload();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  const toggle = page.getByTestId('score-dock-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  // The engine's WebAssembly compiled under 'wasm-unsafe-eval' (the JavaScript sweeps are only the fallback).
  await expect(page.getByTestId('score-panel')).toHaveAttribute('data-engine-kernel', 'webassembly', { timeout: 20_000 });
  expect(await page.evaluate(() => (window as any).__cy.nodes('.actor').length)).toBeGreaterThan(10);

  await page.goto(`/w/${w.id}/report#key=${encodeURIComponent(keyOf(w.links.observer))}`);
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  expect([...violations, ...pageViolations]).toEqual([]);
  await context.close();
  await page.context().close();
});
