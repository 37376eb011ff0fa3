import { runCli } from '../helpers/cli-process';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toMapDocument } from '../../../lib/map/interchange';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';
import { configFromEnv } from '../../../server/config';
import { startServer } from '../../../server/start';
import { DataDirBusyError } from '../../../server/store/data-dir-lock';
import { rawSocket, waitFor } from '../helpers/sync-server';

// One process per DATA_DIR and the operator's commands (docs/operations.md "One process per data
// directory", "Operator commands", "Keys"), with the real binary and real processes.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(root, 'bin/clustercanvas');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-operator-'));
const children: ChildProcess[] = [];
const ENV = { ...process.env, DATA_DIR: '', PUBLIC_URL: '', SEED_DEMO: '0' };

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(work, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function serve(dataDir: string): Served & { ready: Promise<void> } {
  const child = spawn(BIN, ['serve', '--port', '0', '--host', '127.0.0.1', '--api-only', '--data-dir', dataDir], { cwd: os.tmpdir(), env: ENV });
  children.push(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const served: Served & { ready: Promise<void> } = { child, url: '', output: () => out, exited, ready: null! };
  served.ready = new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const url = /running at (\S+)/.exec(out)?.[1];
      if (url) {
        served.url = url;
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
  return served;
}

const cli = (args: string[]) => runCli(args, { cwd: work, env: { PUBLIC_URL: '', SEED_DEMO: '0' } });

const mapFile = path.join(work, 'map.json');
fs.writeFileSync(mapFile, JSON.stringify(toMapDocument(OPTICS_VALLEY_MAP)));

describe('one process per DATA_DIR', () => {
  it('attack: second server on the same DATA_DIR refuses to start, saying who holds it; the lock dies with kill -9', { timeout: 120_000 }, async () => {
    const dataDir = path.join(work, 'twice');
    const first = serve(dataDir);
    await first.ready;
    const second = serve(dataDir);
    second.ready.catch(() => {}); // it is meant to exit
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`a ClusterCanvas server (pid ${first.child.pid}, ${first.url}) is already using the data directory ${dataDir}`);

    first.child.kill('SIGKILL');
    await first.exited;
    const third = serve(dataDir);
    await third.ready;
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });

  it('attack: second server in the same process on the same DATA_DIR is refused too', { timeout: 60_000 }, async () => {
    const dataDir = path.join(work, 'in-process');
    const config = configFromEnv({}, { port: 0, hostname: '127.0.0.1', dataDir, seedDemo: false });
    const first = await startServer(config, { next: false });
    try {
      await expect(startServer(config, { next: false })).rejects.toBeInstanceOf(DataDirBusyError);
    } finally {
      await first.close();
    }
    const again = await startServer(config, { next: false });
    await again.close();
  });
});

describe('operator commands', () => {
  it('attack: the CLI writing behind a running server: import, keys rotate and workshops delete go through it', { timeout: 180_000 }, async () => {
    const dataDir = path.join(work, 'live');
    const server = serve(dataDir);
    await server.ready;

    const imported = await cli(['import', mapFile, '--data-dir', dataDir, '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const w = JSON.parse(imported.stdout) as { id: string; keys: Record<string, string>; links: Record<string, string> };
    expect(w.links.participant.startsWith(server.url)).toBe(true);

    const listed = await cli(['workshops', 'list', '--json', '--data-dir', dataDir]);
    expect((JSON.parse(listed.stdout) as { workshops: Array<{ id: string }> }).workshops.map((x) => x.id)).toEqual([w.id]);

    // A live participant is disconnected by the rotation the CLI asks of the server.
    const participant = await rawSocket(server.url, { workshop: w.id, key: w.keys.participant });
    const rotated = await cli(['keys', 'rotate', w.id, '--role', 'participant', '--data-dir', dataDir, '--json']);
    expect(rotated.code).toBe(0);
    const result = JSON.parse(rotated.stdout) as { rotated: string[]; closedSockets: number; keys: Record<string, string> };
    expect(result.rotated).toEqual(['participant']);
    expect(result.closedSockets).toBe(1);
    await waitFor(() => !participant.socket.connected, 'the revoked participant to be closed', 10_000);
    expect(participant.errors.map((e) => e.code)).toContain('key_revoked');

    const exported = await cli(['workshops', 'export', w.id, '--data-dir', dataDir]);
    const archive = JSON.parse(exported.stdout) as { format: string; map: { actors: unknown[] }; state: string };
    expect(archive.format).toBe('clustercanvas.workshop');
    expect(archive.map.actors).toHaveLength(OPTICS_VALLEY_MAP.actors.length);

    const observer = await rawSocket(server.url, { workshop: w.id, key: w.keys.observer });
    expect((await cli(['workshops', 'delete', w.id, '--data-dir', dataDir])).code).toBe(2); // no --yes
    const deleted = await cli(['workshops', 'delete', w.id, '--yes', '--data-dir', dataDir]);
    expect(deleted.stdout).toContain('through the running server; 1 live connection(s) closed');
    await waitFor(() => !observer.socket.connected, 'the deleted workshop’s socket to be closed', 10_000);
    expect(observer.errors.map((e) => e.code)).toContain('bad_workshop');
    expect((await fetch(`${server.url}/api/workshops/${w.id}/access`)).status).toBe(404);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('without a server the commands change the store directly, holding the lock', { timeout: 120_000 }, async () => {
    const dataDir = path.join(work, 'offline');
    const imported = await cli(['import', mapFile, '--data-dir', dataDir, '--json']);
    const w = JSON.parse(imported.stdout) as { id: string; keys: Record<string, string> };
    const rotated = await cli(['keys', 'rotate', w.id, '--role', 'all', '--data-dir', dataDir]);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/facilitator\s+http:\/\/localhost:3000\/w\//);
    expect(rotated.stdout).toMatch(/join code\s+\w{3}-\w{3}/);
    expect((await cli(['keys', 'rotate', w.id, '--data-dir', dataDir])).code).toBe(2); // no --role
    expect((await cli(['workshops', 'delete', 'w_nope', '--yes', '--data-dir', dataDir])).code).toBe(1);
    expect((await cli(['workshops', 'delete', w.id, '--yes', '--data-dir', dataDir])).stdout).toContain(`Deleted workshop "${w.id}"`);
    expect((await cli(['workshops', 'list', '--data-dir', dataDir])).stdout).toContain('No workshops');
    // Nothing left holding the directory: a server starts on it.
    const server = serve(dataDir);
    await server.ready;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
