import { expect, test, type Page } from '@playwright/test';
import { LABEL_LEGIBILITY } from '../../lib/map/style';
import { clickElement, createWorkshop, join, SCREENS, shot } from './helpers';

// Readable from the back of the room (docs/architecture.md "The UI": labels): at Fit on the Optics Valley
// demo every name drawn is at least LABEL_LEGIBILITY.minScreenPx high on screen (Present mode: more), names
// that would overlap are hidden and come back on hover, the value chain uses the canvas it has, and one
// click focuses an actor and its neighbourhood.


/** What the canvas reports once its labels have settled: zoom, label scale, a name's on-screen size (px). */
async function labelFigures(page: Page) {
  await page.getByTestId('fit-view').click();
  // The overlap pass runs once the canvas is still (LABEL_LEGIBILITY.settleMs); the fit animates first.
  await page.waitForTimeout(900);
  return page.evaluate(() => {
    const cy = (window as any).__cy;
    const el = document.querySelector('[data-testid="cy"]') as HTMLElement;
    const actors = cy.nodes('.actor').filter((n: any) => n.visible());
    // Measured from Cytoscape itself: the font size it draws a name with, times the zoom.
    const px = actors.map((n: any) => n.pstyle('font-size').pfValue * cy.zoom());
    const hidden = actors.filter((n: any) => n.hasClass('cc-label-hidden')).map((n: any) => n.id());
    return { zoom: cy.zoom(), reportedPx: Number(el.dataset.labelPx), minPx: Math.min(...px), actors: actors.length, hidden };
  });
}

for (const [name, viewport] of Object.entries(SCREENS)) {
  test(`${name} ${viewport.width}×${viewport.height}: every name at Fit is at least ${LABEL_LEGIBILITY.minScreenPx} px high; a hidden one shows on hover`, async ({ browser, request }) => {
    const w = await createWorkshop(request, 'Readable', 'optics-valley');
    const page = await join(browser, w.links.participant, 'Reader', viewport);
    const f = await labelFigures(page);
    test.info().annotations.push({ type: 'labels', description: `zoom ${f.zoom.toFixed(2)}, names ${f.minPx.toFixed(1)} px, ${f.hidden.length} of ${f.actors} hidden for overlap` });
    expect(f.actors).toBeGreaterThan(20);
    expect(f.minPx).toBeGreaterThanOrEqual(LABEL_LEGIBILITY.minScreenPx - 0.01);
    expect(f.reportedPx).toBeGreaterThanOrEqual(LABEL_LEGIBILITY.minScreenPx - 0.01);
    // Not every name fits at that size on a small screen: some give way rather than overlap, never all.
    expect(f.hidden.length).toBeLessThan(f.actors);
    await shot(page, `${name}-labels-at-fit`);

    if (f.hidden.length > 0) {
      const id = f.hidden[0];
      const at = await page.evaluate((actorId) => {
        const cy = (window as any).__cy;
        const p = cy.getElementById(actorId).renderedPosition();
        const box = (document.querySelector('[data-testid="cy"]') as HTMLElement).getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      }, id);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => page.evaluate((actorId) => (window as any).__cy.getElementById(actorId).hasClass('cc-label-hover'), id)).toBe(true);
      await shot(page, `${name}-hidden-name-on-hover`);
    }
    await page.context().close();
  });
}

test('Present mode draws names larger still, for the back of the room', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Readable', 'optics-valley');
  const context = await browser.newContext({ viewport: SCREENS.projector });
  const page = await context.newPage();
  await page.goto(w.links.observer.replace('#', '?present=1#'));
  await expect(page.getByTestId('present-bar')).toBeVisible();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true');
  await page.waitForTimeout(1200);
  const px = await page.evaluate(() => {
    const cy = (window as any).__cy;
    return Math.min(...cy.nodes('.actor').filter((n: any) => n.visible()).map((n: any) => n.pstyle('font-size').pfValue * cy.zoom()));
  });
  expect(px).toBeGreaterThanOrEqual(LABEL_LEGIBILITY.presentMinScreenPx - 0.01);
  await shot(page, 'present-mode-names');
  await context.close();
});

test('the value chain uses the canvas it has on a projector', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Readable', 'optics-valley');
  const page = await join(browser, w.links.participant, 'Reader', SCREENS.projector);
  await page.getByTestId('view-value-chain').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-view', 'value_chain');
  await page.waitForTimeout(900);
  await page.getByTestId('fit-view').click();
  await page.waitForTimeout(900);
  const use = await page.evaluate(() => {
    const cy = (window as any).__cy;
    const box = cy.elements().filter((e: any) => e.visible()).renderedBoundingBox({ includeLabels: true });
    return { width: (box.x2 - box.x1) / cy.width(), height: (box.y2 - box.y1) / cy.height() };
  });
  test.info().annotations.push({ type: 'value chain', description: `uses ${(use.width * 100).toFixed(0)}% of the width, ${(use.height * 100).toFixed(0)}% of the height` });
  // The chart was squeezed into a third of the width; now it fills most of both directions.
  expect(use.width).toBeGreaterThan(0.75);
  expect(use.height).toBeGreaterThan(0.6);
  await shot(page, 'value-chain-projector');
  await page.context().close();
});

test('focus: one click zooms to an actor and its neighbours and fades the rest; Show all brings the map back', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Readable', 'optics-valley');
  const page = await join(browser, w.links.participant, 'Reader', SCREENS.laptop);
  await page.getByTestId('fit-view').click();
  await page.waitForTimeout(600);
  const hust = await page.evaluate(() => (window as any).__cy.nodes('.actor').filter((n: any) => /HUST|Huazhong/.test(n.data('label'))).first().id() as string);
  const zoomBefore = await page.evaluate(() => (window as any).__cy.zoom());
  await clickElement(page, hust);
  await page.getByTestId('focus-actor').click();
  await expect(page.getByTestId('focus-bar')).toHaveAttribute('data-focus', hust);
  await page.waitForTimeout(900);
  const focused = await page.evaluate((id) => {
    const cy = (window as any).__cy;
    const neighbours = cy.getElementById(id).neighborhood('node.actor');
    const faded = cy.nodes('.actor.cc-unfocused');
    return { zoom: cy.zoom(), neighbours: neighbours.length, neighboursFaded: neighbours.filter((n: any) => n.hasClass('cc-unfocused')).length, faded: faded.length, self: cy.getElementById(id).hasClass('cc-unfocused') };
  }, hust);
  expect(focused.neighbours).toBeGreaterThan(2);
  expect(focused.neighboursFaded).toBe(0);
  expect(focused.self).toBe(false);
  expect(focused.faded).toBeGreaterThan(0);
  expect(focused.zoom).toBeGreaterThan(zoomBefore);
  await shot(page, 'focus-on-hust');

  await page.getByTestId('focus-show-all').click();
  await expect(page.getByTestId('focus-bar')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as any).__cy.nodes('.actor.cc-unfocused').length)).toBe(0);
  await page.context().close();
});
