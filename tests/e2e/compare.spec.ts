import { expect, test, type Page } from '@playwright/test';
import { connectPair, createWorkshop, join, keyOf } from './helpers';

// Comparing a checkpoint with now in the workshop (docs/guide.md "Comparing two states"): after a
// checkpoint and a new tie, the dock's Compare panel lists the tie, shows the deltas with the sentence
// that explains them, and the tie is marked as added on the canvas.

const MAP = {
  format: 'clustercanvas.map',
  version: 1,
  meta: { title: 'Compare' },
  stages: [],
  actors: [
    { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [], x: 0, y: 0 },
    { id: 'a_yofc', label: 'YOFC', type: 'firm', scope: 'local', stages: [], x: 300, y: 0 },
    { id: 'a_zone', label: 'Zone committee', type: 'government', scope: 'local', stages: [], x: 150, y: 250 },
  ],
  ties: [{ id: 't_lab', source: 'a_hust', target: 'a_yofc', kind: 'knowledge', directed: true, strength: 3, tacit: true }],
};

async function openDock(page: Page, tab: 'checkpoints' | 'compare') {
  if ((await page.getByTestId('score-dock').count()) === 0) await page.getByTestId('score-dock-toggle').click();
  await page.getByTestId(`dock-tab-${tab}`).click();
}

test('compare a checkpoint with now: the new tie listed, a delta with its sentence, the tie marked on the canvas', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Compare');
  const put = await request.put(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${keyOf(w.links.facilitator)}` }, data: MAP });
  expect(put.status()).toBe(200);
  const fac = await join(browser, w.links.facilitator, 'Dr. Li (facilitator)', { width: 1440, height: 900 });

  await openDock(fac, 'checkpoints');
  await fac.getByTestId('checkpoint-name').fill('Morning');
  await fac.getByTestId('checkpoint-save').click();
  await expect(fac.getByTestId('checkpoint').filter({ hasText: 'Morning' })).toHaveCount(1);

  await connectPair(fac, 'a_hust', 'a_zone');
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-tie-count', '2');

  await openDock(fac, 'checkpoints');
  await fac.getByTestId('checkpoint').filter({ hasText: 'Morning' }).getByTestId('checkpoint-compare').click();
  const panel = fac.getByTestId('compare-panel');
  await expect(panel).toBeVisible();
  const added = panel.getByTestId('compare-ties').locator('li[data-mark="added"]');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('HUST');
  await expect(added).toContainText('Zone committee');
  const tieId = await added.getAttribute('data-id');
  expect(tieId).toMatch(/^t_/);
  await expect(panel.getByTestId('compare-actors')).toHaveCount(0);

  // I3 triple-helix linkage moves (a university now tied to government), with the sentence naming the tie's ends.
  const i3 = panel.getByTestId('compare-row-I3');
  await expect(i3.getByTestId('compare-delta')).toHaveText(/^\+\d/);
  await expect(i3.getByTestId('compare-explanation')).toHaveText(/^I3 triple-helix linkage \+[\d.]+: (HUST now has a tie to Zone committee|Zone committee now has a tie to HUST)\.$/);
  await expect(panel.getByTestId('compare-row-ici').getByTestId('compare-explanation')).toContainText('I3 triple-helix linkage');

  // On the canvas: the tie carries the added mark, and the legend explains the marks.
  await expect(fac.getByTestId('cy')).toHaveAttribute('data-compare-added', tieId!);
  expect(await fac.evaluate((id) => (window as any).__cy.getElementById(id).hasClass('cc-cmp-added'), tieId)).toBe(true);
  if ((await fac.getByTestId('legend-compare').count()) === 0) await fac.getByTestId('legend-toggle').click();
  await expect(fac.getByTestId('legend-compare')).toContainText('Added');
});
