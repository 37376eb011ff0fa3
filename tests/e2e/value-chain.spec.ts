import { expect, test } from '@playwright/test';
import { addActor, clickElement, connectPair, createWorkshop, expectCounts, join, modelPosition, selectedIds } from './helpers';

test('the value-chain view lays the same actors out by stage and scope, and switching back restores the map', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Value chain');
  const page = await join(browser, w.links.facilitator, 'Facilitator');

  // New workshops start with the smile-curve stages.
  await page.getByTestId('stages-button').click();
  await expect(page.getByTestId('stage-row')).toHaveCount(7);
  await page.getByTestId('stage-new-label').fill('Recycling');
  await page.getByTestId('stage-add').click();
  await expect(page.getByTestId('stage-row')).toHaveCount(8);
  await expect(page.getByTestId('stage-row').last()).toHaveAttribute('data-stage-id', /.+/);
  // Reorder: R&D moves one place right, and back again.
  await page.getByTestId('stage-down-rd').click();
  await expect(page.getByTestId('stage-row').nth(1)).toHaveAttribute('data-stage-id', 'rd');
  await page.getByTestId('stage-up-rd').click();
  await expect(page.getByTestId('stage-row').first()).toHaveAttribute('data-stage-id', 'rd');
  await page.getByTestId('stage-weight-rd').fill('2');
  await expect(page.getByTestId('stage-weight-rd')).toHaveValue('2');
  await page.keyboard.press('Escape');

  const fab = await addActor(page, 'Chip fab');
  await page.getByTestId('actor-stage-manufacturing').click();
  const lab = await addActor(page, 'Design lab');
  await page.getByTestId('actor-stage-design').click();
  const buyer = await addActor(page, 'Global buyer');
  await page.getByTestId('actor-scope-external').click();
  await page.getByTestId('actor-stage-distribution').click();
  await expectCounts(page, 3, 0);

  // A supply tie from the fab to the buyer, classified as captive.
  await connectPair(page, fab, buyer);
  await page.getByTestId('tie-kind-supply').click();
  await page.getByTestId('gvc-start').click();
  await page.getByTestId('gvc-capability-low').click();
  await expect(page.getByTestId('tie-governance')).toHaveAttribute('data-mode', 'captive');

  await clickElement(page, lab);
  const network = { fab: await modelPosition(page, fab), lab: await modelPosition(page, lab), buyer: await modelPosition(page, buyer) };

  await page.getByTestId('view-value-chain').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-view', 'value_chain');
  await expect(page.getByTestId('legend-toggle')).toBeVisible();
  await page.waitForTimeout(800); // the animated switch
  const vc = { fab: (await modelPosition(page, fab))!, lab: (await modelPosition(page, lab))!, buyer: (await modelPosition(page, buyer))! };
  // Design comes before manufacturing, which comes before distribution; local above the line, external below.
  expect(vc.lab.x).toBeLessThan(vc.fab.x);
  expect(vc.fab.x).toBeLessThan(vc.buyer.x);
  expect(vc.fab.y).toBeLessThan(0);
  expect(vc.lab.y).toBeLessThan(0);
  expect(vc.buyer.y).toBeGreaterThan(0);
  // Column headers for every stage, the selection kept, the supply tie styled by its mode.
  const view = await page.evaluate(() => {
    const cy = (window as any).__cy;
    return { headers: cy.nodes('.decor.header').length, supply: cy.edges('[kind = "supply"]').map((e: any) => [e.data('gov'), e.style('line-color')]) };
  });
  expect(view.headers).toBe(8);
  expect(view.supply).toEqual([['captive', 'rgb(213,94,0)']]);
  expect(await selectedIds(page)).toEqual([lab]);
  // Positions in this view are computed, not stored: the map keeps the network positions.
  const res = await page.request.get(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${new URL(w.links.observer).hash.split('key=')[1]}` } });
  const stored = (await res.json()).actors.find((a: any) => a.id === fab);
  expect({ x: stored.x, y: stored.y }).toEqual(network.fab);

  await page.getByTestId('legend-toggle').click();
  await expect(page.getByTestId('legend-governance')).toContainText('Captive');

  await page.getByTestId('view-network').click();
  await page.waitForTimeout(800);
  expect(await modelPosition(page, fab)).toEqual(network.fab);
  expect(await modelPosition(page, buyer)).toEqual(network.buyer);
  expect(await selectedIds(page)).toEqual([lab]);
  await page.context().close();
});
