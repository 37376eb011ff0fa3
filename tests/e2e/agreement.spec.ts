import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, join, keyOf, markOf, openFacilitation, pick, setQuorum } from './helpers';

// The Agree phase of a stakeholder workshop, end to end in two browser contexts (docs/architecture.md
// "Agreement", "Checkpoints"): votes, a frozen map, a facilitator's decision on a contested tie, the agreed
// map only, finishing the agreement, and restoring a checkpoint.

const MAP = {
  format: 'clustercanvas.map',
  version: 1,
  meta: { title: 'Agree phase' },
  stages: [],
  actors: [
    { id: 'a_hust', label: 'HUST', type: 'university', scope: 'local', stages: [], x: 0, y: 0 },
    { id: 'a_yofc', label: 'YOFC', type: 'firm', scope: 'local', stages: [], x: 300, y: 0 },
    { id: 'a_bank', label: 'Hubei Bank', type: 'finance', scope: 'local', stages: [], x: 150, y: 250 },
  ],
  ties: [
    { id: 't_lab', source: 'a_hust', target: 'a_yofc', kind: 'knowledge', directed: true, strength: 3, tacit: true },
    { id: 't_loan', source: 'a_bank', target: 'a_yofc', kind: 'finance', directed: true, strength: 2, tacit: false },
  ],
};

async function openDock(page: Page, tab: 'scores' | 'agreement' | 'checkpoints') {
  if ((await page.getByTestId('score-dock').count()) === 0) await page.getByTestId('score-dock-toggle').click();
  await page.getByTestId(`dock-tab-${tab}`).click();
}

async function vote(page: Page, id: string, value: 'agree' | 'disagree' | 'unsure') {
  await pick(page, id);
  // The Agree phase opens the inspector on Votes & comments.
  await expect(page.getByTestId('votes')).toBeVisible();
  await page.getByTestId(`vote-${value}`).click();
  await expect(page.getByTestId(`vote-${value}`)).toHaveAttribute('aria-pressed', 'true');
}

test('a whole Agree phase: votes, a frozen map, a decision on a contested tie, the agreed map only, finishing the agreement', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Agree phase');
  const put = await request.put(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${keyOf(w.links.facilitator)}` }, data: MAP });
  expect(put.status()).toBe(200);
  const fac = await join(browser, w.links.facilitator, 'Dr. Li (facilitator)', { width: 1440, height: 900 });
  const par = await join(browser, w.links.participant, '王芳');
  await setQuorum(fac, 2);

  // The facilitator moves to the Agree phase and freezes the map: participants vote and comment, nothing else.
  await openFacilitation(fac);
  await fac.getByTestId('phase-step-agree').click();
  await fac.getByTestId('editing-frozen').click();
  await expect(par.getByTestId('locked-note')).toContainText('frozen');
  await expect(fac.getByTestId('score-dock')).toHaveAttribute('data-panel', 'agreement');

  await vote(par, 'a_hust', 'agree');
  await par.getByTestId('inspector-tab-details').click();
  await expect(par.getByTestId('actor-label')).toBeDisabled();
  await par.getByTestId('inspector-tab-discussion').click();
  await vote(par, 'a_yofc', 'agree');
  await vote(par, 't_lab', 'disagree');
  await par.getByTestId('comment-input').fill('The lab closed last year');
  await par.getByTestId('comment-input').press('Enter');
  await expect(par.getByTestId('comment')).toHaveCount(1);
  await vote(fac, 'a_hust', 'agree');
  await vote(fac, 'a_yofc', 'agree');
  await vote(fac, 't_lab', 'agree');

  // Statuses at a glance on the canvas, and in the list with the progress line.
  await expect.poll(() => markOf(par, 'a_hust')).toMatchObject({ vote: 'agreed' });
  await expect.poll(() => markOf(par, 't_lab')).toMatchObject({ vote: 'contested', talk: 1 });
  await expect.poll(() => markOf(par, 'a_bank')).toMatchObject({ vote: null });
  await openDock(fac, 'agreement');
  await expect(fac.getByTestId('agreement-progress')).toHaveText('2 of 5 elements decided');
  await expect(fac.getByTestId('agreement-count-contested')).toHaveAttribute('data-count', '1');

  // The facilitator decides the contested tie, with a reason everyone sees.
  await pick(fac, 't_lab');
  await fac.getByTestId('decision-reason-input').fill('Kept: the joint lab reopened in May');
  await fac.getByTestId('decide-agreed').click();
  await expect(fac.getByTestId('decision-control')).toHaveAttribute('data-decision', 'agreed');
  // Below 1600 px the inspector and the dock take turns: back to the dock to see the progress.
  await openDock(fac, 'agreement');
  await expect(fac.getByTestId('agreement-progress')).toHaveText('3 of 5 elements decided');
  await expect.poll(() => markOf(par, 't_lab')).toMatchObject({ vote: 'agreed' });
  await pick(par, 't_lab');
  await expect(par.getByTestId('decision')).toContainText('Agreed by the facilitator (Dr. Li (facilitator))');
  await expect(par.getByTestId('decision-reason')).toHaveText('Kept: the joint lab reopened in May');
  await expect(par.getByTestId('decide-agreed')).toHaveCount(0);

  // The agreed map only: HUST, YOFC and the lab; the bank and its loan are not agreed.
  await fac.getByTestId('agreed-only').check();
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '2');
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-tie-count', '1');
  await expect(par.getByTestId('canvas')).toHaveAttribute('data-actor-count', '3');
  await fac.getByTestId('agreed-only').uncheck();
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '3');

  // Finishing saves the agreed map as a checkpoint of kind "agreed"; the API says the same statuses.
  await fac.getByTestId('finish-agreement').click();
  await expect(fac.getByTestId('finish-result')).toContainText('Saved as the checkpoint “Agreed map');
  const key = keyOf(w.links.observer);
  const list = await (await request.get(`/api/workshops/${w.id}/checkpoints`, { headers: { authorization: `Bearer ${key}` } })).json();
  expect(list.checkpoints.map((c: { kind: string }) => c.kind)).toEqual(['before_import', 'phase', 'agreed']);
  const agreement = await (await request.get(`/api/workshops/${w.id}/agreement`, { headers: { authorization: `Bearer ${key}` } })).json();
  expect(agreement.elements.t_lab).toMatchObject({ status: 'agreed', decision: 'agreed', reason: 'Kept: the joint lab reopened in May', tally: { agree: 1, disagree: 1 } });
  expect(agreement.elements.a_bank.status).toBe('too_few');
  await fac.screenshot({ path: test.info().outputPath('agree-phase.png') });

  await fac.context().close();
  await par.context().close();
});

test('a checkpoint opens read-only and restores for everyone, and the restore itself can be undone', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Restore');
  await request.put(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${keyOf(w.links.facilitator)}` }, data: MAP });
  const fac = await join(browser, w.links.facilitator, 'Facilitator', { width: 1440, height: 900 });
  const par = await join(browser, w.links.participant, 'Participant');

  await openDock(fac, 'checkpoints');
  await fac.getByTestId('checkpoint-name').fill('Before the break');
  await fac.getByTestId('checkpoint-save').click();
  await expect(fac.getByTestId('checkpoints-notice')).toContainText('Saved “Before the break”');

  // After the break the bank is deleted.
  await pick(par, 'a_bank');
  await par.getByTestId('delete-selection').click();
  // It came with the imported map, so it is not the participant's own: they are asked first.
  await par.getByTestId('confirm-delete').click();
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '2');

  // Opening the checkpoint shows the map as it was, read-only, with the way back.
  const saved = fac.getByTestId('checkpoint').filter({ hasText: 'Before the break' });
  await saved.getByTestId('checkpoint-open').click();
  await expect(fac.getByTestId('viewing-note')).toContainText('Viewing “Before the break”');
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '3');
  await expect(fac.getByTestId('workshop')).toHaveAttribute('data-editable', 'false');
  await expect(fac.getByTestId('add-actor')).toBeDisabled();
  await fac.getByTestId('back-to-live').click();
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '2');

  // Restoring it brings the bank and its loan back for everyone, live.
  fac.once('dialog', (d) => d.accept());
  await saved.getByTestId('checkpoint-restore').click();
  await expect(par.getByTestId('canvas')).toHaveAttribute('data-actor-count', '3');
  await expect(par.getByTestId('canvas')).toHaveAttribute('data-tie-count', '2');
  await expect(fac.getByTestId('checkpoints-notice')).toContainText('Restored “Before the break”');
  // The participant's undo history was cleared: nothing of before the restore can be undone over it.
  await expect(par.getByTestId('undo')).toBeDisabled();

  // The restore is undone by restoring the checkpoint taken just before it.
  const before = fac.getByTestId('checkpoint').filter({ hasText: 'Before restoring “Before the break”' });
  await expect(before).toHaveCount(1);
  fac.once('dialog', (d) => d.accept());
  await before.getByTestId('checkpoint-restore').click();
  await expect(par.getByTestId('canvas')).toHaveAttribute('data-actor-count', '2');
  await fac.screenshot({ path: test.info().outputPath('checkpoints.png') });

  await fac.context().close();
  await par.context().close();
});

test('Net-Map goals are edited in the inspector and filter the map by who shares one', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Goals');
  await request.put(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${keyOf(w.links.facilitator)}` }, data: MAP });
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const par = await join(browser, w.links.participant, 'Participant');

  for (const id of ['a_hust', 'a_yofc']) {
    await pick(par, id);
    await par.getByTestId('actor-goal-input').fill('grow photonics jobs');
    await par.getByTestId('actor-goal-add').click();
    await expect(par.getByTestId('actor-goal-text')).toHaveText(['grow photonics jobs']);
  }
  await pick(par, 'a_bank');
  await par.getByTestId('actor-goal-input').fill('more loans');
  await par.getByTestId('actor-goal-input').press('Enter');

  // The facilitator sees the goals and filters the map to those who share one.
  await fac.getByTestId('legend-toggle').click();
  const goal = fac.getByTestId('filter-goal').and(fac.locator('[data-goal="grow photonics jobs"]'));
  await expect(goal).toBeVisible();
  await goal.check();
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '2');
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-tie-count', '1');
  await fac.getByTestId('filter-goal-clear').click();
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-actor-count', '3');
  await pick(fac, 'a_bank');
  await expect(fac.getByTestId('actor-goal-text')).toHaveText(['more loans']);

  await fac.context().close();
  await par.context().close();
});
