import { expect, test, type Page } from '@playwright/test';
import { EXPORT_FORMAT_NAMES, exportFileName, type ExportFormat } from '../../lib/export/formats';
import { templateMap } from '../../lib/map/templates';
import { bearer, createWorkshop, decide, downloadBy, expectCounts, join, pick } from './helpers';

// The Export menu (docs/report.md "The Export menu"): every format of the API's table downloads from the
// toolbar, named as the server names it, for whichever state of the map is chosen: the live map, the
// agreed map only, or a checkpoint.

const DEMO = templateMap('optics-valley');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function openExport(page: Page) {
  await page.getByTestId('export-button').click();
  await expect(page.getByRole('dialog', { name: 'Export the map' })).toBeVisible();
}

/** Picks a format (and a picture's view and scale) in the open menu and downloads it. */
async function exportFile(page: Page, format: ExportFormat, picture: { view?: 'network' | 'value-chain'; scale?: 1 | 2 | 4 } = {}) {
  await page.getByTestId(`export-format-${format}`).check();
  if (picture.view) await page.getByTestId(`export-view-${picture.view}`).check();
  if (picture.scale) await page.getByTestId(`export-scale-${picture.scale}`).check();
  const file = await downloadBy(page, () => page.getByTestId('export-download').click());
  await expect(page.getByTestId('export-done')).toContainText(file.name);
  return file;
}

const actorLabels = (json: Buffer) => (JSON.parse(json.toString('utf8')) as { actors: { label: string }[] }).actors.map((a) => a.label).sort();

test('every format downloads from the Export menu, for an observer too, named as the server names it', async ({ browser, request }) => {
  const title = 'Optics Valley 光谷 export';
  const w = await createWorkshop(request, title, 'optics-valley');
  const page = await join(browser, w.links.observer, 'Researcher');
  await expectCounts(page, DEMO.actors.length, DEMO.ties.length);

  await openExport(page);
  await expect(page.getByTestId('export-source')).toHaveValue('live');
  await page.screenshot({ path: test.info().outputPath('export-menu.png') });

  const qualifier: Partial<Record<ExportFormat, string>> = { svg: 'value-chain', png: 'network@2x', pdf: 'report' };
  for (const format of EXPORT_FORMAT_NAMES) {
    // The PDF takes a moment: the answer is held back so the progress is surely seen.
    if (format === 'pdf') await page.route('**/export?format=pdf*', async (route) => (await new Promise((r) => setTimeout(r, 800)), route.continue()));
    const picture = format === 'svg' ? { view: 'value-chain' as const } : format === 'png' ? { view: 'network' as const, scale: 2 as const } : {};
    const started = exportFile(page, format, picture);
    if (format === 'pdf') await expect(page.getByTestId('export-progress')).toHaveText(/Making the PDF/);
    const file = await started;
    expect(file.name, format).toBe(exportFileName(title, format, qualifier[format]));
    expect(file.bytes.length, format).toBeGreaterThan(100);
    if (format === 'json') expect(actorLabels(file.bytes)).toEqual(DEMO.actors.map((a) => a.label).sort());
    if (format === 'csv-actors') expect(file.bytes.toString('utf8')).toContain('华中科技大学');
    if (format === 'svg') expect(file.bytes.toString('utf8')).toContain('<svg');
    if (format === 'png') expect(file.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    if (format === 'pdf') expect(file.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  }

  // Escape closes the menu and gives the focus back to its button; the choices are kept for next time.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  await expect(page.getByTestId('export-button')).toBeFocused();
  await openExport(page);
  await expect(page.getByTestId('export-format-pdf')).toBeChecked();
  await page.context().close();
});

test('the agreed map only and a checkpoint change what is downloaded', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Agreed export', 'optics-valley');
  const fac = await join(browser, w.links.facilitator, 'Facilitator', { width: 1440, height: 900 });
  await decide(fac, 'a_hust', 'agreed');
  await decide(fac, 'a_yofc', 'agreed');

  // What the canvas shows is what the menu exports until another source is picked: here the agreed map only.
  if ((await fac.getByTestId('score-dock').count()) === 0) await fac.getByTestId('score-dock-toggle').click();
  await fac.getByTestId('dock-tab-agreement').click();
  await fac.getByTestId('agreed-only').check();
  await expectCounts(fac, 2, 0);
  await openExport(fac);
  await expect(fac.getByTestId('export-source')).toHaveValue('agreed');
  const agreed = await exportFile(fac, 'json');
  expect(actorLabels(agreed.bytes)).toEqual(['a_hust', 'a_yofc'].map((id) => DEMO.actors.find((a) => a.id === id)!.label).sort());
  await fac.keyboard.press('Escape');
  await fac.getByTestId('agreed-only').uncheck();

  // A checkpoint keeps the map as it was: one actor is deleted from the live map after it.
  const saved = await request.post(`/api/workshops/${w.id}/checkpoints`, { headers: bearer(w.links.facilitator), data: { name: 'Before the cut' } });
  expect(saved.status()).toBe(201);
  const checkpoint = (await saved.json()) as { id: string };
  await pick(fac, 'a_expo');
  await fac.keyboard.press('Delete');
  // A template's actor is nobody's own: deleting it asks first (docs/architecture.md "Activity").
  await fac.getByTestId('confirm-delete').click();
  await expectCounts(fac, DEMO.actors.length - 1, DEMO.ties.filter((t) => t.source !== 'a_expo' && t.target !== 'a_expo').length);

  await openExport(fac);
  await expect(fac.getByTestId('export-source')).toHaveValue('live');
  await fac.getByTestId('export-source').selectOption(`checkpoint:${checkpoint.id}`);
  expect(actorLabels((await exportFile(fac, 'json')).bytes)).toHaveLength(DEMO.actors.length);
  const csv = (await exportFile(fac, 'csv-actors')).bytes.toString('utf8');
  expect(csv).toContain('Optics Valley of China International Optoelectronic Exposition');
  // The checkpoint's agreed elements only: the two actors agreed before it was saved, whatever the live map says now.
  await fac.getByTestId('export-source-agreed-only').check();
  expect(actorLabels((await exportFile(fac, 'json')).bytes)).toEqual(['a_hust', 'a_yofc'].map((id) => DEMO.actors.find((a) => a.id === id)!.label).sort());
  await fac.getByTestId('export-source').selectOption('live');
  await expect(fac.getByTestId('export-source-agreed-only')).toHaveCount(0);
  expect(actorLabels((await exportFile(fac, 'json')).bytes)).toHaveLength(DEMO.actors.length - 1);
  await fac.context().close();
});

test('a failed export says why in words, keeps every choice, and succeeds on the next try', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Failing export', 'optics-valley');
  const page = await join(browser, w.links.participant, 'Participant');
  await openExport(page);
  await page.getByTestId('export-format-png').check();
  await page.getByTestId('export-view-value-chain').check();
  await page.getByTestId('export-scale-4').check();

  await page.route('**/export?*', (route) => route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'A PNG of this map at this scale would be too large: choose a smaller scale.', details: null }) }), { times: 1 });
  await page.getByTestId('export-download').click();
  await expect(page.getByTestId('export-error')).toHaveText('The file could not be made: A PNG of this map at this scale would be too large: choose a smaller scale.');
  await expect(page.getByTestId('export-format-png')).toBeChecked();
  await expect(page.getByTestId('export-view-value-chain')).toBeChecked();
  await expect(page.getByTestId('export-scale-4')).toBeChecked();
  await expect(page.getByTestId('export-download')).toHaveText('Try again');

  await page.getByTestId('export-scale-1').check();
  const file = await downloadBy(page, () => page.getByTestId('export-download').click());
  expect(file.name).toBe(exportFileName('Failing export', 'png', 'value-chain'));
  expect(file.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  await page.context().close();
});

test('on a phone the menu fits the screen, and it is a dialog the keyboard can work', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Phone export', 'optics-valley');
  const page = await join(browser, w.links.observer, 'Phone', { width: 390, height: 844 });
  await openExport(page);
  const dialog = page.getByTestId('export-dialog');
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await expect(page.getByTestId('export-download')).toBeInViewport();
  for (const id of ['export-download', 'export-close', 'export-source']) expect((await page.getByTestId(id).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: test.info().outputPath('export-menu-phone.png') });

  // Tab stays inside the dialog.
  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.getByTestId('export-close').click();
  await expect(dialog).toHaveCount(0);
  await page.context().close();
});
