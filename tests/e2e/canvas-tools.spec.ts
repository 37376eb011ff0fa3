import { expect, test } from '@playwright/test';
import { actorIdsByLabel, addActor, canvas, createWorkshop, expectCounts, join, screenPoint } from './helpers';

test('ties are drawn by dragging from one actor to another, or by tapping one then the other', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Connecting');
  const page = await join(browser, w.links.participant, 'Mapper');

  // Double-click on empty canvas puts an actor right there.
  const box = (await page.getByTestId('cy').boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2 - 150, box.y + box.height / 2);
  await expectCounts(page, 1, 0);
  await expect(page.getByTestId('actor-label')).toBeFocused();
  await page.getByTestId('actor-label').fill('University A');
  await page.getByTestId('actor-label').press('Enter');
  // The name reaches the canvas a moment after Enter (through the shared document), as in addActor.
  await expect.poll(() => actorIdsByLabel(page, 'University A')).toHaveLength(1);
  const uni = (await actorIdsByLabel(page, 'University A'))[0];
  const firm = await addActor(page, 'Firm B');
  const bank = await addActor(page, 'Bank C');

  // Drag in connect mode.
  await page.getByTestId('connect-mode').click();
  await expect(page.getByTestId('connect-hint')).toBeVisible();
  const from = await screenPoint(page, uni);
  const to = await screenPoint(page, firm);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expectCounts(page, 3, 1);
  await expect(page.getByTestId('connect-hint')).toHaveCount(0);
  await expect(page.getByTestId('tie-inspector')).toBeVisible();
  await expect(page.getByTestId('tie-source')).toHaveText('University A');
  await expect(page.getByTestId('tie-target')).toHaveText('Firm B');

  // Tap, tap, with the kind picked first.
  await page.getByTestId('connect-mode').click();
  await page.getByTestId('connect-kind-finance').click();
  const b = await screenPoint(page, bank);
  const f = await screenPoint(page, firm);
  await page.mouse.click(b.x, b.y);
  await expect(page.getByTestId('connect-hint')).toContainText('Now tap');
  await page.mouse.click(f.x, f.y);
  await expectCounts(page, 3, 2);
  await expect(page.getByTestId('tie-kind-finance')).toHaveAttribute('aria-checked', 'true');

  // Escape leaves connect mode without drawing anything.
  await page.getByTestId('connect-mode').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('connect-hint')).toHaveCount(0);
  await expectCounts(page, 3, 2);
  await page.context().close();
});

test('filters are personal: hiding a kind of actor on one screen leaves the other untouched', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Filters', 'optics-valley');
  const a = await join(browser, w.links.facilitator, 'Filterer');
  const b = await join(browser, w.links.participant, 'Other');
  const visibleFirms = (p: typeof a) => p.evaluate(() => (window as any).__cy.nodes('.actor[type = "firm"]').filter((n: any) => n.visible()).length);
  const firms = await visibleFirms(a);
  expect(firms).toBeGreaterThan(5);

  const legendToggle = a.getByTestId('legend-toggle');
  if ((await a.getByTestId('filter-type-firm').count()) === 0) await legendToggle.click();
  await a.getByTestId('filter-type-firm').uncheck();
  await a.getByTestId('filter-kind-supply').uncheck();
  await expect.poll(() => visibleFirms(a)).toBe(0);
  expect(await a.evaluate(() => (window as any).__cy.edges('[kind = "supply"]').filter((e: any) => e.visible()).length)).toBe(0);
  // Nothing left the map, and the other person still sees every firm.
  const count = await canvas(a).getAttribute('data-actor-count');
  await expect(canvas(b)).toHaveAttribute('data-actor-count', count!);
  expect(await visibleFirms(b)).toBe(firms);

  await a.getByTestId('filter-show-all').click();
  await expect.poll(() => visibleFirms(a)).toBe(firms);
  await a.context().close();
  await b.context().close();
});
