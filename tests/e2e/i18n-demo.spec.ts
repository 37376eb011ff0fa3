import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { reportColumns } from '../../lib/export/report/columns';
import { reportWords } from '../../lib/export/report/report-words';
import { templateMap } from '../../lib/map/templates';
import { createWorkshop, downloadBy, pdfText, pick, squeeze } from './helpers';
import { expectNoLeftoverEnglish, latinWords } from './leftover-english';

// The Optics Valley demo read in a zh-CN browser (docs/architecture.md "Languages", issue 10): on every
// screen of a full map — the score panel's four views, the actor table, the dock, the value chain, the
// inspector, the report page, the offline status — no English word is left but the Latin words the
// Chinese catalogues themselves carry (authors cited, format names, keys) and what people typed (the
// workshop's details and the actors' names). The report is asked for in Chinese, and so is the PDF the
// Export menu downloads (read back with pdftotext).

const DEMO = templateMap('optics-valley');
// What people typed on this map (the workshop's details, the actors' names) stays as typed.
const TYPED = [...Object.values(DEMO.meta), ...DEMO.actors.flatMap((a) => [a.label, ...Object.values(a.labels ?? {})])];
const latin = latinWords;

async function expectChinese(page: Page, where: string) {
  await expectNoLeftoverEnglish(page, where, TYPED);
}

test('the Optics Valley demo in a zh-CN browser: no English word left on any screen, the report page and the PDF in Chinese', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const w = await createWorkshop(request, '光谷研讨会', 'optics-valley');
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(w.links.facilitator);
  await page.getByTestId('name-input').fill('李老师');
  await page.getByTestId('name-save').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('score-status')).toContainText('实时', { timeout: 20_000 });
  await expectChinese(page, 'workspace');

  // The score panel's four views; the actor table names actors in Chinese and explains a role in Chinese.
  const dockToggle = page.getByTestId('score-dock-toggle');
  if ((await dockToggle.getAttribute('aria-expanded')) === 'false') await dockToggle.click();
  await page.getByTestId('dock-tab-scores').click();
  for (const tab of ['scores', 'actors', 'structure', 'advice']) {
    await page.getByTestId(`score-tab-${tab}`).click();
    await expectChinese(page, `score panel: ${tab}`);
  }
  await page.getByTestId('score-tab-actors').click();
  await expect(page.getByTestId('sort-degree')).toHaveText(/^联系/);
  await expect(page.getByTestId('actor-row-a_hust')).toContainText('华中科技大学');
  await page.locator('[data-testid^="role-a_"]').first().click();
  await expect(page.locator('[data-testid$="-definition"]').first()).toHaveText(/^[\u4e00-\u9fff]+。/);
  await expectChinese(page, 'actor table, a role explained');

  // The dock's other panels, with a checkpoint saved: its date in the reader's locale.
  await page.getByTestId('dock-tab-checkpoints').click();
  await page.getByTestId('checkpoint-name').fill('第一版');
  await page.getByTestId('checkpoint-save').click();
  await expect(page.getByTestId('checkpoint').first()).toContainText('第一版');
  await expect(page.getByTestId('checkpoint').first().locator('time')).toHaveAttribute('title', /\d{4}年\d{1,2}月\d{1,2}日/);
  await expectChinese(page, 'checkpoints');
  for (const id of ['agreement', 'activity']) {
    await page.getByTestId(`dock-tab-${id}`).click();
    await expectChinese(page, `dock: ${id}`);
  }

  // The value chain's headers on the canvas: the default stages and their weights in Chinese.
  await page.getByTestId('view-value-chain').click();
  await expect
    .poll(() => page.evaluate(() => (window as any).__cy.nodes('.decor.header').map((n: any) => n.data('label')).join('|')))
    .toContain('研发\n附加值 ×');
  const decor: string[] = await page.evaluate(() => (window as any).__cy.nodes('.decor').map((n: any) => n.data('label')));
  expect(decor.flatMap(latin)).toEqual([]);
  await page.getByTestId('view-network').click();

  // The inspector of an actor and of a tie.
  await pick(page, 'a_hust');
  await expect(page.getByTestId('actor-inspector')).toContainText('中文名称');
  await expectChinese(page, 'actor inspector');
  const tie: string = await page.evaluate(() => (window as any).__cy.edges().first().id());
  await pick(page, tie);
  await expectChinese(page, 'tie inspector');
  await page.getByTestId('inspector-close').click();

  // The Export menu's PDF: asked for in the reader's language, and Chinese inside.
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-format-pdf')).toBeChecked();
  const exportRequest = page.waitForRequest((r) => r.url().includes('/export?'));
  const pdf = await downloadBy(page, () => page.getByTestId('export-download').click());
  expect(new URL((await exportRequest).url()).searchParams.get('lang')).toBe('zh-CN');
  const pdfFile = test.info().outputPath('demo-zh.pdf');
  writeFileSync(pdfFile, pdf.bytes);
  const pdfWords = squeeze(pdfText(pdfFile));
  const zh = reportWords('zh-CN');
  expect(pdfWords).toContain(squeeze(zh.subtitle));
  expect(pdfWords).toContain(squeeze(reportColumns('zh-CN').actors.role.title));
  expect(pdfWords).toContain('华中科技大学');
  await page.getByTestId('export-close').click();

  // Offline, the status says so in Chinese.
  await context.setOffline(true);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
  await expect(page.getByTestId('save-status')).toContainText('离线');
  await expectChinese(page, 'offline');
  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });

  // The report page asks for the report in Chinese and heads every table in Chinese.
  const reportRequest = page.waitForRequest((r) => r.url().includes(`/api/workshops/${w.id}/report`));
  await page.goto(w.links.facilitator.replace(/\/w\/([^#]+)#/, '/w/$1/report#'));
  expect(new URL((await reportRequest).url()).searchParams.get('lang')).toBe('zh-CN');
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('report-actor-table').locator('th').first()).toHaveText(reportColumns('zh-CN').actors.actor.title);
  await expect(page.getByTestId('report-source')).toContainText(zh.label.source);
  await expect(page.getByTestId('report-cover')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expectChinese(page, 'report page');
  await context.close();
});
