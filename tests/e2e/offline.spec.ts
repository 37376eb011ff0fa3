import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page, type WebSocket } from '@playwright/test';
import { actorIdsByLabel, addActor, canvas, createWorkshop, join, openFacilitation, pick, shot } from './helpers';
import { freePort } from './free-port';

// Wi-Fi that drops (docs/protocol.md P17): the page loads with no network from what the service worker
// kept, the map and its unsaved changes from what the browser kept, editing stays on, and on reconnect the
// server's rules apply: what merges merges, what it refuses is shown by element and not sent again, and a
// workshop reset on the server is not brought back by a stale copy.

const status = (page: Page) => page.getByTestId('save-status');
const WAITING = /^Offline — \d+ changes? waiting$/;

async function labelsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__cy.nodes('.actor').map((n: any) => n.data('label')).sort());
}

/** The participant's page is ready to load offline once the service worker kept what it loaded. */
async function offlineReady(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 20_000 });
}

test('offline: both edit, the offline page reloads with no network and keeps its edits, then both converge with nothing lost', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Offline day');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const par = await join(browser, w.links.participant, 'On the Wi-Fi');
  await offlineReady(par);
  await addActor(fac, 'Huawei');
  await expect.poll(() => actorIdsByLabel(par, 'Huawei')).toHaveLength(1);

  await par.context().setOffline(true);
  await expect(status(par)).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
  // Editing stays on with the identity this browser holds.
  await expect(par.getByTestId('workshop')).toHaveAttribute('data-editable', 'true');
  await addActor(par, 'YOFC (offline)');
  await addActor(fac, 'HUST');
  await expect(status(par)).toHaveText(WAITING);
  await shot(par, 'offline-changes-waiting');

  // A reload with no network at all: the page from the service worker's cache, the map from IndexedDB.
  const reloaded = await par.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  expect(reloaded?.headers()['x-clustercanvas-kept']).toBe('1');
  await expect(canvas(par)).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  await expect.poll(() => actorIdsByLabel(par, 'YOFC (offline)')).toHaveLength(1);
  await expect.poll(() => actorIdsByLabel(par, 'HUST')).toHaveLength(0);
  await expect(status(par)).toHaveText(WAITING);
  await expect(par.getByTestId('workshop')).toHaveAttribute('data-editable', 'true');
  await addActor(par, 'Wuhan bank (offline)');
  await expect(status(par)).toHaveText(WAITING);
  await shot(par, 'offline-after-reload');

  await par.context().setOffline(false);
  await expect(status(par)).toHaveText('Saved', { timeout: 20_000 });
  const all = ['HUST', 'Huawei', 'Wuhan bank (offline)', 'YOFC (offline)'];
  await expect.poll(() => labelsOn(par)).toEqual(all);
  await expect.poll(() => labelsOn(fac)).toEqual(all);
  await shot(par, 'saved-after-reconnect');
  await par.context().close();
  await fac.context().close();
});

test('offline: a change the server refuses on reconnect (the map was frozen meanwhile) is shown by element and not sent again', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Frozen meanwhile');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const par = await join(browser, w.links.participant, 'On the Wi-Fi');
  const huawei = await addActor(fac, 'Huawei');
  await expect.poll(() => actorIdsByLabel(par, 'Huawei')).toHaveLength(1);

  await par.context().setOffline(true);
  await expect(status(par)).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
  await pick(par, huawei);
  const label = par.getByTestId('actor-label');
  await label.fill('Huawei Wuhan');
  await label.press('Enter');
  await expect(status(par)).toHaveText(WAITING);
  await openFacilitation(fac);
  await fac.getByTestId('editing-frozen').click();
  await expect(fac.getByTestId('editing-switch')).toHaveAttribute('data-editing', 'frozen');

  // Count the server's refusals on every connection the page opens from now on.
  let refusals = 0;
  par.on('websocket', (ws: WebSocket) => ws.on('framereceived', (f) => void (String(f.payload).includes('"y-error"') && refusals++)));
  await par.context().setOffline(false);
  const note = par.getByTestId('refused-changes');
  await expect(note).toBeVisible({ timeout: 20_000 });
  await expect(note.getByTestId('refused-change')).toHaveCount(1);
  await expect(note.getByTestId('refused-change')).toHaveAttribute('data-element', huawei);
  await expect(note).toContainText('Your change to Huawei Wuhan was not saved: the map is frozen');
  await shot(par, 'refused-by-element');
  // Back to the server's map, nothing waiting, and the refusal is not repeated.
  await expect(status(par)).toHaveText('Saved', { timeout: 20_000 });
  await expect.poll(() => labelsOn(par)).toEqual(['Huawei']);
  await par.waitForTimeout(3_000);
  expect(refusals).toBe(1);
  await par.reload();
  await expect(status(par)).toHaveText('Saved', { timeout: 20_000 });
  await expect.poll(() => labelsOn(par)).toEqual(['Huawei']);
  await expect(par.getByTestId('refused-changes')).toHaveCount(0);
  expect(refusals).toBe(1);
  expect(await labelsOn(fac)).toEqual(['Huawei']);
  await par.context().close();
  await fac.context().close();
});

/** Another tab of the same browser (same storage): the name is known from the first tab, or asked. */
async function openTab(context: BrowserContext, link: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  const asked = page.getByTestId('name-input');
  const synced = page.locator('[data-testid="canvas"][data-synced="true"]');
  await expect(asked.or(synced).first()).toBeVisible({ timeout: 30_000 });
  if (await asked.isVisible()) {
    await asked.fill(name);
    await page.getByTestId('name-save').click();
  }
  await expect(canvas(page)).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  return page;
}

/** The queues of unsent changes this browser keeps for a workshop, by storage key: how many changes each holds. */
const keptQueues = (page: Page, workshop: string) =>
  page.evaluate((prefix) => {
    const out: Record<string, number> = {};
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith(prefix))) out[key.slice(prefix.length)] = (JSON.parse(localStorage.getItem(key)!).entries as unknown[]).length;
    return out;
  }, `clustercanvas:pending:${workshop}:`);

test('offline: two tabs of one workshop in one browser keep their own queues; a tab closed offline is taken over by the other on reload, and nothing is lost', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Two tabs');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const a = await openTab(context, w.links.participant, 'Two tabs');
  const b = await openTab(context, w.links.participant, 'Two tabs');
  await offlineReady(a);

  await context.setOffline(true);
  await expect(status(a)).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
  await expect(status(b)).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
  // A tab that had the server's map keeps it when the network goes: no "Loading the map…", editing on.
  for (const page of [a, b]) {
    await expect(canvas(page)).toHaveAttribute('data-synced', 'true');
    await expect(page.getByTestId('add-actor')).toBeEnabled();
  }
  await addActor(a, 'Tab A (offline)');
  await addActor(b, 'Tab B (offline)');
  await addActor(b, 'Tab B again (offline)');
  // Each tab's queue under its own key (docs/architecture.md "Wi-Fi that drops"): B's saves did not replace A's.
  const waiting = async (page: Page) => Number(await status(page).getAttribute('data-waiting'));
  const [inA, inB] = [await waiting(a), await waiting(b)];
  expect(inA).toBeGreaterThan(0);
  expect(inB).toBeGreaterThan(inA);
  expect(Object.values(await keptQueues(a, w.id)).sort((x, y) => x - y)).toEqual([inA, inB]);

  // B is closed before the network is back; A reloads, still offline, and takes B's queue over.
  await b.close();
  await a.reload();
  await expect(canvas(a)).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  await expect(status(a)).toHaveAttribute('data-waiting', String(inA + inB));
  expect(Object.values(await keptQueues(a, w.id))).toEqual([inA + inB]);
  const all = ['Tab A (offline)', 'Tab B (offline)', 'Tab B again (offline)'];
  await expect.poll(() => labelsOn(a)).toEqual(all);

  await context.setOffline(false);
  await expect(status(a)).toHaveText('Saved', { timeout: 20_000 });
  await expect.poll(() => labelsOn(fac)).toEqual(all);
  await expect.poll(() => labelsOn(a)).toEqual(all);
  expect(Object.values(await keptQueues(a, w.id))).toEqual([0]);
  await context.close();
  await fac.context().close();
});

// ---- A server of this test's own, to reset the demo under a page that keeps a copy of it ----------------

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn('node', ['bin/clustercanvas', 'serve', '--host', '127.0.0.1'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

test('offline: a workshop reset on the server (the demo on a fresh data directory) is not brought back by the copy a browser kept', async ({ browser }) => {
  test.setTimeout(240_000);
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'clustercanvas-reset-'));
  let server = await startServer(port, dataDir);
  try {
    const keys = JSON.parse(readFileSync(path.join(dataDir, 'demo-keys.json'), 'utf8')).keys as { participant: string };
    const link = `http://127.0.0.1:${port}/w/optics-valley#key=${encodeURIComponent(keys.participant)}`;
    const par = await join(browser, link, 'Before the reset', undefined, 30_000);
    // Synced is not yet drawn: wait for the demo's actors on the canvas before taking them as the template.
    await expect.poll(() => labelsOn(par).then((labels) => labels.length)).toBeGreaterThan(0);
    const template = await labelsOn(par);
    await addActor(par, 'Made before the reset');
    await expect(status(par)).toHaveText('Saved');

    // The server goes away; the page keeps editing; the demo is reset to its template meanwhile.
    await stopServer(server);
    await expect(status(par)).toHaveAttribute('data-status', 'offline', { timeout: 15_000 });
    await addActor(par, 'Made while the server was down');
    await expect(status(par)).toHaveText(WAITING);
    await shot(par, 'offline-before-reset');
    for (const file of ['clustercanvas.db', 'clustercanvas.db-wal', 'clustercanvas.db-shm']) rmSync(path.join(dataDir, file), { force: true });
    server = await startServer(port, dataDir);

    // The page notices the new epoch, sets its copy aside and shows the server's map.
    await expect(par.getByTestId('notice')).toContainText('started afresh', { timeout: 30_000 });
    await expect(status(par)).toHaveText('Saved', { timeout: 20_000 });
    await expect.poll(() => labelsOn(par)).toEqual(template);
    await par.reload();
    await expect(status(par)).toHaveText('Saved', { timeout: 20_000 });
    await expect.poll(() => labelsOn(par)).toEqual(template);
    // And nobody else gets the old copy either.
    const other = await join(browser, link, 'After the reset', undefined, 30_000);
    await expect.poll(() => labelsOn(other)).toEqual(template);
    await other.context().close();
    await par.context().close();
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
