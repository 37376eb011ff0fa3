import { expect, test, type Page } from '@playwright/test';
import { addActor, bearer, createWorkshop, join, openFacilitation, SCREENS, shot } from './helpers';

// Room for the map (docs/architecture.md "The UI"): one slim top bar with the phase shown once, tools that
// stay put when the facilitator pauses the map, panels that never leave the selection under them, Present
// mode for the projector, and an empty map that says what is missing instead of a score.


/** The element's box on the page, and whether any panel covers it or it is outside the map's area. */
async function coverage(page: Page, id: string) {
  return page.evaluate((elementId) => {
    const cy = (window as any).__cy;
    const el = cy.getElementById(elementId);
    const box = el.renderedBoundingBox({ includeLabels: false });
    const origin = (document.querySelector('[data-testid="cy"]') as HTMLElement).getBoundingClientRect();
    const r = { x1: origin.left + box.x1, y1: origin.top + box.y1, x2: origin.left + box.x2, y2: origin.top + box.y2 };
    const area = (document.querySelector('[data-testid="canvas"]') as HTMLElement).getBoundingClientRect();
    const inside = r.x1 >= area.left && r.x2 <= area.right && r.y1 >= area.top && r.y2 <= area.bottom;
    const covers = [...document.querySelectorAll('[data-testid="side-panel"], [data-testid="score-dock"], [data-testid="bottom-sheet"], [data-covers-canvas]')]
      .filter((o) => (o as HTMLElement).offsetParent !== null && o.getBoundingClientRect().width > 0)
      .filter((o) => {
        const b = o.getBoundingClientRect();
        return b.left < r.x2 && b.right > r.x1 && b.top < r.y2 && b.bottom > r.y1;
      })
      .map((o) => (o as HTMLElement).dataset.testid ?? o.className.toString().slice(0, 40));
    return { inside, covers };
  }, id);
}

/** The demo actor drawn furthest right (where a panel opening on the right would cover it). */
const rightmostActor = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).__cy;
    const actors = cy.nodes('.actor').filter((n: any) => n.visible());
    return actors.max((n: any) => n.renderedPosition().x).ele.id() as string;
  });

for (const [name, viewport] of Object.entries(SCREENS)) {
  test(`${name} ${viewport.width}×${viewport.height}: one slim bar, the phase once, the selection never under a panel`, async ({ browser, request }) => {
    const w = await createWorkshop(request, 'Room for the map', 'optics-valley');
    const fac = await join(browser, w.links.facilitator, 'Dr. Li (facilitator)', viewport);
    await openFacilitation(fac);
    await fac.getByTestId('phase-step-map_ties').click();
    await fac.getByTestId('facilitation-close').click();
    await expect(fac.getByTestId('facilitation-bar')).toHaveCount(0);

    // One bar: at most 64 px tall from a tablet up (a second row for the tools on a phone).
    const bar = (await fac.getByTestId('top-bar').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(name === 'phone' ? 124 : 64);
    const canvasTop = (await fac.getByTestId('canvas').boundingBox())!.y;
    expect(canvasTop).toBeLessThanOrEqual(bar.y + bar.height + 1);
    await expect(fac.getByTestId('phase-current')).toHaveCount(1);
    // Everything in the bar fits: nothing is cut off or scrolled out of sight (the tools scroll only on a phone).
    expect(await fac.getByTestId('top-bar').evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
    if (name !== 'phone') expect(await fac.getByRole('toolbar', { name: 'Map tools' }).evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
    await shot(fac, `${name}-top-bar`);

    // Select the actor furthest right: whatever opens, it stays in view, under no panel.
    await fac.getByTestId('fit-view').click();
    await fac.waitForTimeout(500);
    const id = await rightmostActor(fac);
    // Selected as the score panel or To discuss would select it (a click there could land on a panel).
    await fac.evaluate((elementId) => {
      const cy = (window as any).__cy;
      cy.$(':selected').unselect();
      cy.getElementById(elementId).select();
    }, id);
    await expect(fac.getByTestId(name === 'phone' ? 'bottom-sheet' : 'side-panel')).toBeVisible();
    await expect.poll(() => coverage(fac, id), { timeout: 5000 }).toEqual({ inside: true, covers: [] });
    await shot(fac, `${name}-selection-with-inspector`);
    if (name !== 'phone') {
      // Opening the scores brings the dock forward; the selection is still in sight.
      const rail = fac.getByTestId('score-dock-toggle');
      if ((await rail.getAttribute('aria-expanded')) === 'false') await rail.click();
      await expect(fac.getByTestId('score-dock')).toBeVisible();
      await expect.poll(() => coverage(fac, id), { timeout: 5000 }).toEqual({ inside: true, covers: [] });
      await shot(fac, `${name}-selection-with-dock`);
    }
    await fac.context().close();
  });
}

test('pausing the map moves nothing on a participant’s screen: the tools stay, disabled, with the reason', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'No jumps');
  const fac = await join(browser, w.links.facilitator, 'Facilitator', SCREENS.projector);
  const par = await join(browser, w.links.participant, 'Participant', SCREENS.projector);
  const before = { canvas: await par.getByTestId('canvas').boundingBox(), add: await par.getByTestId('add-actor').boundingBox() };
  await openFacilitation(fac);
  await fac.getByTestId('editing-paused').click();
  await expect(par.getByTestId('locked-note')).toBeVisible();
  await expect(par.getByTestId('add-actor')).toBeDisabled();
  await expect(par.getByTestId('add-actor')).toHaveAttribute('title', /paused/);
  expect({ canvas: await par.getByTestId('canvas').boundingBox(), add: await par.getByTestId('add-actor').boundingBox() }).toEqual(before);
  await shot(par, 'paused-participant');
  await fac.context().close();
  await par.context().close();
});

test('a new actor opens on its details with the name field focused, on a phone too', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Names first');
  const phone = await join(browser, w.links.participant, 'Phone', SCREENS.phone);
  const id = await addActor(phone, 'Wuhan Fibre Co.');
  await expect(phone.getByTestId('bottom-sheet')).toBeVisible();
  await expect(phone.getByTestId('inspector-tab-details')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => coverage(phone, id)).toEqual({ inside: true, covers: [] });
  await shot(phone, 'phone-new-actor');
  await phone.context().close();
});

test('Present mode: the projector link shows the title, the phase and the timer large, no tools; Esc leaves it', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'On the projector', 'optics-valley');
  const fac = await join(browser, w.links.facilitator, 'Facilitator', SCREENS.laptop);
  await openFacilitation(fac);
  await fac.getByTestId('phase-step-review').click();
  await fac.getByTestId('timer-start-5').click();

  const projector = new URL(w.links.observer);
  projector.searchParams.set('present', '1');
  const room = await browser.newContext({ viewport: SCREENS.projector });
  const screen = await room.newPage();
  await screen.goto(projector.toString());
  await expect(screen.getByTestId('present-bar')).toBeVisible({ timeout: 20_000 });
  // A projector is a screen, not a person: it is not asked for a name.
  await expect(screen.getByTestId('name-input')).toHaveCount(0);
  await expect(screen.getByTestId('phase-instruction')).toContainText('Look at the scores together');
  await expect(screen.getByTestId('timer-display')).toBeVisible();
  for (const tool of ['add-actor', 'export-button', 'score-dock-toggle', 'to-discuss']) await expect(screen.getByTestId(tool)).toHaveCount(0);
  const titleSize = await screen.getByTestId('workshop-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(28);
  const scores = (await (await request.get(`/api/workshops/${w.id}/scores`, { headers: bearer(w.links.observer) })).json()) as { indices: { ici: { value: number } } };
  await expect(screen.getByTestId('present-ici')).toContainText(scores.indices.ici.value.toFixed(0));
  await shot(screen, 'present-mode');

  await screen.keyboard.press('Escape');
  await expect(screen.getByTestId('present-bar')).toHaveCount(0);
  await expect(screen.getByTestId('top-bar')).toBeVisible();
  await room.close();
  await fac.context().close();
});

test('an empty map says what is missing instead of showing a governance score', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Empty');
  const page = await join(browser, w.links.facilitator, 'Facilitator', { width: 1600, height: 900 });
  const rail = page.getByTestId('score-dock-toggle');
  if ((await rail.getAttribute('aria-expanded')) === 'false') await rail.click();
  await expect(page.getByTestId('index-gi-value')).toHaveText(/^–/);
  await expect(page.getByTestId('index-gi-missing')).toContainText('No ties yet');
  await expect(page.getByTestId('index-ici-missing')).toContainText('No actors in the cluster yet');
  await shot(page, 'empty-map-scores');
  await page.context().close();
});
