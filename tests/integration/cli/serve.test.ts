import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { toMapDocument } from '../../../lib/map/interchange';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(root, 'bin/clustercanvas');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-serve-'));
const dataDir = path.join(work, 'data');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(work, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  url: string;
  demo: Record<string, string>;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `clustercanvas serve` without the UI (no Next build needed) and waits for its banner. */
function serve(): Promise<Served> {
  const child = spawn(BIN, ['serve', '--port', '0', '--host', '127.0.0.1', '--api-only', '--data-dir', dataDir], {
    cwd: os.tmpdir(),
    env: { ...process.env, DATA_DIR: '', PUBLIC_URL: '' },
  });
  children.push(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const url = /running at (\S+)/.exec(out)?.[1];
      const links = [...out.matchAll(/^\s+(facilitator|participant|observer)\s+(\S+)$/gm)];
      if (url && links.length === 3) {
        resolve({ child, url, demo: Object.fromEntries(links.map((m) => [m[1], m[2]])), output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    exited.then((code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

const keyOf = (link: string) => decodeURIComponent(new URL(link).hash.slice('#key='.length));

it('serves the demo with stable keys, sees CLI imports live, and stops cleanly on SIGTERM', { timeout: 60_000 }, async () => {
  const first = await serve();
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${first.url}/api/health`);
  expect(health.status).toBe(200);

  // The printed demo link opens the demo's map through the API.
  const demoMap = await fetch(`${first.url}/api/workshops/optics-valley/map`, {
    headers: { authorization: `Bearer ${keyOf(first.demo.observer)}` },
  });
  expect(demoMap.status).toBe(200);
  expect(((await demoMap.json()) as { actors: unknown[] }).actors).toHaveLength(OPTICS_VALLEY_MAP.actors.length);

  // An import through the CLI while the server runs is visible to the server at once.
  const file = path.join(work, 'map.json');
  fs.writeFileSync(file, JSON.stringify(toMapDocument(OPTICS_VALLEY_MAP)));
  const imported = await new Promise<string>((resolve, reject) => {
    const child = spawn(BIN, ['import', file, '--data-dir', dataDir, '--json', '--base-url', first.url]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`import exited ${code}`))));
  });
  const { id, keys } = JSON.parse(imported) as { id: string; keys: Record<string, string> };
  const live = await fetch(`${first.url}/api/workshops/${id}/map`, { headers: { authorization: `Bearer ${keys.participant}` } });
  expect(live.status).toBe(200);
  expect(((await live.json()) as { ties: unknown[] }).ties).toHaveLength(OPTICS_VALLEY_MAP.ties.length);

  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(first.output()).toContain('stopped cleanly');

  // A restart on the same data directory offers the same demo links.
  const second = await serve();
  expect(Object.fromEntries(Object.entries(second.demo).map(([r, l]) => [r, keyOf(l)]))).toEqual(
    Object.fromEntries(Object.entries(first.demo).map(([r, l]) => [r, keyOf(l)])),
  );
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
});
