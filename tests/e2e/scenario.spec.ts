import { expect, test, type Page } from '@playwright/test';
import type { ClusterMap } from '../../lib/map/types';
import { bearer, connectPair, createWorkshop, join } from './helpers';

// What-if scenarios on the canvas (docs/architecture.md "What-if scenarios", docs/protocol.md P19): a
// planned tie between two actors of the Optics Valley map moves the scores in the panel, and never reaches
// the live map. Wide viewport: the dock sits beside the canvas.
const WIDE = { width: 1600, height: 900 };

/** Two firms in the middle of the Optics Valley map (clear of the legend and the panels) with no tie between them. */
function untied(map: ClusterMap): [string, string] {
  const tied = new Set(map.ties.flatMap((t) => [`${t.source}|${t.target}`, `${t.target}|${t.source}`]));
  const middle = ['a_raycus', 'a_jingce', 'a_tianma', 'a_guide', 'a_csot'].filter((id) => map.actors.some((a) => a.id === id));
  for (const a of middle) for (const b of middle) if (a < b && !tied.has(`${a}|${b}`)) return [a, b];
  throw new Error('every pair is tied');
}

const shown = async (page: Page, testId: string) => Number(((await page.getByTestId(testId).textContent()) ?? '').replace('−', '-').replace('±', ''));

test('build a scenario on the canvas, read its deltas beside the live scores, and discard it', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'What if day', 'optics-valley');
  const auth = { headers: bearer(w.links.observer) };
  const live = (await (await request.get(`/api/workshops/${w.id}/map`, auth)).json()) as ClusterMap;
  const [a, b] = untied(live);
  const page = await join(browser, w.links.facilitator, 'Facilitator', WIDE);
  page.on('dialog', (dialog) => void dialog.accept());

  await page.getByTestId('what-if').click();
  await page.getByTestId('scenario-name').fill('A joint lab');
  await page.getByTestId('scenario-start').click();
  await expect(page.getByTestId('scenario-banner')).toContainText('A joint lab');
  await expect(page.getByTestId('legend-scenario')).toBeVisible();

  // A planned tie, drawn as planned, between two live actors.
  await connectPair(page, a, b);
  await expect(page.getByTestId('cy')).toHaveAttribute('data-planned', '1');
  await expect(page.getByTestId('scenario-banner')).toContainText('1 tie to add');
  const planned = await page.evaluate(([s, t]) => (window as any).__cy.edges('.cc-planned').filter((e: any) => e.data('source') === s && e.data('target') === t).length, [a, b]);
  expect(planned).toBe(1);

  // Undo in scenario mode takes back the planned tie, not anything of the live map; Redo plans it again.
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('cy')).toHaveAttribute('data-planned', '0');
  await expect(page.getByTestId('scenario-banner')).not.toContainText('1 tie to add');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('cy')).toHaveAttribute('data-planned', '1');
  await expect(page.getByTestId('scenario-banner')).toContainText('1 tie to add');

  // The score panel shows both maps: every change is the difference of the two numbers shown, and some move.
  const toggle = page.getByTestId('score-dock-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.getByTestId('score-tab-scores').click();
  const table = page.getByTestId('scenario-scores');
  await expect(table).toBeVisible();
  const rows = await table.locator('[data-testid^="scenario-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('scenario-row-'.length)));
  expect(rows).toEqual(expect.arrayContaining(['ici', 'gi', 'I1', 'G1']));
  let moved = 0;
  for (const id of rows) {
    const from = await shown(page, `scenario-from-${id}`);
    const to = await shown(page, `scenario-to-${id}`);
    const delta = await shown(page, `scenario-delta-${id}`);
    expect(delta, id).toBeCloseTo(to - from, 6);
    if (delta !== 0) moved++;
  }
  expect(moved).toBeGreaterThan(0);
  // The live figures beside it are the live map's, as the big cards show them.
  expect((await shown(page, 'scenario-from-ici')).toFixed(0)).toBe(Number(await page.getByTestId('index-ici-value').getAttribute('data-value')).toFixed(0));

  // The live map the server holds has no planned tie; the scenario does.
  const after = (await (await request.get(`/api/workshops/${w.id}/map`, auth)).json()) as ClusterMap;
  expect(after.ties).toHaveLength(live.ties.length);
  expect(after.ties.some((t) => [t.source, t.target].sort().join() === [a, b].sort().join())).toBe(false);
  const listed = (await (await request.get(`/api/workshops/${w.id}/scenarios`, auth)).json()) as { scenarios: Array<{ name: string; ties: Array<{ source: string; target: string }> }> };
  expect(listed.scenarios.map((s) => s.name)).toEqual(['A joint lab']);
  expect(listed.scenarios[0].ties.map((t) => [t.source, t.target].sort().join())).toEqual([[a, b].sort().join()]);

  // Discard: the scenario is gone, the live map untouched.
  await page.getByTestId('scenario-discard').click();
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0);
  await expect(page.getByTestId('scenario-scores')).toHaveCount(0);
  await expect(page.getByTestId('cy')).toHaveAttribute('data-planned', '0');
  await expect.poll(async () => ((await (await request.get(`/api/workshops/${w.id}/scenarios`, auth)).json()) as { scenarios: unknown[] }).scenarios).toEqual([]);
  expect(((await (await request.get(`/api/workshops/${w.id}/map`, auth)).json()) as ClusterMap).ties).toHaveLength(live.ties.length);
});
