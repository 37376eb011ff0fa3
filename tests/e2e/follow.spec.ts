import { expect, test, type Page } from '@playwright/test';
import { bearer, clickElement, createWorkshop, join, openFacilitation, shot } from './helpers';

// Presenting to the room (docs/protocol.md P8 "Follow me", docs/architecture.md "The UI"): following the
// facilitator carries what they light up and open, not only their viewport, to participants and to the
// projector; a follower who pans by hand stops following and is offered Follow again.

const litIds = (page: Page) => page.evaluate(() => ((window as any).__cy.$('.cc-lit').map((e: any) => e.id()) as string[]).sort());

async function openScores(page: Page) {
  const toggle = page.getByTestId('score-dock-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.getByTestId('score-panel')).toBeVisible();
}

test('followers and the projector see the facilitator’s highlight, panel, tab and focus; panning by hand stops following', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const w = await createWorkshop(request, 'Follow the facilitator', 'optics-valley');
  const fac = await join(browser, w.links.facilitator, 'Dr. Li (facilitator)', { width: 1600, height: 900 });
  const par = await join(browser, w.links.participant, 'Li Wei', { width: 1440, height: 900 });
  const room = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await room.newPage();
  await projector.goto(w.links.observer.replace('#', '?present=1#'));
  await expect(projector.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 30_000 });

  await openFacilitation(fac);
  await fac.getByTestId('follow-toggle').click();
  await expect(par.getByTestId('follow-banner')).toBeVisible();
  await fac.getByTestId('facilitation-close').click();

  // A sub-indicator's elements, lit on the facilitator's canvas, are lit on every follower's.
  await openScores(fac);
  await fac.getByTestId('component-I3').click();
  await expect.poll(() => litIds(fac).then((ids) => ids.length)).toBeGreaterThan(0);
  const lit = await litIds(fac);
  await expect.poll(() => litIds(par)).toEqual(lit);
  await expect.poll(() => litIds(projector)).toEqual(lit);
  // The participant's dock opened on the same panel.
  await expect(par.getByTestId('score-panel')).toBeVisible();
  await shot(par, 'follower-sees-the-highlight');
  await shot(projector, 'projector-sees-the-highlight');

  // A recommendation on the Advice tab: the tab and its elements follow.
  await fac.getByTestId('score-tab-advice').click();
  await expect(par.getByTestId('score-tab-advice')).toHaveAttribute('aria-selected', 'true');
  const rec = fac.locator('[data-testid^="recommendation-"][data-elements]:not([data-elements="0"])').first();
  await rec.click();
  await expect(rec).toHaveAttribute('aria-pressed', 'true');
  const recLit = await litIds(fac);
  await expect.poll(() => litIds(par)).toEqual(recLit);

  // A focus on one actor fades the same actors for followers.
  const hub = await fac.evaluate(() => (window as any).__cy.nodes('.actor').max((n: any) => n.degree()).ele.id() as string);
  await clickElement(fac, hub);
  await fac.getByTestId('focus-actor').click();
  await expect(fac.getByTestId('focus-bar')).toHaveAttribute('data-focus', hub);
  const faded = (page: Page) => page.evaluate(() => ((window as any).__cy.$('.actor.cc-unfocused').map((e: any) => e.id()) as string[]).sort());
  await expect.poll(() => faded(fac).then((ids) => ids.length)).toBeGreaterThan(0);
  const fadedOnLead = await faded(fac);
  await expect.poll(() => faded(par)).toEqual(fadedOnLead);
  await shot(projector, 'projector-follows-the-focus');

  // A what-if scenario the facilitator opens is opened for followers and the projector, with its planned
  // tie drawn; leaving it takes them back to the live map.
  const created = await request.post(`/api/workshops/${w.id}/scenarios`, {
    headers: bearer(w.links.facilitator),
    data: { name: 'A joint lab', ties: [{ id: 't_planned_lab', source: 'a_hust', target: 'a_yofc', kind: 'knowledge' }] },
  });
  expect(created.status()).toBe(201);
  await fac.getByTestId('what-if').click();
  await fac.getByTestId('scenario-open').first().click();
  await expect(fac.getByTestId('cy')).toHaveAttribute('data-planned', '1');
  await expect(par.getByTestId('scenario-banner')).toContainText('A joint lab');
  await expect(projector.getByTestId('cy')).toHaveAttribute('data-planned', '1');
  await shot(projector, 'projector-follows-the-scenario');
  await fac.getByTestId('scenario-leave').click();
  await expect(par.getByTestId('scenario-banner')).toHaveCount(0);
  await expect(projector.getByTestId('cy')).toHaveAttribute('data-planned', '0');

  // The participant zooms the map with the wheel: they stop following, keep their own view and may follow again.
  const box = (await par.getByTestId('cy').boundingBox())!;
  await par.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await par.mouse.wheel(0, -400);
  await expect(par.getByTestId('follow-banner')).toHaveCount(0);
  await expect(par.getByTestId('follow-again')).toBeVisible();
  await fac.getByTestId('focus-show-all').click();
  await par.waitForTimeout(800);
  expect((await faded(par)).length).toBeGreaterThan(0);
  await par.getByTestId('follow-again').click();
  await expect(par.getByTestId('follow-banner')).toBeVisible();
  await expect.poll(() => faded(par)).toEqual([]);

  await room.close();
  await fac.context().close();
  await par.context().close();
});
