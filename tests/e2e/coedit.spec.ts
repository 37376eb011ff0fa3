import { expect, test } from '@playwright/test';
import { actorIdsByLabel, addActor, clickElement, createWorkshop, expectCounts, join, modelPosition, screenPoint } from './helpers';

test('two people co-edit: actors and a tie appear for both, and undo takes back only your own edit', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Co-editing');
  const alice = await join(browser, w.links.facilitator, 'Alice');
  const bob = await join(browser, w.links.participant, '王伟 Wang Wei');

  const hust = await addActor(alice, 'HUST 华中科技大学');
  const yofc = await addActor(alice, 'YOFC');
  await expectCounts(bob, 2, 0);
  await expect.poll(() => actorIdsByLabel(bob, 'HUST 华中科技大学')).toEqual([hust]);

  // Alice picks the two actors (click, shift-click) and connects them.
  await clickElement(alice, hust);
  await clickElement(alice, yofc, ['Shift']);
  await expect(alice.getByTestId('multi-inspector')).toContainText('2 selected');
  await alice.getByTestId('connect-mode').click();
  await expectCounts(alice, 2, 1);
  await expectCounts(bob, 2, 1);
  const edge = await bob.evaluate(() => {
    const e = (window as any).__cy.edges()[0];
    return { source: e.data('source'), target: e.data('target'), kind: e.data('kind') };
  });
  expect(edge).toEqual({ source: hust, target: yofc, kind: 'knowledge' });

  // Alice makes it a supply tie in the inspector; Bob sees the kind change.
  await expect(alice.getByTestId('tie-inspector')).toBeVisible();
  await alice.getByTestId('tie-kind-supply').click();
  await expect.poll(() => bob.evaluate(() => (window as any).__cy.edges()[0].data('kind'))).toBe('supply');

  // Bob adds his own actor; Alice's undo must not touch it.
  await addActor(bob, 'Bob’s bank');
  await expectCounts(alice, 3, 1);
  await alice.locator('body').click({ position: { x: 5, y: 5 } }); // focus off any input
  await alice.keyboard.press('Control+z'); // the kind change
  await expect.poll(() => bob.evaluate(() => (window as any).__cy.edges()[0].data('kind'))).toBe('knowledge');
  await alice.getByTestId('undo').click(); // the tie
  await expectCounts(alice, 3, 0);
  await expectCounts(bob, 3, 0);
  await alice.keyboard.press('Control+Shift+z'); // redo brings it back for both
  await expectCounts(bob, 3, 1);
  expect(await actorIdsByLabel(alice, 'Bob’s bank')).toHaveLength(1);

  // Delete with the keyboard: the actor and its tie go, for both.
  await clickElement(alice, yofc);
  await alice.keyboard.press('Delete');
  await expectCounts(bob, 2, 0);

  await alice.context().close();
  await bob.context().close();
});

test('others see an actor move while it is being dragged, and where it lands', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Dragging');
  const alice = await join(browser, w.links.facilitator, 'Alice');
  const bob = await join(browser, w.links.participant, 'Bob');
  const id = await addActor(alice, 'Moving firm');
  await expect.poll(() => modelPosition(bob, id)).not.toBeNull();
  const before = (await modelPosition(bob, id))!;

  const start = await screenPoint(alice, id);
  await alice.mouse.move(start.x, start.y);
  await alice.mouse.down();
  for (let i = 1; i <= 10; i++) await alice.mouse.move(start.x + i * 15, start.y + i * 8);
  // Still holding the mouse: Bob already sees it elsewhere.
  await expect.poll(async () => (await modelPosition(bob, id))!.x, { timeout: 5000 }).toBeGreaterThan(before.x + 40);
  await alice.mouse.up();

  await expect.poll(async () => {
    const [a, b] = [await modelPosition(alice, id), await modelPosition(bob, id)];
    return Math.abs(a!.x - b!.x) + Math.abs(a!.y - b!.y);
  }).toBeLessThan(1.5);
  // The drop is stored once Alice's screen says so: a fresh visitor then sees the new place.
  await expect(alice.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const res = await bob.request.get(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${new URL(w.links.observer).hash.split('key=')[1]}` } });
  const map = await res.json();
  const stored = map.actors.find((a: any) => a.id === id);
  expect(stored.x).toBeGreaterThan(before.x + 40);

  await alice.context().close();
  await bob.context().close();
});
