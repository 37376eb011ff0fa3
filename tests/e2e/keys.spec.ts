import { expect, test } from '@playwright/test';
import { createWorkshop, join, shot } from './helpers';

// A leaked link can be revoked (docs/protocol.md P16, docs/operations.md "Keys"): the facilitator makes a
// new key for any role in the invite; whoever holds the old one is disconnected at once and reads, in
// words, that the link no longer opens the workshop; the facilitator who rotated their own key stays in.


test('attack: a leaked participant link is revoked — its holder is cut off at once, the projector stays', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Leaked link');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const leaked = await join(browser, w.links.participant, 'Someone with the old link');
  const projector = await join(browser, w.links.observer, 'Projector');

  await fac.getByTestId('invite-button').click();
  await expect(fac.getByTestId('invite-dialog')).toHaveAttribute('data-state', 'ready');
  // Only the participant link: the projector's stays as it is.
  await fac.getByTestId('invite-renew-observer').uncheck();
  fac.once('dialog', (d) => void d.accept());
  await fac.getByTestId('invite-renew').click();
  await expect(fac.getByTestId('invite-link-participant').getByRole('textbox')).not.toHaveValue(w.links.participant);

  // Without a reload: the live page is closed with the words a person can act on.
  await expect(leaked.getByTestId('problem')).toHaveAttribute('data-problem', 'bad_key', { timeout: 20_000 });
  await expect(leaked.getByTestId('problem-text')).toContainText('ask the facilitator for a new one');
  await shot(leaked, 'revoked-link');
  await expect(projector.getByTestId('canvas')).toHaveAttribute('data-synced', 'true');
  await expect(projector.getByTestId('problem')).toHaveCount(0);

  // The new link works.
  const fresh = await fac.getByTestId('invite-link-participant').getByRole('textbox').inputValue();
  const newcomer = await join(browser, fresh, 'Newcomer');
  await expect(newcomer.getByTestId('workshop')).toHaveAttribute('data-role', 'participant');
  for (const p of [fac, leaked, projector, newcomer]) await p.context().close();
});

test('a facilitator rotates the facilitator key: the co-facilitator with the old link is cut off, the rotating one stays in', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Facilitator key');
  const fac = await join(browser, w.links.facilitator, 'Facilitator');
  const co = await join(browser, w.links.facilitator, 'Old co-facilitator');

  await fac.getByTestId('invite-button').click();
  await expect(fac.getByTestId('invite-dialog')).toHaveAttribute('data-state', 'ready');
  await fac.getByTestId('invite-renew-participant').uncheck();
  await fac.getByTestId('invite-renew-observer').uncheck();
  await fac.getByTestId('invite-renew-facilitator').check();
  fac.once('dialog', (d) => void d.accept());
  await fac.getByTestId('invite-renew').click();
  await expect(fac.getByTestId('invite-own-key-renewed')).toBeVisible();
  await expect(co.getByTestId('problem')).toHaveAttribute('data-problem', 'bad_key', { timeout: 20_000 });

  await fac.getByTestId('invite-done').click();
  await expect(fac.getByTestId('workshop')).toHaveAttribute('data-role', 'facilitator', { timeout: 30_000 });
  await expect(fac.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 30_000 });
  for (const p of [fac, co]) await p.context().close();
});
