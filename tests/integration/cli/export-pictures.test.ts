import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { buildScene } from '../../../lib/export/scene/build-scene';
import { templateMap } from '../../../lib/map/templates';
import { run } from '../../../bin/commands/export';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

function capture(cwd: string, isTTY = false) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    bytes: () => Buffer.concat(out.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)))),
    io: { stdout: { write: (t: string | Uint8Array) => out.push(t), isTTY }, stderr: { write: (t: string) => err.push(t) }, cwd, env: { ...process.env } },
  };
}

let dir: string;
let id: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-export-pictures-'));
  const store = new SqliteStore(dir);
  id = (await new WorkshopService(store).create({ title: 'Optics Valley 光谷', template: 'optics-valley' })).record.id;
  await store.close();
});

describe('clustercanvas export --format svg|png|pdf', () => {
  it('writes a PNG of the asked view and scale to -o FILE', async () => {
    const c = capture(dir, true);
    expect(await run([id, '--format', 'png', '--view', 'value-chain', '--scale', '2', '-o', 'chain.png', '--data-dir', dir], c.io)).toBe(0);
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'chain.png')));
    const map = templateMap('optics-valley');
    const { bbox } = buildScene(map, { view: 'value-chain', report: computeReport(map) });
    expect({ w: png.width, h: png.height }).toEqual({ w: bbox.w * 2, h: bbox.h * 2 });
    expect(c.err.join('')).toContain('wrote ');
  });

  it('writes the PDF to standard output when it is not a terminal, and refuses a terminal', async () => {
    const piped = capture(dir, false);
    expect(await run([id, '--format', 'pdf', '--data-dir', dir], piped.io)).toBe(0);
    expect(piped.bytes().subarray(0, 5).toString()).toBe('%PDF-');

    const tty = capture(dir, true);
    expect(await run([id, '--format', 'pdf', '--data-dir', dir], tty.io)).toBe(2);
    expect(tty.err.join('')).toContain('a PDF file is binary: write it to a file with -o FILE, or pipe the output');
    expect(tty.out).toEqual([]);
  });

  it('prints an SVG, even on a terminal, and refuses a bad view or scale', async () => {
    const svg = capture(dir, true);
    expect(await run([id, '--format', 'svg', '--data-dir', dir], svg.io)).toBe(0);
    expect(svg.bytes().toString()).toMatch(/^<\?xml[\s\S]*<g id="actors">/);

    const view = capture(dir);
    expect(await run([id, '--format', 'png', '--view', 'side', '-o', 'x.png', '--data-dir', dir], view.io)).toBe(2);
    expect(view.err.join('')).toContain('unknown view "side"');
    const scale = capture(dir);
    expect(await run([id, '--format', 'png', '--scale', '3', '-o', 'x.png', '--data-dir', dir], scale.io)).toBe(2);
    expect(scale.err.join('')).toContain('scale must be 1, 2 or 4');
    expect(fs.existsSync(path.join(dir, 'x.png'))).toBe(false);
  });
});
