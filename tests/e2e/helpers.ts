import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

// Shared steps for the browser tests. Everything a person would do goes through the real UI; the Cytoscape
// instance (window.__cy) is only read, to find where an actor is drawn and to check positions.

/** The screens the workshop is used on: a projector, a laptop, a phone. */
export const SCREENS = {
  projector: { width: 1280, height: 720 },
  laptop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** A screenshot kept as the test's artifact (test-results/e2e/<test>/<name>.png). */
export const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) });

export interface Workshop {
  id: string;
  links: { facilitator: string; participant: string; observer: string };
}

/** The key a workshop link carries in its fragment (`…/w/<id>#key=<key>`). */
export const keyOf = (link: string) => decodeURIComponent(new URL(link).hash.split('key=')[1]);

/** `Authorization: Bearer <key>` for API calls a test makes beside the UI. */
export const bearer = (link: string) => ({ authorization: `Bearer ${keyOf(link)}` });

export async function createWorkshop(request: APIRequestContext, title: string, template: 'empty' | 'optics-valley' = 'empty'): Promise<Workshop> {
  const res = await request.post('/api/workshops', { data: { title, template } });
  expect(res.status()).toBe(201);
  return (await res.json()) as Workshop;
}

/** Opens a link in a fresh browser context (its own storage: a different person) and answers the name dialog, if asked. */
export async function join(browser: Browser, link: string, name: string, viewport = { width: 1280, height: 800 }, syncTimeout = 10_000): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(link);
  // A projector or guest (observer link) is not asked for a name: it opens straight onto the map.
  const asked = page.getByTestId('name-input');
  const synced = page.locator('[data-testid="canvas"][data-synced="true"]');
  // Generous: the key check, the page and the map arrive first, on a loaded machine too.
  await expect(asked.or(synced).first()).toBeVisible({ timeout: Math.max(syncTimeout, 30_000) });
  if (await asked.isVisible()) {
    await asked.fill(name);
    await page.getByTestId('name-save').click();
  }
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: syncTimeout });
  // Synced is not yet drawn: a test that reads the canvas at once must find every actor of the map on it.
  await expect
    .poll(() => page.evaluate(() => (window as any).__cy?.nodes('.actor').length === Number(document.querySelector('[data-testid="canvas"]')?.getAttribute('data-actor-count'))), { timeout: syncTimeout })
    .toBe(true);
  return page;
}

export const canvas = (page: Page) => page.getByTestId('canvas');

export async function expectCounts(page: Page, actors: number, ties: number) {
  await expect(canvas(page)).toHaveAttribute('data-actor-count', String(actors));
  await expect(canvas(page)).toHaveAttribute('data-tie-count', String(ties));
}

/** Where an element is drawn, in page coordinates (for real mouse clicks and drags). */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((elementId) => {
    const cy = (window as any).__cy;
    const el = cy.getElementById(elementId);
    if (el.empty()) return null;
    return el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
  }, id);
  if (!rendered) throw new Error(`${id} is not on the canvas`);
  const box = await page.getByTestId('cy').boundingBox();
  if (!box) throw new Error('canvas not visible');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

export async function modelPosition(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((elementId) => {
    const cy = (window as any).__cy;
    const n = cy.getElementById(elementId);
    return n.empty() ? null : { ...n.position() };
  }, id);
}

/** Ids of the actors drawn on the canvas whose label is `label`. */
export async function actorIdsByLabel(page: Page, label: string): Promise<string[]> {
  return page.evaluate((l) => (window as any).__cy.nodes('.actor').filter((n: any) => n.data('label') === l).map((n: any) => n.id()), label);
}

export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__cy.$(':selected').map((e: any) => e.id()));
}

/** Adds an actor with the toolbar and names it in the inspector, as a person would. */
export async function addActor(page: Page, label: string): Promise<string> {
  await page.getByTestId('add-actor').click();
  const input = page.getByTestId('actor-label');
  await expect(input).toBeFocused();
  await input.fill(label);
  await input.press('Enter');
  await expect.poll(() => actorIdsByLabel(page, label)).toHaveLength(1);
  return (await actorIdsByLabel(page, label))[0];
}

export async function clickElement(page: Page, id: string, modifiers: ('Shift' | 'Control')[] = []) {
  const p = await screenPoint(page, id);
  await page.mouse.move(p.x, p.y);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(p.x, p.y);
  for (const m of modifiers) await page.keyboard.up(m);
}

/** Selects an element where it is drawn, with the whole map in view (panels beside the canvas take room). */
export async function pick(page: Page, id: string) {
  if (await page.getByTestId('inspector-close').isVisible()) await page.getByTestId('inspector-close').click();
  await page.getByTestId('fit-view').click();
  await page.waitForTimeout(400);
  await clickElement(page, id);
  await expect.poll(() => page.evaluate((elementId) => (window as any).__cy.getElementById(elementId).selected(), id)).toBe(true);
}

/** Selects two actors (the second with Shift) and ties them, as a person does. The map may still be panning
 *  away from a panel that just opened, so the second click is repeated until both are really selected. */
export async function connectPair(page: Page, from: string, to: string) {
  await pick(page, from);
  await expect
    .poll(async () => {
      const selected = await selectedIds(page);
      if (!selected.includes(to)) {
        await page.waitForTimeout(200);
        await clickElement(page, to, ['Shift']);
      }
      return (await selectedIds(page)).sort();
    }, { timeout: 15_000 })
    .toEqual([from, to].sort());
  await page.getByTestId('connect-selected').click();
}

/** The facilitator decides an element (agreed · rejected · parked) in the inspector, as in the Agree phase. */
export async function decide(page: Page, id: string, value: 'agreed' | 'rejected' | 'parked') {
  await pick(page, id);
  // The decision is with the votes, in their own tab of the inspector.
  await openDiscussionTab(page);
  await page.getByTestId(`decide-${value}`).click();
  await expect(page.getByTestId('decision-control')).toHaveAttribute('data-decision', value);
}

/** The facilitator sets the agreement rules in the dock's Agreement panel, as in a real workshop. */
export async function setQuorum(page: Page, quorum: number) {
  const wasOpen = (await page.getByTestId('score-dock').count()) > 0;
  if (!wasOpen) await page.getByTestId('score-dock-toggle').click();
  await page.getByTestId('dock-tab-agreement').click();
  const input = page.getByTestId('rule-quorum');
  await input.fill(String(quorum));
  await input.blur();
  await expect(page.getByTestId('agreement-rules')).toContainText(`At least ${quorum} vote`);
  if (!wasOpen) await page.getByTestId('score-dock-toggle').click();
}

export const markOf = (page: Page, id: string) =>
  page.evaluate((elementId) => {
    const el = (window as any).__cy.getElementById(elementId);
    return el.empty() ? null : { vote: el.data('vote') ?? null, talk: el.data('talk') ?? 0, unread: el.data('talkUnread') === true };
  }, id);

/** Clicks what starts a download and waits for it: the name the browser would save it under, and the bytes. */
export async function downloadBy(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** A PDF's text, read by poppler's pdftotext as the render tests read it (the tests need poppler-utils). */
export { pdfText } from '../integration/render/helpers';

/** Each page's size in points, as pdfinfo reports it. */
export function pdfPageSizes(file: string): Array<{ width: number; height: number }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** White space removed: a label the PDF wrapped over two lines still matches. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Opens the facilitator's tray under the top bar (phase, timer, editing, Follow me) unless it is open. */
export async function openFacilitation(page: Page) {
  if (!(await page.getByTestId('facilitation-bar').isVisible())) await page.getByTestId('facilitate-button').click();
  await expect(page.getByTestId('facilitation-bar')).toBeVisible();
}

/** Shows the inspector's Votes & comments tab (what an element is comes first, docs/guide.md). */
export async function openDiscussionTab(page: Page) {
  await page.getByTestId('inspector-tab-discussion').click();
  await expect(page.getByTestId('inspector-discussion')).toBeVisible();
}
