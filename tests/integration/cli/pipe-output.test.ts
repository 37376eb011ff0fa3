// The real `clustercanvas` binary with its stdout a pipe: output far beyond the pipe's 64 KiB buffer must
// arrive whole, even when the reader is slow. It used to be cut at 64–128 KiB because the process exited
// before stdout had drained.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/engine/generate';
import { parseMapJson, toMapDocument } from '../../../lib/map/interchange';
import type { ClusterMap } from '../../../lib/map/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(root, 'bin/clustercanvas');
// Each test starts one or two Node processes that load tsx and the engine: generous for a loaded 2-core machine.
const TIMEOUT = 60_000;
const MEGABYTE = 1024 * 1024;

interface Result {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** Whether the child was still running when the test began to read its stdout. */
  aliveWhenRead: boolean;
}

/**
 * Runs `node bin/clustercanvas …` with stdout a pipe and reads all of it. With `pauseMs`, the test waits
 * that long after the first output is ready before it reads anything: the command has by then written its
 * whole output (each writes it in one go), the pipe is full and the rest waits in the child's memory.
 */
function cli(args: string[], pauseMs = 0): Promise<Result> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATA_DIR;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: os.tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    let reading = false;
    let aliveWhenRead = false;
    let timer: NodeJS.Timeout | undefined;
    const readAll = () => {
      for (let chunk: Buffer | null; (chunk = child.stdout.read() as Buffer | null) !== null; ) chunks.push(chunk);
    };
    const startReading = () => {
      aliveWhenRead = child.exitCode === null && child.signalCode === null;
      reading = true;
      readAll();
    };
    child.stdout.on('readable', () => {
      if (reading) readAll();
      else if (pauseMs === 0) startReading();
      else timer ??= setTimeout(startReading, pauseMs);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(chunks), stderr, aliveWhenRead });
    });
  });
}

let work: string;
let mapFile: string;
let emptyFile: string;
let map: ClusterMap;
let workshopId: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-pipe-'));
  // 3,200 actors and 6,400 ties: every command's output is over 1 MB, sixteen times the pipe buffer.
  map = generateMap(3200, 7, 2);
  mapFile = path.join(work, 'big.json');
  fs.writeFileSync(mapFile, JSON.stringify(toMapDocument(map)));
  emptyFile = path.join(work, 'empty.json');
  fs.writeFileSync(emptyFile, JSON.stringify(toMapDocument({ ...map, actors: [], ties: [] })));
  const imported = await cli(['import', mapFile, '--data-dir', path.join(work, 'data'), '--json']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  workshopId = (JSON.parse(imported.stdout.toString('utf8')) as { id: string }).id;
  expect(workshopId).toMatch(/^w_/);
}, TIMEOUT);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const actorIds = () => map.actors.map((a) => a.id).sort();

/** Each command, and how to find every actor in what it printed. */
const COMMANDS: Array<{ name: string; args: () => string[]; check: (text: string) => void; minBytes?: number }> = [
  {
    name: 'metrics',
    args: () => ['metrics', mapFile],
    check: (text) => {
      const got = JSON.parse(text) as { graph: { n: number }; nodes: Record<string, unknown> };
      expect(got.graph.n).toBe(map.actors.length);
      expect(Object.keys(got.nodes).sort()).toEqual(actorIds());
    },
  },
  {
    name: 'score',
    args: () => ['score', mapFile],
    check: (text) => {
      const report = JSON.parse(text) as { indices: Record<string, unknown>; actors: Record<string, unknown> };
      expect(Object.keys(report.indices)).toEqual(['ici', 'gi']);
      expect(Object.keys(report.actors).sort()).toEqual(actorIds());
    },
  },
  {
    // From an empty map to the big one: every actor and tie is listed as added (some 200 kB, over three
    // pipe buffers).
    name: 'compare',
    args: () => ['compare', emptyFile, mapFile],
    minBytes: 128 * 1024,
    check: (text) => {
      const got = JSON.parse(text) as { actors: { added: string[] }; ties: { added: string[] }; indices: { ici: { to: number } } };
      expect([...got.actors.added].sort()).toEqual(actorIds());
      expect(got.ties.added).toHaveLength(map.ties.length);
    },
  },
  {
    name: 'export',
    args: () => ['export', workshopId, '--data-dir', path.join(work, 'data')],
    check: (text) => {
      const parsed = parseMapJson(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
      expect(parsed.map.actors.map((a) => a.id).sort()).toEqual(actorIds());
      expect(parsed.map.ties).toHaveLength(map.ties.length);
    },
  },
];

describe('clustercanvas writes all of its output into a pipe', () => {
  for (const command of COMMANDS) {
    it(`${command.name}: ${command.minBytes ? "JSON many times the pipe buffer" : "over 1 MB of JSON"}, every actor`, async () => {
      const result = await cli(command.args());
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(command.minBytes ?? MEGABYTE);
      command.check(result.stdout.toString('utf8'));
    }, TIMEOUT);

    it(`${command.name}: waits for a reader that starts a second late`, async () => {
      const result = await cli(command.args(), 1000);
      // It had written everything a second before, yet it was still there: waiting for the pipe to drain.
      expect(result.aliveWhenRead).toBe(true);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(command.minBytes ?? MEGABYTE);
      command.check(result.stdout.toString('utf8'));
    }, TIMEOUT);
  }
});
