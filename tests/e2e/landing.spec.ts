import { expect, test } from '@playwright/test';

test('the landing page creates a workshop and hands out three role links', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('create-submit').click();
  // No title: a clear message, nothing created.
  await expect(page.getByTestId('create-error')).toContainText('title');

  await page.getByTestId('create-title').fill('Optics strategy day');
  await page.getByTestId('create-cluster').fill('Wuhan Optics Valley 武汉光谷');
  await page.getByTestId('create-submit').click();

  const links = page.getByTestId('workshop-links');
  await expect(links).toBeVisible();
  const urls: Record<string, string> = {};
  for (const role of ['facilitator', 'participant', 'observer']) {
    const url = await page.getByTestId(`link-${role}-url`).inputValue();
    expect(url).toMatch(/\/w\/[A-Za-z0-9_-]+#key=.+/);
    urls[role] = url;
  }
  expect(new Set(Object.values(urls)).size).toBe(3);
  const id = new URL(urls.facilitator).pathname.split('/').pop();
  for (const url of Object.values(urls)) expect(new URL(url).pathname).toBe(`/w/${id}`);

  // The facilitator link opens the (empty) workshop with its title and the editing tools.
  await page.getByTestId('open-as-facilitator').click();
  await page.getByTestId('name-input').fill('Facilitator Fang');
  await page.getByTestId('name-save').click();
  await expect(page.getByTestId('workshop-title')).toHaveText('Optics strategy day');
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-role', 'facilitator');
  await expect(page.getByTestId('empty-map')).toBeVisible();
  await expect(page.getByTestId('add-actor')).toBeEnabled();
  // The key left the address bar but stays in this browser: a reload opens the workshop again.
  expect(page.url()).not.toContain('key=');
  await page.reload();
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-role', 'facilitator');
  await expect(page.getByTestId('name-dialog')).toHaveCount(0);
});

test('joining by pasting a link opens that workshop in that role', async ({ page, request }) => {
  const res = await request.post('/api/workshops', { data: { title: 'Pasted', template: 'empty' } });
  const { links } = await res.json();
  await page.goto('/');
  await page.getByTestId('join-input').fill('not a link at all!');
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('join-error')).toContainText('does not look like');
  await page.getByTestId('join-input').fill(links.observer);
  await page.getByTestId('join-submit').click();
  // An observer link opens straight onto the map: a projector is not asked for a name.
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-role', 'observer');
  await expect(page.getByTestId('name-input')).toHaveCount(0);
  await expect(page.getByTestId('workshop-title')).toHaveText('Pasted');
});
