import { expect, test, type Page } from '@playwright/test';
import { addActor, clickElement, createWorkshop, join, openDiscussionTab, openFacilitation } from './helpers';

// The facilitator's bar (docs/protocol.md P13, P14): phase, timer, what participants may change and Follow me, seen from a participant's screen.

/** What a canvas shows: the model point at its centre, its zoom and its size (from pan() and zoom()). */
const viewOf = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).__cy;
    const zoom = cy.zoom() as number;
    const pan = cy.pan() as { x: number; y: number };
    const width = cy.width() as number;
    const height = cy.height() as number;
    return { x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom, zoom, width, height };
  });

/** Moves a canvas as a person's wheel and drag would (cy.viewport returns the core: do not send it back). */
async function setViewport(page: Page, v: { zoom: number; pan: { x: number; y: number } }) {
  await page.evaluate((target) => {
    (window as any).__cy.viewport(target);
  }, v);
}

/** The participant shows the facilitator's centre, zoomed so the same area fits its own canvas. */
async function expectSameView(par: Page, fac: Page) {
  const lead = await viewOf(fac);
  await expect
    .poll(async () => {
      const me = await viewOf(par);
      const zoom = lead.zoom * Math.min(me.width / lead.width, me.height / lead.height);
      return Math.abs(me.x - lead.x) < 1 && Math.abs(me.y - lead.y) < 1 && Math.abs(me.zoom - zoom) < 0.01;
    })
    .toBe(true);
}

test('P13: the phase the facilitator picks is shown to the participant with its instruction', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Phases');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  await openFacilitation(fac);
  const par = await join(browser, w.links.participant, 'Participant');

  // Nothing to show a participant before the facilitator starts.
  await expect(par.getByTestId('phase-strip')).toHaveCount(0);
  await expect(par.getByTestId('facilitation-bar')).toHaveCount(0);
  await fac.getByTestId('phase-step-map_actors').click();
  await expect(fac.getByTestId('phase-step-map_actors')).toHaveAttribute('aria-current', 'step');
  // The facilitator's screen shows the instruction too, in the tray (the chip's card would cover it).
  await expect(fac.getByTestId('tray-instruction')).toContainText('Add the organisations in your cluster');
  await expect(par.getByTestId('phase-current')).toHaveAttribute('data-phase', 'map_actors');
  await expect(par.getByTestId('phase-instruction')).toContainText('Add the organisations in your cluster');

  await fac.getByTestId('phase-step-map_ties').click();
  await expect(par.getByTestId('phase-current')).toHaveAttribute('data-phase', 'map_ties');
  await expect(par.getByTestId('phase-current')).toContainText('Map the ties');
  await expect(par.getByTestId('phase-instruction')).toContainText('Connect who works with whom');
  // Participants see the phase; they cannot pick it.
  await expect(par.getByTestId('phase-step-review')).toHaveCount(0);

  await fac.context().close();
  await par.context().close();
});

test("P13: the facilitator's timer counts down on the participant's screen, pauses, resumes and resets", async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Timer');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  await openFacilitation(fac);
  const par = await join(browser, w.links.participant, 'Participant');

  await fac.getByTestId('timer-start-3').click();
  const display = par.getByTestId('timer-display');
  await expect(display).toHaveAttribute('data-state', 'running');
  await expect(display).toContainText(/[23]:\d\d/);
  const first = await display.innerText();
  await expect.poll(() => display.innerText(), { timeout: 5000 }).not.toBe(first);
  expect(await display.innerText()).toMatch(/2:5\d/);

  await fac.getByTestId('timer-pause').click();
  await expect(display).toHaveAttribute('data-state', 'paused');
  const paused = await display.innerText();
  await par.waitForTimeout(1500);
  expect(await display.innerText()).toBe(paused);

  await fac.getByTestId('timer-add').click();
  await expect(display).toContainText(/3:5\d/);
  await fac.getByTestId('timer-resume').click();
  await expect(display).toHaveAttribute('data-state', 'running');

  await fac.getByTestId('timer-reset').click();
  await expect(display).toHaveCount(0);
  await expect(fac.getByTestId('timer-start-5')).toBeVisible();

  await fac.context().close();
  await par.context().close();
});

test("P14: freezing the map keeps votes and comments open, pausing stops everything, opening gives editing back", async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Editing modes');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  await openFacilitation(fac);
  const par = await join(browser, w.links.participant, 'Participant');
  const before = await addActor(par, 'Before the freeze');

  await fac.getByTestId('editing-frozen').click();
  await expect(fac.getByTestId('editing-switch')).toHaveAttribute('data-editing', 'frozen');
  await expect(par.getByTestId('locked-note')).toContainText('The facilitator has frozen the map');
  await expect(par.getByTestId('workshop')).toHaveAttribute('data-editable', 'false');
  // The tools stay where they are (nothing jumps), disabled with the reason.
  await expect(par.getByTestId('add-actor')).toBeDisabled();
  await expect(par.getByTestId('add-actor')).toHaveAttribute('title', /frozen/);
  // Votes and comments stay open while frozen.
  await clickElement(par, before);
  await openDiscussionTab(par);
  await par.getByTestId('vote-agree').click();
  await expect(par.getByTestId('vote-agree')).toHaveAttribute('aria-pressed', 'true');
  await par.getByTestId('comment-input').fill('Yes, it belongs');
  await par.getByTestId('comment-input').press('Enter');
  await expect(par.getByTestId('comment')).toHaveCount(1);
  await par.getByTestId('inspector-tab-details').click();
  await expect(par.getByTestId('actor-label')).toBeDisabled();
  // The facilitator still edits.
  await expect(fac.getByTestId('locked-note')).toHaveCount(0);
  await addActor(fac, 'Facilitator only');
  await expect(par.getByTestId('canvas')).toHaveAttribute('data-actor-count', '2');

  await fac.getByTestId('editing-paused').click();
  await expect(par.getByTestId('locked-note')).toContainText('The facilitator has paused the workshop');
  await par.getByTestId('inspector-tab-discussion').click();
  await expect(par.getByTestId('votes-readonly')).toBeVisible();
  await expect(par.getByTestId('comment-input')).toHaveCount(0);

  await fac.getByTestId('editing-open').click();
  await expect(par.getByTestId('locked-note')).toHaveCount(0);
  await expect(par.getByTestId('add-actor')).toBeEnabled();
  await addActor(par, 'After the freeze');
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '3');
  // Nothing the participant did while frozen was refused or lost.
  await expect(par.getByTestId('notice')).toHaveCount(0);

  await fac.context().close();
  await par.context().close();
});

test("P13: Follow me moves the participant's view with the facilitator's until they stop following", async ({ browser, request }) => {
  // An empty map keeps the pages light: following is about the viewport, not what is drawn in it.
  const w = await createWorkshop(request, 'Follow');
  const fac = await join(browser, w.links.facilitator, 'Ada Facilitator');
  await openFacilitation(fac);
  const par = await join(browser, w.links.participant, 'Participant');
  await expect(par.getByTestId('follow-banner')).toHaveCount(0);

  await fac.getByTestId('follow-toggle').click();
  await expect(par.getByTestId('follow-banner')).toContainText('Following Ada Facilitator’s view');

  // The facilitator zooms in on one corner; the participant's canvas goes there too.
  await setViewport(fac, { zoom: 1.7, pan: { x: 130, y: -90 } });
  await expectSameView(par, fac);
  const followed = await viewOf(par);

  // Stopping is personal: the participant's view stays put when the facilitator moves on.
  await par.getByTestId('follow-stop').click();
  await expect(par.getByTestId('follow-banner')).toHaveCount(0);
  await expect(par.getByTestId('follow-again')).toBeVisible();
  await setViewport(fac, { zoom: 0.6, pan: { x: 10, y: 10 } });
  await par.waitForTimeout(600);
  expect((await viewOf(par)).zoom).toBeCloseTo(followed.zoom, 3);

  // Following again catches up; the facilitator turning it off leaves views personal.
  await par.getByTestId('follow-again').click();
  await expect(par.getByTestId('follow-banner')).toBeVisible();
  await expectSameView(par, fac);
  const caughtUp = await viewOf(par);
  await fac.getByTestId('follow-toggle').click();
  await expect(par.getByTestId('follow-banner')).toHaveCount(0);
  await expect(par.getByTestId('follow-again')).toHaveCount(0);
  await setViewport(fac, { zoom: 1.2, pan: { x: 0, y: 0 } });
  await par.waitForTimeout(600);
  expect((await viewOf(par)).zoom).toBeCloseTo(caughtUp.zoom, 3);

  await fac.context().close();
  await par.context().close();
});
