import { expect, test, type Page } from '@playwright/test';
import { bearer, createWorkshop, join, openDiscussionTab, pick } from './helpers';

// A secret round in two browser contexts (docs/protocol.md P18, docs/guide.md): the facilitator opens it on
// every actor and tie from the Agreement panel; each person's ballot goes to the server, not into the shared
// document; both screens show only how many people voted; closing shows the tallies, never the names.

const MAP = {
  format: 'clustercanvas.map',
  version: 1,
  meta: { title: 'Secret round', quorum: 2 },
  stages: [],
  actors: [
    { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [], x: 0, y: 0 },
    { id: 'a_yofc', label: 'YOFC', type: 'firm', scope: 'local', stages: [], x: 320, y: 0 },
  ],
  ties: [{ id: 't_lab', source: 'a_hust', target: 'a_yofc', kind: 'knowledge', directed: true, strength: 3, tacit: true }],
};

/** What the page's own replica of the shared document holds about votes and rounds. */
const docOf = (page: Page) =>
  page.evaluate(() => {
    const doc = (window as any).__doc;
    return { votes: doc.getMap('votes').size as number, rounds: JSON.stringify(doc.getMap('rounds').toJSON()) };
  });

async function openAgreement(page: Page) {
  if ((await page.getByTestId('score-dock').count()) === 0) await page.getByTestId('score-dock-toggle').click();
  await page.getByTestId('dock-tab-agreement').click();
}

async function ballot(page: Page, id: string, value: 'agree' | 'disagree') {
  await pick(page, id);
  await openDiscussionTab(page);
  await page.getByTestId(`ballot-${value}`).click();
  // The server echoes the ballot to its voter alone.
  await expect(page.getByTestId(`ballot-${value}`)).toHaveAttribute('aria-pressed', 'true');
}

test('a secret round: counts for everyone, ballots hidden from the other screen and the shared document, tallies on close', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Secret round');
  expect((await request.put(`/api/workshops/${w.id}/map`, { headers: bearer(w.links.facilitator), data: MAP })).status()).toBe(200);
  const fac = await join(browser, w.links.facilitator, 'Dr. Li (facilitator)', { width: 1440, height: 900 });
  const par = await join(browser, w.links.participant, '王芳');

  await openAgreement(fac);
  await fac.getByTestId('round-open-all').click();
  for (const page of [fac, par]) await expect(page.getByTestId('round-banner')).toContainText('Secret round open — votes are hidden until the facilitator closes it');
  await expect(par.getByTestId('round-progress')).toContainText('3 elements in the round');

  await ballot(par, 'a_hust', 'agree');
  await pick(fac, 'a_hust');
  await openDiscussionTab(fac);
  await expect(fac.getByTestId('round-count')).toHaveText('1 person has voted');
  // The facilitator sees that someone voted, not what: no ballot of theirs is highlighted, nothing names anyone.
  for (const v of ['agree', 'disagree', 'unsure']) await expect(fac.getByTestId(`ballot-${v}`)).toHaveAttribute('aria-pressed', 'false');
  await expect(fac.getByTestId('voters')).toHaveCount(0);
  await ballot(fac, 'a_hust', 'disagree');
  await expect(par.getByTestId('round-count')).toHaveText('2 people have voted');
  await expect(par.getByTestId('ballot-agree')).toHaveAttribute('aria-pressed', 'true');
  await expect(par.getByTestId('ballot-disagree')).toHaveAttribute('aria-pressed', 'false');
  // Neither replica of the shared document holds a ballot.
  for (const page of [fac, par]) {
    const doc = await docOf(page);
    expect(doc.votes).toBe(0);
    expect(doc.rounds).not.toContain('tallies');
    expect(doc.rounds).not.toContain('agree');
  }

  // The Agreement panel lists the round's elements with their counts, not their tallies.
  await openAgreement(fac);
  await expect(fac.locator('[data-testid="agreement-item"][data-id="a_hust"] [data-testid="agreement-round-count"]')).toHaveAttribute('data-count', '2');
  await expect(fac.locator('[data-testid="agreement-item"][data-id="t_lab"] [data-testid="agreement-round-count"]')).toHaveAttribute('data-count', '0');

  await fac.getByTestId('round-close').click();
  for (const page of [fac, par]) await expect(page.getByTestId('round-banner')).toHaveCount(0);
  // The tallies, in the discussion tab: counts only, no names.
  await expect(par.getByTestId('votes')).toHaveAttribute('data-secret', 'true');
  await expect(par.getByTestId('vote-count-agree')).toHaveAttribute('data-count', '1');
  await expect(par.getByTestId('vote-count-disagree')).toHaveAttribute('data-count', '1');
  await expect(par.getByTestId('secret-tally')).toBeVisible();
  await expect(par.getByTestId('voters')).toHaveCount(0);
  const closed = await docOf(par);
  expect(closed.votes).toBe(0);
  expect(JSON.parse(closed.rounds)).toMatchObject({ [Object.keys(JSON.parse(closed.rounds))[0]]: { tallies: { a_hust: { agree: 1, disagree: 1, unsure: 0 } } } });
  // And in the agreement: two votes reach the quorum of 2, one of each is contested.
  await openAgreement(fac);
  await expect(fac.locator('[data-testid="agreement-item"][data-id="a_hust"]')).toHaveAttribute('data-status', 'contested');
});
