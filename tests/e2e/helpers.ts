import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

// Shared steps for the browser tests. Everything a person would do goes through the real UI; the Cytoscape
// instance (window.__cy) is only read, to find where an actor is drawn and to check positions.

export interface Workshop {
  id: string;
  links: { facilitator: string; participant: string; observer: string };
}

export async function createWorkshop(request: APIRequestContext, title: string, template: 'empty' | 'optics-valley' = 'empty'): Promise<Workshop> {
  const res = await request.post('/api/workshops', { data: { title, template } });
  expect(res.status()).toBe(201);
  return (await res.json()) as Workshop;
}

/** Opens a link in a fresh browser context (its own storage: a different person) and answers the name dialog. */
export async function join(browser: Browser, link: string, name: string, viewport = { width: 1280, height: 800 }, syncTimeout = 10_000): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByTestId('name-input').fill(name);
  await page.getByTestId('name-save').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: syncTimeout });
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
