import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { bearer, createWorkshop } from './helpers';

// The canvas draws Chinese labels in the bundled font (app/layout.tsx, app/_components/canvas/labelFont.ts),
// so a laptop without Chinese system fonts shows 华中科技大学, not empty boxes. A second Chromium runs with a
// fontconfig that offers no Chinese font at all; the label's pixels are compared with the bundled font,
// without it (its files refused), and in the usual browser.

const LABEL = '华中科技大学';
const MAP = {
  format: 'clustercanvas.map',
  version: 1,
  meta: { title: 'Fonts' },
  stages: [],
  actors: [{ id: 'a_hust', label: LABEL, type: 'university', scope: 'local', stages: [], x: 0, y: 0 }],
  ties: [],
};

/** A fontconfig with the Latin fonts only (DejaVu, Liberation: Chromium's own dependencies), the system's rendering rules kept. */
function latinOnlyFontconfig(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-fontconfig-'));
  const dirs = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].filter((d) => fs.existsSync(d));
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${dir}/cache</cachedir>\n  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n`,
  );
  return file;
}

/** The label's pixels on the canvas of `link`, drawn once the fonts settled; `bundledFont: false` refuses the font's files. */
async function labelPixels(browser: Browser, link: string, bundledFont: boolean): Promise<PNG> {
  // No service worker: it would fetch the font itself, past the route that refuses it (public/sw.js).
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (!bundledFont) await page.route(/\.woff2?(\?|$)/, (route) => route.abort());
  // An observer link opens straight onto the map: a projector is not asked for a name.
  await page.goto(link);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-synced', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-actor-count', '1');
  await page.evaluate(() => document.fonts.ready);
  const shot = await stableShot(page);
  await context.close();
  return shot;
}

async function labelBox(page: Page) {
  return page.evaluate(() => {
    const cy = (window as any).__cy;
    const box = cy.getElementById('a_hust').renderedBoundingBox({ includeNodes: false, includeLabels: true });
    const canvas = (document.querySelector('[data-testid="cy"]') as HTMLElement).getBoundingClientRect();
    return { x: Math.floor(canvas.left + box.x1) - 2, y: Math.floor(canvas.top + box.y1) - 2, width: Math.ceil(box.w) + 4, height: Math.ceil(box.h) + 4 };
  });
}

/** Two screenshots in a row that agree: the label font has arrived and Cytoscape has drawn with it. */
async function stableShot(page: Page): Promise<PNG> {
  let last: Buffer | null = null;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300);
    const clip = await labelBox(page);
    const shot = await page.screenshot({ clip });
    if (last && last.equals(shot)) return PNG.sync.read(shot);
    last = shot;
  }
  throw new Error('the label never stopped changing');
}

const isInk = (png: PNG, i: number) => 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2] < 128;

/** Of the pixels that are ink in either picture, the share that is ink in only one. */
function inkDifference(a: PNG, b: PNG): { ink: number; differing: number; share: number } {
  const w = Math.min(a.width, b.width);
  const h = Math.min(a.height, b.height);
  let ink = 0;
  let differing = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const ia = 4 * (y * a.width + x);
      const ib = 4 * (y * b.width + x);
      const inA = isInk(a, ia);
      const inB = isInk(b, ib);
      if (inA || inB) ink++;
      if (inA !== inB) differing++;
    }
  return { ink, differing, share: ink ? differing / ink : 0 };
}

test('the canvas draws Chinese labels in the bundled font on a machine without Chinese fonts', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const w = await createWorkshop(request, 'Fonts');
  const put = await request.put(`/api/workshops/${w.id}/map`, { headers: bearer(w.links.facilitator), data: MAP });
  expect(put.status()).toBe(200);

  const launch = testInfo.project.use.launchOptions ?? {};
  const bare = await chromium.launch({ ...launch, env: { ...process.env, FONTCONFIG_FILE: latinOnlyFontconfig() } });
  try {
    const withFont = await labelPixels(bare, w.links.observer, true);
    const withoutFont = await labelPixels(bare, w.links.observer, false);
    const usual = await labelPixels(browser, w.links.observer, true);

    // With the bundled font the label is drawn as in a browser that has every font.
    const same = inkDifference(withFont, usual);
    expect(same.ink).toBeGreaterThan(80);
    expect(same.share).toBeLessThan(0.1);
    // Without it, the same browser can only draw empty boxes (or nothing): the pixels are another picture.
    const other = inkDifference(withFont, withoutFont);
    testInfo.annotations.push({ type: 'ink', description: `bundled vs usual ${same.differing}/${same.ink}; bundled vs none ${other.differing}/${other.ink}` });
    expect(other.share).toBeGreaterThan(0.4);
  } finally {
    await bare.close();
  }
});
