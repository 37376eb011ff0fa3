import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('"Open the demo" gives the visitor their own copy, which they facilitate, kept as a screenshot', async ({ page, request }, testInfo) => {
  const demo = await (await request.get('/api/demo')).json();
  await page.goto('/');
  await page.getByTestId('open-demo').click();
  await page.getByTestId('name-input').fill('Visitor 访客');
  await page.getByTestId('name-save').click();
  // A new workshop of their own (docs/operations.md §8), never the shared demo's controls.
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+/);
  expect(new URL(page.url()).pathname).not.toBe(`/w/${demo.id}`);
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-role', 'facilitator');
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-synced', 'true');
  await expect.poll(async () => Number(await canvas.getAttribute('data-actor-count'))).toBeGreaterThanOrEqual(20);
  expect(Number(await canvas.getAttribute('data-tie-count'))).toBeGreaterThanOrEqual(30);
  // Every actor is drawn, and the map is laid out (not everyone on one spot).
  const drawn = await page.evaluate(() => {
    const nodes = (window as any).__cy.nodes('.actor');
    const xs = nodes.map((n: any) => Math.round(n.position().x));
    return { count: nodes.length, distinctX: new Set(xs).size };
  });
  expect(drawn.count).toBe(Number(await canvas.getAttribute('data-actor-count')));
  expect(drawn.distinctX).toBeGreaterThan(3);

  await page.waitForTimeout(400); // let the first fit settle before the picture
  mkdirSync('artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'artifacts/demo-workshop.png' });
  await testInfo.attach('demo-workshop', { body: shot, contentType: 'image/png' });

  await page.getByTestId('view-value-chain').click();
  await page.waitForTimeout(900);
  const vc = await page.screenshot({ path: 'artifacts/demo-value-chain.png' });
  await testInfo.attach('demo-value-chain', { body: vc, contentType: 'image/png' });
});

test('attack: the landing page never opens the shared demo as facilitator; its buttons give participant and observer', async ({ page, request }) => {
  const demo = await (await request.get('/api/demo')).json();
  expect(demo.links.facilitator).toBeUndefined();
  await page.goto('/');
  await page.getByTestId('open-shared-demo').click();
  await page.getByTestId('name-input').fill('Passer-by');
  await page.getByTestId('name-save').click();
  await expect(page).toHaveURL(new RegExp(`/w/${demo.id}`));
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-role', 'participant');
});

test('the demo reads well on a phone', async ({ browser, request }, testInfo) => {
  const demo = await (await request.get('/api/demo')).json();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(demo.links.observer);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true');
  await expect(page.getByTestId('observer-note')).toBeVisible();
  await page.waitForTimeout(400);
  const shot = await page.screenshot({ path: 'artifacts/demo-phone.png' });
  await testInfo.attach('demo-phone', { body: shot, contentType: 'image/png' });
  await context.close();
});
