import { expect, test } from '@playwright/test';
import { addActor, clickElement, createWorkshop, join } from './helpers';

test('presence: each person sees who else is here, their cursor and their selection', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Presence');
  const alice = await join(browser, w.links.facilitator, 'Alice');
  const bob = await join(browser, w.links.participant, '李娜 Li Na');

  await expect(alice.getByTestId('presence')).toHaveAttribute('data-count', '2');
  await alice.getByTestId('presence-toggle').click();
  await expect(alice.locator('[data-testid=presence-person][data-name="李娜 Li Na"]')).toHaveAttribute('data-role', 'participant');
  await alice.getByTestId('presence-toggle').click();

  // Bob's pointer over the canvas shows up on Alice's canvas with his name.
  const box = (await bob.getByTestId('cy').boundingBox())!;
  await bob.mouse.move(box.x + 200, box.y + 150);
  await bob.mouse.move(box.x + 260, box.y + 180, { steps: 5 });
  await expect(alice.locator('[data-testid=remote-cursor][data-name="李娜 Li Na"]')).toBeVisible();

  // What Bob selects is marked in his colour on Alice's canvas.
  const id = await addActor(alice, 'Shared firm');
  await expect.poll(() => bob.evaluate((x) => (window as any).__cy.getElementById(x).nonempty(), id)).toBe(true);
  await clickElement(bob, id);
  const color = await bob.evaluate(() => JSON.parse(localStorage.getItem('clustercanvas:person')!).color);
  await expect.poll(() => alice.evaluate((x) => (window as any).__cy.getElementById(x).data('remoteColor'), id)).toBeTruthy();
  expect((await alice.evaluate((x) => (window as any).__cy.getElementById(x).data('remoteColor'), id)).toLowerCase()).toBe(color.toLowerCase());

  // When Bob leaves, Alice sees it.
  await bob.context().close();
  await expect(alice.getByTestId('presence')).toHaveAttribute('data-count', '1', { timeout: 45_000 });
  await alice.context().close();
});

test('a participant keeps name and identity across a reload', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Reload');
  const page = await join(browser, w.links.participant, 'Zhang San');
  const idBefore = await page.evaluate(() => JSON.parse(localStorage.getItem('clustercanvas:person')!).id);
  await page.reload();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true');
  await expect(page.getByTestId('name-dialog')).toHaveCount(0);
  await page.getByTestId('presence-toggle').click();
  await expect(page.locator('[data-testid=presence-person][data-name="Zhang San"]')).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('clustercanvas:person')!).id)).toBe(idBefore);
  await page.context().close();
});
