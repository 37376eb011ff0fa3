import { expect, test, type Page } from '@playwright/test';
import type { EngineReport } from '../../lib/engine/types';
import { exportFileName } from '../../lib/export/formats';
import { indexFigure } from '../../lib/export/report/format';
import { labelFor } from '../../lib/map/labels';
import { templateMap } from '../../lib/map/templates';
import { bearer, createWorkshop, decide, downloadBy, join, keyOf, pdfPageSizes, pdfText, squeeze } from './helpers';

// The report page, /w/<id>/report (docs/report.md "The report page"): the report model as a web page that
// prints cleanly from Chromium, about the source the reader picks, with a comparison on request.

const DEMO = templateMap('optics-valley');
const A4 = { width: 595.92, height: 842.88 };
const LETTER = { width: 612, height: 792 };

/** Opens the report page with a key in the link's fragment, as a shared link does, in a fresh browser. */
async function openReport(page: Page, id: string, key: string, query = '') {
  await page.goto(`/w/${id}/report${query}#key=${encodeURIComponent(key)}`);
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

async function printToPdf(page: Page, name: string) {
  const path = test.info().outputPath(name);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return path;
}

const near = (size: { width: number; height: number }, expected: { width: number; height: number }) =>
  Math.abs(size.width - expected.width) < 2 && Math.abs(size.height - expected.height) < 2;

test('the report page prints to a PDF with every actor label and both index values, on A4 or US letter', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Optics Valley report', 'optics-valley');
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await openReport(page, w.id, keyOf(w.links.observer));
  // The key is kept by the browser, never left in the address (and never sent in a query).
  expect(page.url()).not.toContain('key=');
  await expect(page.getByTestId('report-source')).toHaveText('Source: The live map');
  await expect(page.getByTestId('report-actor-table').locator('tbody tr')).toHaveCount(DEMO.actors.length);
  // Nobody has voted or commented yet: the agreement is one sentence, and there is no discussion to show.
  await expect(page.getByTestId('report-agreement')).toContainText('Nobody voted and nothing was decided, so no element is agreed yet (the rules: at least 3 votes');
  await expect(page.getByTestId('report-agreement-table')).toHaveCount(0);
  await expect(page.getByTestId('report-discussion')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('report-page.png') });

  // The two indices as the API's /scores computes them, written as the page writes them (one decimal).
  const scores = (await (await request.get(`/api/workshops/${w.id}/scores`, { headers: bearer(w.links.observer) })).json()) as EngineReport;
  const values = (['ici', 'gi'] as const).map((id) => ({ id, text: indexFigure(scores.indices[id].value).text }));
  for (const v of values) await expect(page.getByTestId(`report-cover-${v.id}`)).toContainText(`: ${v.text} / 100`);

  const a4 = await printToPdf(page, 'report-a4.pdf');
  const text = squeeze(pdfText(a4));
  // The English report names actors by their English names (lib/map/labels.ts labelFor; docs/report.md "Languages").
  for (const actor of DEMO.actors) expect(text, actor.label).toContain(squeeze(labelFor(actor, 'en')));
  for (const v of values) expect(text).toContain(squeeze(`(${v.id.toUpperCase()}): ${v.text} / 100`));
  expect(text).toContain('Page1of');
  // The controls are for the screen only.
  for (const control of ['Print/SaveasPDF', 'DownloadthePDF', 'Backtotheworkshop']) expect(text).not.toContain(control);
  // Portrait A4, with the two maps and the actor table on landscape pages.
  const sizes = pdfPageSizes(a4);
  expect(near(sizes[0], A4)).toBe(true);
  expect(near(sizes[1], { width: A4.height, height: A4.width })).toBe(true);
  expect(sizes.filter((s) => s.width > s.height).length).toBeGreaterThanOrEqual(3);
  expect(text).toContain(`Page1of${sizes.length}`);

  await page.getByTestId('report-paper-letter').click();
  const letter = pdfPageSizes(await printToPdf(page, 'report-letter.pdf'));
  expect(near(letter[0], LETTER)).toBe(true);
  await page.context().close();
});

test('after Finish agreement the report is about the agreed map; the reader can switch to the live map and compare', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Agreed report', 'optics-valley');
  const fac = await join(browser, w.links.facilitator, 'Dr. Li', { width: 1440, height: 900 });
  await decide(fac, 'a_hust', 'agreed');
  await decide(fac, 'a_yofc', 'agreed');
  await decide(fac, 'a_expo', 'rejected');
  const finished = await request.post(`/api/workshops/${w.id}/checkpoints`, { headers: bearer(w.links.facilitator), data: { name: 'End of the day', kind: 'agreed' } });
  expect(finished.status()).toBe(201);
  const agreedCheckpoint = (await finished.json()) as { id: string };

  // The same browser holds the key: the page opens without one in the link.
  const page = await fac.context().newPage();
  await page.goto(`/w/${w.id}/report`);
  const report = page.getByTestId('report');
  await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('report-source')).toHaveText('Source: The agreed map (End of the day)');
  await expect(page.getByTestId('report-actor-table').locator('tbody tr')).toHaveCount(2);
  // The agreement lists the whole map, rejected elements with their status.
  await expect(page.getByTestId('report-agreement')).toContainText('Agreed: 2');
  await expect(page.getByTestId('report-agreement')).toContainText('Rejected: 1');
  // Only the decided elements have rows; the rest, which nobody voted on, are one line.
  await expect(page.getByTestId('report-agreement-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('report-agreement')).toContainText(`${DEMO.actors.length + DEMO.ties.length - 3} elements had too few votes to say.`);
  await expect(page.getByTestId('report-comparison')).toHaveCount(0);

  // The live map, compared with the agreed checkpoint: the address says so (without the key).
  await page.getByTestId('report-source-select').selectOption('live');
  await expect(page.getByTestId('report-actor-table').locator('tbody tr')).toHaveCount(DEMO.actors.length);
  await page.getByTestId('report-compare').selectOption(agreedCheckpoint.id);
  await expect(page.getByTestId('report-comparison')).toContainText('What changed since');
  await expect(page.getByTestId('report-comparison')).toContainText('End of the day');
  expect(new URL(page.url()).search).toBe(`?live=1&compare=${agreedCheckpoint.id}`);
  await expect(report).toHaveAttribute('data-ready', 'true');
  await page.screenshot({ path: test.info().outputPath('report-compare.png'), fullPage: false });

  // Download the PDF makes the server's PDF of the same choice.
  const pdf = await downloadBy(page, () => page.getByTestId('report-download-pdf').click());
  expect(pdf.name).toBe(exportFileName('Agreed report', 'pdf', 'report'));
  expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

  // The Export menu's "Report page" opens the report of its chosen source in a new tab.
  await fac.getByTestId('export-button').click();
  await fac.getByTestId('export-source').selectOption(`checkpoint:${agreedCheckpoint.id}`);
  const [tab] = await Promise.all([fac.context().waitForEvent('page'), fac.getByTestId('export-report-page').click()]);
  await expect(tab.getByTestId('report')).toHaveAttribute('data-checkpoint', agreedCheckpoint.id, { timeout: 20_000 });
  await expect(tab.getByTestId('report-source')).toHaveText('Source: Checkpoint “End of the day”');
  await expect(tab.getByTestId('report-actor-table').locator('tbody tr')).toHaveCount(DEMO.actors.length);
  await fac.context().close();
});

test('an unknown workshop and a wrong key are said in words, and the same words', async ({ browser, request }) => {
  const page = await (await browser.newContext()).newPage();
  // With a key, an unknown workshop and a wrong key get one answer (docs/architecture.md "What an error tells"),
  // worded by the page from the API's code (messages/*.json errors.http.bad_key).
  await page.goto('/w/no-such-workshop/report#key=whatever');
  await expect(page.getByTestId('key-prompt')).toContainText('This link no longer opens the workshop.');

  const w = await createWorkshop(request, 'Locked report', 'optics-valley');
  await page.goto(`/w/${w.id}/report#key=not-the-key`);
  await expect(page.getByTestId('key-prompt')).toContainText('This link no longer opens the workshop.');
  // Pasting the right link opens the report.
  await page.getByTestId('key-input').fill(w.links.observer);
  await page.getByTestId('key-submit').click();
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.context().close();
});
