import { expect, test, type Page } from '@playwright/test';
import { actorIdsByLabel, addActor, bearer, connectPair, createWorkshop, expectCounts, join, markOf, modelPosition, openDiscussionTab, pick, selectedIds, shot } from './helpers';

// Deletes nobody regrets (docs/architecture.md "Activity"): three participants on laptops. Ana maps Huawei
// with two ties, a vote and a comment; Li Wei deletes it and is asked first, because Ana made it; Ana is
// told, with a way back; Chen, who did neither, brings it back from the Activity panel, and everything is
// back for everyone. A participant's Tidy arranges only their own screen. Screenshots of every step are
// kept with the test's output.

const LAPTOP = { width: 1280, height: 720 };

async function openActivity(page: Page) {
  if ((await page.getByTestId('score-dock').count()) === 0) await page.getByTestId('score-dock-toggle').click();
  await page.getByTestId('dock-tab-activity').click();
  await expect(page.getByTestId('activity-panel')).toBeVisible();
}

test('a deletion of someone else’s actor is asked first, told to its maker, and restored whole by a third person', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Optics Valley suppliers');
  const ana = await join(browser, w.links.participant, 'Ana', LAPTOP);
  const li = await join(browser, w.links.participant, 'Li Wei', LAPTOP);
  const chen = await join(browser, w.links.participant, 'Chen', LAPTOP);

  // Ana maps Huawei, ties two suppliers to it, agrees with it and says why.
  const huawei = await addActor(ana, 'Huawei');
  const hisilicon = await addActor(ana, 'HiSilicon');
  const boe = await addActor(ana, 'BOE');
  await connectPair(ana, hisilicon, huawei);
  await expectCounts(ana, 3, 1);
  await connectPair(ana, boe, huawei);
  await expectCounts(ana, 3, 2);
  await pick(ana, huawei);
  await openDiscussionTab(ana);
  await ana.getByTestId('vote-agree').click();
  await expect(ana.getByTestId('vote-agree')).toHaveAttribute('data-count', '1');
  await ana.getByTestId('comment-input').fill('Their biggest buyer in the valley');
  await ana.getByTestId('comment-input').press('Enter');
  await expect(ana.getByTestId('comment')).toHaveCount(1);
  await ana.getByTestId('inspector-close').click();
  for (const p of [li, chen]) await expectCounts(p, 3, 2);
  await expect.poll(() => markOf(chen, huawei)).toMatchObject({ talk: 1 });
  await shot(ana, '1-ana-mapped-huawei');

  // Li Wei deletes Huawei: Ana made it, so Li is asked first, in plain words, and can keep it.
  await pick(li, huawei);
  await li.getByTestId('delete-selection').click();
  const dialog = li.getByTestId('confirm-delete-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Delete Huawei?');
  await expect(dialog).toContainText('You did not add this: Ana did.');
  await expect(dialog).toContainText('Its 2 ties go with it.');
  await shot(li, '2-li-asked-before-deleting');
  await li.getByTestId('cancel-delete').click();
  await expect(dialog).toHaveCount(0);
  await expectCounts(li, 3, 2);
  await li.keyboard.press('Delete');
  await expect(dialog).toBeVisible();
  await li.getByTestId('confirm-delete').click();
  for (const p of [ana, li, chen]) await expectCounts(p, 2, 0);

  // Ana is told who deleted what, with a way back; Li, who did it, gets no such notice.
  const toast = ana.getByTestId('activity-toast');
  await expect(toast).toContainText('Li Wei deleted Huawei and 2 ties');
  await expect(ana.getByTestId('activity-toast-restore')).toBeVisible();
  await shot(ana, '3-ana-told-of-the-delete');
  await expect(li.getByTestId('activity-toast')).toHaveCount(0);

  // Chen restores it from the Activity panel.
  await openActivity(chen);
  const deletion = chen.getByTestId('activity-entry').filter({ hasText: 'Li Wei deleted Huawei and 2 ties' });
  await expect(deletion).toHaveAttribute('data-op', 'deleted');
  await expect(chen.getByTestId('activity-entry').filter({ hasText: 'Ana added the tie BOE' })).toHaveCount(1);
  await shot(chen, '4-chen-activity-panel');
  await deletion.getByTestId('activity-restore').click();
  for (const p of [ana, li, chen]) await expectCounts(p, 3, 2);
  await expect(deletion.getByTestId('activity-back')).toHaveText('Back on the map');
  const restored = chen.getByTestId('activity-entry').first();
  await expect(restored).toHaveAttribute('data-op', 'restored');
  await expect(restored).toContainText('You restored Huawei and 2 ties');
  await shot(chen, '5-chen-restored-it');

  // Everyone has Huawei back, with its ties, Ana's vote and her comment; Ana is told who brought it back.
  await expect(ana.getByTestId('activity-toast')).toContainText('Chen restored Huawei and 2 ties');
  for (const p of [ana, li, chen]) await expect.poll(() => markOf(p, huawei)).toMatchObject({ talk: 1 });
  await pick(li, huawei);
  await openDiscussionTab(li);
  await expect(li.getByTestId('vote-agree')).toHaveAttribute('data-count', '1');
  await expect(li.getByTestId('voters-agree')).toContainText('Ana');
  await expect(li.getByTestId('comment-text')).toHaveText('Their biggest buyer in the valley');
  await expect(li.getByTestId('comment-author')).toHaveText('Ana');
  const map = await (await request.get(`/api/workshops/${w.id}/map`, { headers: bearer(w.links.observer) })).json();
  const ids = (await actorIdsByLabel(ana, 'Huawei'))[0];
  expect(ids).toBe(huawei);
  expect(map.ties).toHaveLength(2);
  expect(new Set(map.actors.map((a: { createdBy?: string }) => a.createdBy)).size).toBe(1);
  await shot(li, '6-li-sees-it-back-with-vote-and-comment');

  // Clicking the restore entry shows Huawei on Chen's map.
  await restored.getByTestId('activity-text').click();
  await expect.poll(() => selectedIds(chen)).toContain(huawei);

  for (const p of [ana, li, chen]) await p.context().close();
});

test('a participant cannot re-lay out the shared map: their Tidy arranges only their own screen', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Meaningful layout', 'optics-valley');
  const par = await join(browser, w.links.participant, 'Li Wei', LAPTOP);
  const other = await join(browser, w.links.participant, 'Chen', LAPTOP);

  await expect(par.getByTestId('tidy')).toHaveCount(0);
  await expect(par.getByTestId('tidy-mine')).toBeVisible();
  const sharedBefore = await (await request.get(`/api/workshops/${w.id}/map`, { headers: bearer(w.links.observer) })).json();
  const ids: string[] = sharedBefore.actors.map((a: { id: string }) => a.id);
  const on = (page: Page) => Promise.all(ids.map((id) => modelPosition(page, id)));
  const before = await on(par);

  await par.getByTestId('tidy-mine').click();
  await expect(par.getByTestId('personal-layout-note')).toBeVisible();
  await expect.poll(async () => (await on(par)).some((p, i) => p!.x !== before[i]!.x || p!.y !== before[i]!.y)).toBe(true);
  await par.waitForTimeout(800);
  await shot(par, '7-participant-tidied-own-view');
  // Nothing was written: the shared positions and everyone else's screen are as they were.
  const sharedAfter = await (await request.get(`/api/workshops/${w.id}/map`, { headers: bearer(w.links.observer) })).json();
  expect(sharedAfter.actors).toEqual(sharedBefore.actors);
  expect(await on(other)).toEqual(before);

  await par.getByTestId('shared-layout').click();
  await expect(par.getByTestId('personal-layout-note')).toHaveCount(0);
  await expect.poll(() => on(par)).toEqual(before);

  for (const p of [par, other]) await p.context().close();
});
