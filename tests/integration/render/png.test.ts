import { afterAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { buildScene } from '../../../lib/export/scene/build-scene';
import { PNG_SCALES } from '../../../lib/export/export-options';
import { templateMap } from '../../../lib/map/templates';
import { renderExport } from '../../../server/render/render-export';
import { RenderService } from '../../../server/render/render-service';
import { sampleMap } from '../../unit/map/fixtures';
import { decodePng, inkIn } from './helpers';

const service = new RenderService();
afterAll(() => service.close());

const map = sampleMap();
const report = computeReport(map);

async function png(view: 'network' | 'value-chain', scale: 1 | 2 | 4, transparent = false) {
  const result = await service.render({ kind: 'png', map, report, view, scale, transparent });
  if (!('bytes' in result)) throw new Error('too large');
  return decodePng(result.bytes);
}

describe('PNG on the render thread', () => {
  for (const view of ['network', 'value-chain'] as const) {
    it(`draws the ${view} view at one pixel per map unit plus the margin, and at scales 2 and 4`, async () => {
      const { bbox } = buildScene(map, { view, report });
      for (const scale of PNG_SCALES) {
        const image = await png(view, scale);
        expect({ width: image.width, height: image.height }).toEqual({ width: bbox.w * scale, height: bbox.h * scale });
      }
    });
  }

  it('has ink where the Chinese label is drawn, with no system font to fall back on', async () => {
    const scene = buildScene(map, { view: 'network', report });
    const label = scene.labels.find((l) => l.lines.join('').includes('华中科技大学'))!;
    for (const scale of [1, 2] as const) {
      const image = await png('network', scale);
      const box = label.background!;
      const at = (v: number, origin: number) => (v - origin) * scale;
      const ink = inkIn(image, { x1: at(box.x, scene.bbox.x), y1: at(box.y, scene.bbox.y), x2: at(box.x + box.w, scene.bbox.x), y2: at(box.y + box.h, scene.bbox.y) });
      // Six ideographs at 14 px cover far more than this; an unknown glyph draws nothing at all here.
      expect(ink).toBeGreaterThan(40 * scale * scale);
    }
  });

  it('leaves the background transparent when asked', async () => {
    const opaque = await png('network', 1);
    const clear = await png('network', 1, true);
    expect(opaque.data[3]).toBe(255);
    expect(clear.data[3]).toBe(0);
  });

  it('refuses a picture too large to draw instead of exhausting memory', async () => {
    const big = templateMap('optics-valley');
    big.actors[0].x = 40_000;
    const result = await renderExport({ kind: 'png', map: big, report: computeReport(big), view: 'network', scale: 4, transparent: false });
    expect(result).toMatchObject({ tooLarge: { maxPixels: expect.any(Number) } });
  });
});
