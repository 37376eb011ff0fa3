import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createWorkshop, shot, type Workshop } from './helpers';
import { expectNoLeftoverEnglish } from './leftover-english';

// Every page and dialog in both languages (docs/architecture.md "Languages", issue 10 item 1): a zh-CN
// browser reads Chinese and none of the screen's English catalogue words; an en-US browser reads English;
// the choice made with the switcher is remembered across a reload. Screenshots are kept as artifacts.

type Tree = { [key: string]: string | Tree };
const load = (lang: string) => JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${lang}.json`), 'utf8')) as Tree;
const EN = load('en');
const ZH = load('zh-CN');

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}
const enLeaves = new Map(leaves(EN));
const zhLeaves = new Map(leaves(ZH));

/** The English sentences of these catalogue parts that a Chinese screen must not show: several words, no arguments, not the same in Chinese. */
function englishOf(...parts: string[]): string[] {
  return [...enLeaves]
    .filter(([key, text]) => parts.some((p) => key.startsWith(`${p}.`)) && text.includes(' ') && !/[{<]/.test(text) && zhLeaves.get(key) !== text)
    .map(([, text]) => text);
}

/** Everything a person can read on the page: its text, and its tooltips, labels and placeholders. */
const readable = (page: Page) =>
  page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((el) => ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    return `${document.body.innerText}\n${attrs.join('\n')}`;
  });

/** None of these catalogue parts' English sentences on the screen, and no other English word left either (leftover-english.ts). */
async function expectNoEnglish(page: Page, ...parts: string[]) {
  const text = await readable(page);
  expect(englishOf(...parts).filter((english) => text.includes(english))).toEqual([]);
  await expectNoLeftoverEnglish(page, parts.join(', '));
}

async function contextIn(browser: Browser, locale: 'zh-CN' | 'en-US', viewport = { width: 1280, height: 800 }) {
  return browser.newContext({ locale, viewport });
}

const reportLink = (link: string) => link.replace(/\/w\/([^#]+)#/, '/w/$1/report#');

async function openWorkspace(page: Page, w: Workshop, name: string) {
  await page.goto(w.links.facilitator);
  await page.getByTestId('name-input').fill(name);
  await page.getByTestId('name-save').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
}

test('a zh-CN browser reads every page and dialog in Chinese', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const w = await createWorkshop(request, '光谷研讨会');
  const page = await (await contextIn(browser, 'zh-CN')).newPage();

  // The start page.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('一起绘制您的产业集群图谱');
  await expect(page.getByText('创建新研讨会')).toBeVisible();
  await expect(page.getByText('加入研讨会', { exact: true })).toBeVisible();
  await expect(page.getByTestId('create-submit')).toHaveText('创建研讨会');
  await expectNoEnglish(page, 'landing', 'join', 'language');
  await shot(page, 'zh-landing');

  // The name dialog, over the map.
  await page.goto(w.links.facilitator);
  await expect(page.getByTestId('name-dialog')).toContainText('欢迎！请问怎么称呼您？');
  await expect(page.getByTestId('name-dialog-joining')).toHaveText('您将以主持人身份加入“光谷研讨会”。');
  await expect(page.getByTestId('name-save')).toHaveText('加入研讨会');
  await expectNoEnglish(page, 'nameDialog');
  await shot(page, 'zh-name-dialog');
  await page.getByTestId('name-input').fill('李老师');
  await page.getByTestId('name-save').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });

  // The workspace and its top bar.
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await expect(page.getByTestId('invite-button')).toHaveText('邀请');
  await expect(page.getByTestId('add-actor')).toHaveAttribute('aria-label', '添加主体');
  await expect(page.getByTestId('view-network')).toHaveText('网络图');
  await expect(page.getByTestId('empty-map')).toContainText('图谱还是空的');
  await expectNoEnglish(page, 'header', 'toolbar', 'status', 'canvas', 'legend', 'toDiscuss', 'presence', 'map.view');
  await shot(page, 'zh-workspace');

  // The facilitator's tray, with a phase instruction in Chinese.
  await page.getByTestId('facilitate-button').click();
  await expect(page.getByTestId('tray-instruction')).toHaveText('选择一个阶段，告诉大家现在要做什么。');
  await page.getByTestId('phase-step-map_actors').click();
  await expect(page.getByTestId('tray-instruction')).toHaveText('添加集群里的各类组织：企业、高校、政府、银行，以及您的下游客户。');
  await expect(page.getByTestId('editing-frozen')).toContainText('冻结');
  await expect(page.getByTestId('follow-toggle')).toHaveAttribute('aria-label', '跟随我');
  await expectNoEnglish(page, 'tray', 'editing', 'timer', 'phase', 'map.phase');
  await shot(page, 'zh-tray');
  await page.getByTestId('facilitation-close').click();

  // The inspector: details, then votes & comments.
  await page.getByTestId('add-actor').click();
  await expect(page.getByTestId('actor-inspector')).toContainText('属于哪类主体？');
  await expect(page.getByTestId('actor-type-firm')).toContainText('企业');
  await expect(page.getByTestId('inspector-tab-details')).toHaveText('详情');
  await expectNoEnglish(page, 'inspector', 'map.actorType');
  await shot(page, 'zh-inspector-details');
  await page.getByTestId('inspector-tab-discussion').click();
  await expect(page.getByTestId('votes')).toContainText('图谱上应该这样标吗？');
  await expect(page.getByTestId('vote-agree')).toContainText('同意');
  await expect(page.getByTestId('comments')).toContainText('还没有评论');
  await expectNoEnglish(page, 'inspector', 'vote', 'comments', 'decision');
  await shot(page, 'zh-inspector-discussion');
  await page.getByTestId('inspector-close').click();

  // The dock's panels.
  const dockToggle = page.getByTestId('score-dock-toggle');
  if ((await dockToggle.getAttribute('aria-expanded')) === 'false') await dockToggle.click();
  const panels = [
    ['scores', '评分', ['scores', 'dock']],
    ['agreement', '共识', ['agreement', 'dock']],
    ['checkpoints', '存档点', ['checkpoints', 'dock']],
    ['activity', '动态', ['activity', 'dock']],
  ] as const;
  for (const [id, word, parts] of panels) {
    await page.getByTestId(`dock-tab-${id}`).click();
    await expect(page.getByTestId(`dock-tab-${id}`)).toContainText(word);
    await expect(page.getByTestId('score-dock')).toHaveAttribute('data-panel', id);
    await expectNoEnglish(page, ...parts);
    await shot(page, `zh-dock-${id}`);
  }
  await expect(page.getByTestId('agreement-panel')).toHaveCount(0);
  await page.getByTestId('dock-tab-agreement').click();
  await expect(page.getByTestId('agreed-only').locator('xpath=..')).toContainText('只显示已达成共识的图谱');
  await page.getByTestId('dock-tab-activity').click();
  await expect(page.getByTestId('activity-text').first()).toContainText('您添加了');

  // Invite.
  await page.getByTestId('invite-button').click();
  await expect(page.getByTestId('invite-dialog')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('invite-dialog')).toContainText('邀请参与者');
  await expect(page.getByTestId('invite-dialog')).toContainText('加入码');
  await expectNoEnglish(page, 'invite');
  await shot(page, 'zh-invite');
  await page.getByTestId('invite-done').click();

  // Export.
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog')).toContainText('导出图谱');
  await expect(page.getByTestId('export-download')).toHaveText('下载');
  await page.getByTestId('export-format-png').check();
  await expect(page.getByTestId('export-picture-options')).toContainText('哪个视图');
  await expectNoEnglish(page, 'export');
  await shot(page, 'zh-export');
  await page.getByTestId('export-close').click();

  // The stage editor.
  await page.getByTestId('stages-button').click();
  await expect(page.getByTestId('stage-editor')).toContainText('价值链环节');
  await expect(page.getByTestId('stage-add')).toHaveText('添加环节');
  await expectNoEnglish(page, 'stages');
  await shot(page, 'zh-stages');
  await page.keyboard.press('Escape');

  // The report page.
  await page.goto(reportLink(w.links.facilitator));
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-print')).toHaveText('打印 / 另存为 PDF');
  await expect(page.getByTestId('report-download-pdf')).toHaveText('下载 PDF');
  await expect(page.getByTestId('report-controls')).toContainText('对比对象');
  await expectNoEnglish(page, 'report');
  await shot(page, 'zh-report');

  // Problem pages: an unknown workshop, a link that no longer opens, any other address.
  // A key that opens nothing, for an unknown workshop or a known one alike (docs/architecture.md "What an error tells").
  await page.goto(`/w/${w.id}#key=k_wrong_key`);
  await expect(page.getByTestId('problem-title')).toHaveText('此链接已无法进入研讨会');
  await expect(page.getByTestId('problem-home')).toHaveText('返回首页');
  await expectNoEnglish(page, 'joinProblems', 'problems', 'join');
  await shot(page, 'zh-problem-bad-link');
  await page.goto('/nothing/here');
  await expect(page.getByTestId('problem-title')).toHaveText('找不到页面');
  await expectNoEnglish(page, 'notFound', 'problems');
  await shot(page, 'zh-404');
});

test('an en-US browser reads the same pages in English', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Optics day');
  const page = await (await contextIn(browser, 'en-US')).newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map your industrial cluster together');
  await expect(page.getByTestId('create-submit')).toHaveText('Create workshop');
  await shot(page, 'en-landing');
  await page.goto(w.links.facilitator);
  await expect(page.getByTestId('name-dialog-joining')).toHaveText('You are joining “Optics day” as a facilitator.');
  await page.getByTestId('name-input').fill('Ada');
  await page.getByTestId('name-save').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await expect(page.getByTestId('invite-button')).toHaveText('Invite');
  await page.getByTestId('facilitate-button').click();
  await page.getByTestId('phase-step-map_ties').click();
  await expect(page.getByTestId('tray-instruction')).toHaveText('Connect who works with whom: who learns from, supplies, funds or regulates whom.');
  await page.getByTestId('stages-button').click();
  await expect(page.getByTestId('stage-editor')).toContainText('Value-chain stages');
  await shot(page, 'en-workspace');
  await page.keyboard.press('Escape');
  await page.goto(reportLink(w.links.facilitator));
  await expect(page.getByTestId('report-print')).toHaveText('Print / Save as PDF');
  await page.goto('/nothing/here');
  await expect(page.getByTestId('problem-title')).toHaveText('Page not found');
});

test('the language picked with the switcher is remembered across a reload, on the start page and in a workshop', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Switch test');
  const context = await contextIn(browser, 'en-US');
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map your industrial cluster together');
  await page.getByTestId('language-switcher').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('一起绘制您的产业集群图谱');
  expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('一起绘制您的产业集群图谱');
  await shot(page, 'switched-landing');

  // In the workshop, from its top bar, without losing the connection.
  await openWorkspace(page, w, 'Ada');
  await expect(page.getByTestId('invite-button')).toHaveText('邀请');
  // In the workshop the switcher is in the menu of who is here, keeping the top bar slim.
  await page.getByTestId('presence-toggle').click();
  await page.getByTestId('language-switcher').selectOption('en');
  await expect(page.getByTestId('invite-button')).toHaveText('Invite');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true');
  await page.reload();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('invite-button')).toHaveText('Invite');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await shot(page, 'switched-workspace');
});
