import { expect, test } from '@playwright/test';
import { addActor, clickElement, createWorkshop, expectCounts, join, modelPosition, screenPoint } from './helpers';

test('an observer sees everything live and can change nothing', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Observed');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const obs = await join(browser, w.links.observer, 'Projector');

  await expect(obs.getByTestId('observer-note')).toContainText('You are observing');
  await expect(obs.getByTestId('workshop')).toHaveAttribute('data-editable', 'false');
  for (const id of ['add-actor', 'connect-mode', 'undo', 'redo', 'tidy']) await expect(obs.getByTestId(id)).toHaveCount(0);

  const a = await addActor(fac, 'Visible firm');
  const b = await addActor(fac, 'Second firm');
  await expectCounts(obs, 2, 0);

  // Selecting shows the details, read-only.
  await clickElement(obs, a);
  await expect(obs.getByTestId('actor-label')).toBeDisabled();
  await expect(obs.getByTestId('actor-type-university')).toBeDisabled();
  await expect(obs.getByTestId('delete-selection')).toHaveCount(0);

  // Forced attempts through the keyboard and mouse change nothing, here or for anyone else.
  await obs.keyboard.press('Delete');
  await obs.keyboard.press('Backspace');
  await obs.keyboard.press('Control+z');
  const box = (await obs.getByTestId('cy').boundingBox())!;
  await obs.mouse.dblclick(box.x + 40, box.y + 40);
  const before = (await modelPosition(obs, b))!;
  const p = await screenPoint(obs, b);
  await obs.mouse.move(p.x, p.y);
  await obs.mouse.down();
  await obs.mouse.move(p.x + 120, p.y + 60, { steps: 8 });
  await obs.mouse.up();
  expect(await modelPosition(obs, b)).toEqual(before);
  await obs.waitForTimeout(500);
  await expectCounts(obs, 2, 0);
  await expectCounts(fac, 2, 0);
  const res = await obs.request.get(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${new URL(w.links.observer).hash.split('key=')[1]}` } });
  const map = await res.json();
  expect(map.actors.map((x: any) => x.label).sort()).toEqual(['Second firm', 'Visible firm']);
  expect(map.actors.find((x: any) => x.id === b).x).toBe(before.x);

  await fac.context().close();
  await obs.context().close();
});
