import { expect, test } from '@playwright/test';
import { addActor, clickElement, connectPair, createWorkshop, join, markOf, openDiscussionTab, setQuorum } from './helpers';

// Votes and comments, seen from two people and an observer: everything through the real UI; the canvas
// marks are read from the Cytoscape instance (window.__cy) only. The facilitator lowers the quorum to one
// vote first, so that every single vote here gives a status (the default needs three).

test('a disagreement and a comment reach everyone live, with the names and the canvas marks', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Agree on the map');
  const fac = await join(browser, w.links.facilitator, 'Mei Lin');
  const par = await join(browser, w.links.participant, '王芳');
  const obs = await join(browser, w.links.observer, 'Projector');
  await setQuorum(fac, 1);

  const a = await addActor(fac, 'Fibre maker');
  await expect.poll(() => markOf(par, a)).toEqual({ vote: null, talk: 0, unread: false });
  // The facilitator looks elsewhere: comments on a thread that is on screen are read at once.
  await fac.getByTestId('inspector-close').click();
  await expect(fac.getByTestId('actor-inspector')).toHaveCount(0);

  // 王芳 disagrees and says why.
  await clickElement(par, a);
  await expect(par.getByTestId('actor-inspector')).toBeVisible();
  await openDiscussionTab(par);
  await par.getByTestId('vote-disagree').click();
  await expect(par.getByTestId('vote-disagree')).toHaveAttribute('aria-pressed', 'true');
  await expect(par.getByTestId('vote-disagree')).toHaveAttribute('data-count', '1');
  await expect(par.getByTestId('voters-disagree')).toContainText('you');
  const box = par.getByTestId('comment-input');
  await box.fill('这家不在光谷');
  await box.press('Shift+Enter');
  await box.pressSequentially('It moved to Shenzhen.');
  await expect(par.getByTestId('comment-counter')).toHaveText(`${[...'这家不在光谷\nIt moved to Shenzhen.'].length}/500`);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(par.getByTestId('comment')).toHaveCount(1);
  await expect(par.getByTestId('comment-author')).toHaveText('You');

  // The facilitator sees the ring and the new-comment bubble on the canvas and the element in "To discuss".
  await expect.poll(() => markOf(fac, a)).toEqual({ vote: 'contested', talk: 1, unread: true });
  await expect(fac.getByTestId('to-discuss')).toHaveAttribute('data-count', '1');
  // Closed at first on a laptop screen (it would cover the map); its count shows anyway.
  await expect(fac.getByTestId('to-discuss-toggle')).toHaveAttribute('aria-expanded', 'false');
  await fac.getByTestId('to-discuss-toggle').click();
  const item = fac.getByTestId('to-discuss-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-status', 'contested');
  await expect(item).toContainText('Fibre maker');
  await expect(item).toContainText('1 new');

  // Clicking it selects the actor: the inspector shows the count, the name and the comment.
  await item.click();
  await expect(fac.getByTestId('actor-inspector')).toBeVisible();
  // On a laptop the list closes once it has taken you there: it would cover the element.
  await expect(fac.getByTestId('to-discuss-toggle')).toHaveAttribute('aria-expanded', 'false');
  await openDiscussionTab(fac);
  await expect(fac.getByTestId('vote-disagree')).toHaveAttribute('data-count', '1');
  await expect(fac.getByTestId('vote-disagree')).toHaveAttribute('aria-pressed', 'false');
  await expect(fac.getByTestId('voters-disagree')).toContainText('王芳');
  await expect(fac.getByTestId('votes')).toHaveAttribute('data-status', 'contested');
  await expect(fac.getByTestId('comment-author')).toHaveText('王芳');
  await expect(fac.getByTestId('comment-text')).toHaveText('这家不在光谷\nIt moved to Shenzhen.');
  await expect(fac.getByTestId('comment')).toContainText('just now');
  // Read now: the bubble is no longer "new", and the element stays in the list only because it is contested.
  await expect.poll(() => markOf(fac, a)).toEqual({ vote: 'contested', talk: 1, unread: false });
  await fac.getByTestId('to-discuss-toggle').click();
  await expect(item).not.toContainText('new');
  await fac.getByTestId('to-discuss-toggle').click();

  // The facilitator agrees and answers; 王芳 sees both live. One of two agreeing is below two thirds.
  await fac.getByTestId('vote-agree').click();
  await fac.getByTestId('comment-input').fill('OK, we check it at the break.');
  await fac.getByTestId('comment-send').click();
  await expect(par.getByTestId('vote-agree')).toHaveAttribute('data-count', '1');
  await expect(par.getByTestId('voters-agree')).toContainText('Mei Lin');
  await expect(par.getByTestId('comment')).toHaveCount(2);
  await expect(par.getByTestId('comment').last()).toContainText('OK, we check it at the break.');
  await expect(par.getByTestId('comment-author').last()).toHaveText('Mei Lin');
  await expect(fac.getByTestId('votes')).toHaveAttribute('data-status', 'contested');

  // 王芳 takes the "Disagree" back by pressing it again: no longer contested anywhere.
  await par.getByTestId('vote-disagree').click();
  await expect(par.getByTestId('vote-disagree')).toHaveAttribute('aria-pressed', 'false');
  await expect(fac.getByTestId('vote-disagree')).toHaveAttribute('data-count', '0');
  await expect(fac.getByTestId('votes')).toHaveAttribute('data-status', 'agreed');
  await expect.poll(() => markOf(fac, a)).toEqual({ vote: 'agreed', talk: 2, unread: false });
  await expect(fac.getByTestId('to-discuss')).toHaveAttribute('data-count', '0');

  // The observer reads it all but is offered no buttons and no comment box.
  await expect.poll(() => markOf(obs, a)).toMatchObject({ vote: 'agreed', talk: 2 });
  await clickElement(obs, a);
  await openDiscussionTab(obs);
  await expect(obs.getByTestId('votes-readonly')).toBeVisible();
  await expect(obs.getByTestId('vote-count-agree')).toHaveAttribute('data-count', '1');
  await expect(obs.getByTestId('voters-agree')).toContainText('Mei Lin');
  await expect(obs.getByTestId('comment')).toHaveCount(2);
  for (const id of ['vote-agree', 'vote-disagree', 'vote-unsure', 'comment-input', 'comment-send']) await expect(obs.getByTestId(id)).toHaveCount(0);

  // Deleting the actor hides its votes and comments (they outlive it, so undo brings them back).
  await clickElement(fac, a);
  await fac.getByTestId('delete-selection').click();
  await expect.poll(() => markOf(par, a)).toBeNull();
  const key = new URL(w.links.facilitator).hash.split('key=')[1];
  const res = await fac.request.get(`/api/workshops/${w.id}/map`, { headers: { authorization: `Bearer ${key}` } });
  expect((await res.json()).actors).toEqual([]);
  await fac.getByTestId('undo').click();
  await expect.poll(() => markOf(par, a)).toEqual({ vote: 'agreed', talk: 2, unread: false });

  for (const p of [fac, par, obs]) await p.context().close();
});

test('the comment box refuses what is too long and keeps what was typed; ties can be voted on too', async ({ browser, request }) => {
  const w = await createWorkshop(request, 'Ties and limits');
  const fac = await join(browser, w.links.facilitator, 'Ana');
  const par = await join(browser, w.links.participant, 'Bo', { width: 390, height: 844 });
  await setQuorum(fac, 1);

  const a = await addActor(fac, 'University');
  const b = await addActor(fac, 'Firm');
  await connectPair(fac, a, b);
  await expect.poll(() => fac.evaluate(() => (window as any).__cy.edges().length)).toBe(1);
  const tie = await fac.evaluate(() => (window as any).__cy.edges()[0].id());
  await fac.getByTestId('inspector-close').click();
  await expect(fac.getByTestId('tie-inspector')).toHaveCount(0);

  // On a phone: the bottom sheet holds the same buttons.
  await expect.poll(() => par.evaluate((id) => (window as any).__cy.getElementById(id).nonempty(), tie)).toBe(true);
  await clickElement(par, tie);
  await expect(par.getByTestId('bottom-sheet')).toBeVisible();
  await expect(par.getByTestId('tie-inspector')).toBeVisible();
  await openDiscussionTab(par);
  await par.getByTestId('vote-unsure').click();
  await expect(par.getByTestId('vote-unsure')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => markOf(fac, tie)).toMatchObject({ vote: 'open' });

  const box = par.getByTestId('comment-input');
  await box.fill('长'.repeat(501));
  await expect(par.getByTestId('comment-counter')).toHaveText('501/500');
  await expect(par.getByTestId('comment-send')).toBeDisabled();
  await box.press('Enter');
  await expect(par.getByTestId('comment-error')).toContainText('at most 500 characters');
  await expect(box).toHaveValue('长'.repeat(501));
  await expect(par.getByTestId('comment')).toHaveCount(0);
  await box.fill('Is this tie tacit?');
  await box.press('Enter');
  await expect(par.getByTestId('comment')).toHaveCount(1);
  await expect.poll(() => markOf(fac, tie)).toEqual({ vote: 'open', talk: 1, unread: true });
  await expect.poll(() => fac.evaluate((id) => (window as any).__cy.getElementById(id).data('talkLabel'), tie)).toBe('1 comment');

  for (const p of [fac, par]) await p.context().close();
});
