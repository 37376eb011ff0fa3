import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { POINTER_IDLE } from '../../lib/sync/presence';
import { createWorkshop, join, shot } from './helpers';

// Joining in seconds (docs/architecture.md "Joining", docs/guide.md): the invite any facilitator can open,
// with a QR code and a short join code typed on the start page; a newcomer's name dialog over the map,
// naming the workshop and the role; the projector link in Present mode, uncounted and drawing no pointer;
// idle pointers fading; error pages a person can act on; "Offline" within seconds.

interface Created {
  id: string;
  code: string;
  links: { facilitator: string; participant: string; observer: string };
}


async function created(request: import('@playwright/test').APIRequestContext, title: string, template: 'empty' | 'optics-valley' = 'empty') {
  return (await createWorkshop(request, title, template)) as unknown as Created;
}

/** Where to point at an actor on the page. */
async function pointAt(page: Page, id: string) {
  return page.evaluate((actorId) => {
    const cy = (window as any).__cy;
    const p = cy.getElementById(actorId).renderedPosition();
    const box = (document.querySelector('[data-testid="cy"]') as HTMLElement).getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

test('a co-facilitator opens the invite: its QR code is the participant link, and the join code typed on the start page opens the workshop', async ({ browser, request }) => {
  const w = await created(request, 'Optics Valley day 2');
  expect(w.code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);

  // Not the browser that made the workshop: a co-facilitator who only has the link.
  const co = await join(browser, w.links.facilitator, 'Co-facilitator', { width: 1280, height: 720 });
  await co.getByTestId('invite-button').click();
  await expect(co.getByTestId('invite-dialog')).toHaveAttribute('data-state', 'ready');
  await expect(co.getByTestId('invite-code')).toHaveText(w.code);
  const qr = PNG.sync.read(await co.getByTestId('invite-qr').screenshot());
  const read = jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height);
  expect(read?.data).toBe(w.links.participant);
  // The projector's link opens in Present mode.
  await expect(co.getByTestId('invite-link-observer').getByRole('textbox')).toHaveValue(/\?present=1#key=/);
  await shot(co, 'invite-for-a-co-facilitator');
  await co.getByTestId('invite-done').click();

  // A participant types the code (lower case, no dash: as people type it) on the start page.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.goto('/');
  await phone.getByTestId('join-input').fill(w.code.replace('-', '').toLowerCase());
  await phone.getByTestId('join-submit').click();
  await expect(phone).toHaveURL(new RegExp(`/w/${w.id}`));
  // The dialog names the workshop and the role, over the map they are joining.
  await expect(phone.getByTestId('name-dialog-joining')).toContainText('Optics Valley day 2');
  await expect(phone.getByTestId('name-dialog-joining')).toContainText(/participant/i);
  await expect(phone.getByTestId('map-behind-dialog')).toBeVisible();
  await shot(phone, 'name-dialog-over-the-map');
  await phone.getByTestId('name-input').fill('王芳');
  await phone.getByTestId('name-save').click();
  await expect(phone.getByTestId('workshop')).toHaveAttribute('data-role', 'participant');
  await expect(co.getByTestId('presence')).toHaveAttribute('data-count', '2');

  // A wrong code says so, and loses nothing typed.
  await phone.goto('/');
  await phone.getByTestId('join-input').fill('ZZZ-ZZZ');
  await phone.getByTestId('join-submit').click();
  await expect(phone.getByTestId('join-error')).toContainText('No workshop has this code');
  await expect(phone.getByTestId('join-input')).toHaveValue('ZZZ-ZZZ');
  await context.close();
  await co.context().close();
});

test('the projector link opens in Present mode without a name, is not counted, and draws no pointer; idle pointers fade', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const w = await created(request, 'On the wall', 'optics-valley');
  const fac = await join(browser, w.links.facilitator, 'Dr. Li (facilitator)', { width: 1440, height: 900 });
  const par = await join(browser, w.links.participant, 'Li Wei');
  await expect(fac.getByTestId('presence')).toHaveAttribute('data-count', '2');
  // Initials from the words of a name, not its punctuation.
  await expect(fac.getByTestId('presence').getByText('DL', { exact: true }).first()).toBeVisible();

  const room = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await room.newPage();
  await projector.goto(w.links.observer.replace('#', '?present=1#'));
  await expect(projector.getByTestId('present-bar')).toBeVisible();
  await expect(projector.getByTestId('name-input')).toHaveCount(0);
  await expect(projector.getByTestId('canvas')).toHaveAttribute('data-synced', 'true');
  // The projector's pointer crosses the map: nobody sees it, and it is not one of the people here.
  const hub = await projector.evaluate(() => (window as any).__cy.nodes('.actor').max((n: any) => n.degree()).ele.id() as string);
  const at = await pointAt(projector, hub);
  for (let i = 0; i < 5; i++) await projector.mouse.move(at.x + i * 10, at.y + i * 5);
  await fac.waitForTimeout(1500);
  await expect(fac.getByTestId('presence')).toHaveAttribute('data-count', '2');
  await expect(fac.getByTestId('remote-cursor')).toHaveCount(0);
  await shot(projector, 'projector-in-present-mode');

  // The participant's pointer is drawn, then fades once it has been still for POINTER_IDLE.fadeAfterMs.
  const p = await pointAt(par, hub);
  await par.mouse.move(p.x + 20, p.y + 20);
  const cursor = fac.locator('[data-testid="remote-cursor"][data-name="Li Wei"]');
  await expect(cursor).toHaveAttribute('data-pointer', 'active');
  await expect(cursor).toHaveAttribute('data-pointer', 'faded', { timeout: POINTER_IDLE.fadeAfterMs + 8_000 });
  await shot(fac, 'idle-pointer-faded');
  await room.close();
  await fac.context().close();
  await par.context().close();
});

test('error pages: an unknown workshop is not found, a wrong key is told before any name and forgotten, new links shut the old one out', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();

  await page.goto('/w/does-not-exist');
  await expect(page.getByTestId('problem')).toHaveAttribute('data-problem', 'not_found');
  await expect(page.getByTestId('problem-title')).toHaveText('Workshop not found');
  await shot(page, 'workshop-not-found');
  const missing = await page.goto('/no/such/page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByText('There is nothing at this address')).toBeVisible();

  const w = await created(request, 'Keys');
  const url = new URL(w.links.participant);
  await page.goto(`${url.origin}/w/${w.id}#key=p-not-the-right-key`);
  await expect(page.getByTestId('problem')).toHaveAttribute('data-problem', 'bad_key');
  await expect(page.getByTestId('problem-text')).toContainText('This link no longer opens the workshop — ask the facilitator for a new one');
  await expect(page.getByTestId('name-input')).toHaveCount(0);
  await shot(page, 'wrong-key');
  // Forgotten: a reload asks for a code or a link, not the same error again.
  await page.reload();
  await expect(page.getByTestId('problem')).toHaveAttribute('data-problem', 'no_key');

  // A participant is in; the facilitator makes new links; the old one no longer opens the workshop.
  const par = await join(browser, w.links.participant, 'Early bird');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  await fac.getByTestId('invite-button').click();
  fac.once('dialog', (d) => void d.accept());
  await fac.getByTestId('invite-renew').click();
  await expect(fac.getByTestId('invite-code')).not.toHaveText(w.code);
  // At once, without a reload (P16); the key is forgotten, so a reload asks for a code or a link.
  await expect(par.getByTestId('problem')).toHaveAttribute('data-problem', 'bad_key', { timeout: 20_000 });
  await par.reload();
  await expect(par.getByTestId('problem')).toHaveAttribute('data-problem', 'no_key');
  await context.close();
  await par.context().close();
  await fac.context().close();
});

test('a lost connection shows Offline within seconds, and Saved once it is back', async ({ browser, request }) => {
  const w = await created(request, 'Wi-Fi');
  const par = await join(browser, w.links.participant, 'On the Wi-Fi');
  await expect(par.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await par.context().setOffline(true);
  await expect(par.getByTestId('save-status')).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
  await shot(par, 'offline');
  await par.context().setOffline(false);
  await expect(par.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
  await par.context().close();
});
