import { runCli } from '../helpers/cli-process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapJson, toMapDocument } from '../../../lib/map/interchange';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

// Each test starts the real binary up to five times (Node + tsx each time): room for a loaded 2-core machine.
const SPAWNS = { timeout: 60_000 };


// The real executable, from a directory outside the project, as a user would run it.
const cli = runCli;

let work: string;
let dataDir: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cli-'));
  dataDir = path.join(work, 'data');
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('clustercanvas --help', SPAWNS, () => {
  it('lists every command and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'export', 'import', 'checkpoints', 'score', 'metrics']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('clustercanvas <command> --help');
  });

  it('shows each command’s own options', async () => {
    const serve = await cli(['serve', '--help']);
    expect(serve.code).toBe(0);
    expect(serve.stdout).toContain('--port N');
    expect(serve.stdout).toContain('--data-dir DIR');
    const exp = await cli(['help', 'export']);
    expect(exp.stdout).toContain('--format FORMAT');
    const imp = await cli(['import', '-h']);
    expect(imp.stdout).toContain('--base-url URL');
  });

  it('refuses an unknown command and an unknown option with exit 2', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const badOption = await cli(['export', 'w_x', '--colour', 'red']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("'--colour'");
    expect(badOption.stderr).toContain('Usage: clustercanvas export');
  });
});

describe('import and export', SPAWNS, () => {
  it('imports a map file, prints three links, and exports the same map', async () => {
    const file = path.join(work, 'optics.json');
    fs.writeFileSync(file, JSON.stringify(toMapDocument(OPTICS_VALLEY_MAP), null, 2));

    const imported = await cli(['import', 'optics.json', '--data-dir', 'data', '--base-url', 'https://cc.example.org'], { cwd: work });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const links = [...imported.stdout.matchAll(/^\s+(facilitator|participant|observer)\s+(\S+)$/gm)];
    expect(links.map((m) => m[1])).toEqual(['facilitator', 'participant', 'observer']);
    const id = /^https:\/\/cc\.example\.org\/w\/([^#]+)#key=/.exec(links[0][2])?.[1];
    expect(id).toMatch(/^w_/);
    expect(imported.stdout).toContain(`${OPTICS_VALLEY_MAP.actors.length} actors, ${OPTICS_VALLEY_MAP.ties.length} ties`);

    // The printed keys really open the workshop with their roles.
    const store = new SqliteStore(dataDir);
    const service = new WorkshopService(store);
    for (const [, role, link] of links) expect(await service.authenticate(id!, new URL(link).hash.slice('#key='.length))).toBe(role);
    await store.close();

    const exported = await cli(['export', id!, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    const parsed = parseMapJson(exported.stdout);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(toMapDocument(parsed.map)).toEqual(toMapDocument(OPTICS_VALLEY_MAP));

    const out = path.join(work, 'out.json');
    const toFile = await cli(['export', id!, '--format', 'json', '--out', out, '--data-dir', dataDir]);
    expect(toFile.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(exported.stdout);
  });

  it('imports from stdin with a new title and prints JSON on request, honouring DATA_DIR', async () => {
    const map = structuredClone(OPTICS_VALLEY_MAP);
    map.actors = map.actors.slice(0, 3);
    map.ties = [];
    const imported = await cli(['import', '-', '--title', 'Small test', '--json'], {
      input: JSON.stringify(toMapDocument(map)),
      env: { DATA_DIR: dataDir, PORT: '4123' },
    });
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout) as { id: string; title: string; links: Record<string, string> };
    expect(result.title).toBe('Small test');
    expect(result.links.participant).toMatch(new RegExp(`^http://localhost:4123/w/${result.id}#key=p-`));

    const exported = await cli(['export', result.id], { env: { DATA_DIR: dataDir } });
    const parsed = parseMapJson(exported.stdout);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.map.meta.title).toBe('Small test');
    expect(parsed.map.actors.map((a) => a.label)).toEqual(toMapDocument(map).actors.map((a) => a.label));
  });

  it('rejects a bad map with exit 2, naming each problem by path, and stores nothing', async () => {
    const doc = structuredClone(toMapDocument(OPTICS_VALLEY_MAP)) as unknown as { actors: Record<string, unknown>[]; ties: Record<string, unknown>[] };
    doc.actors[3].type = 'spaceship';
    doc.ties[5].target = 'a_nobody';
    const file = path.join(work, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const before = fs.existsSync(dataDir) ? (await listIds()).length : 0;

    const result = await cli(['import', file, '--data-dir', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('actors[3].type');
    expect((await listIds()).length).toBe(before);

    const refs = structuredClone(toMapDocument(OPTICS_VALLEY_MAP)) as unknown as typeof doc;
    expect(refs.actors[3].type).not.toBe('spaceship');
    refs.ties[5].target = 'a_nobody';
    fs.writeFileSync(file, JSON.stringify(refs));
    const second = await cli(['import', file, '--data-dir', dataDir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/ties\[5\]\.target: unknown actor "a_nobody"/);

    const notJson = await cli(['import', '-', '--data-dir', dataDir], { input: '{"format": ' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('(document): not valid JSON');

    const missing = await cli(['import', path.join(work, 'nope.json'), '--data-dir', dataDir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    expect((await listIds()).length).toBe(before);
  });

  it('exits 1 with a clear message for an unknown workshop', async () => {
    const result = await cli(['export', 'w_missing', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no workshop "w_missing"');
    expect(result.stdout).toBe('');
  });
});

describe('checkpoints', SPAWNS, () => {
  it('lists a workshop’s checkpoints as a table and as JSON, and says so for an unknown workshop', async () => {
    const store = new SqliteStore(dataDir);
    let id: string;
    try {
      ({ id } = (await new WorkshopService(store).create({ title: 'With checkpoints' })).record);
      await store.saveCheckpoint({ id: 'k_one', workshopId: id, name: 'Before lunch', kind: 'manual', createdAt: Date.UTC(2026, 11, 1, 10, 30), createdBy: 'p_x' }, new Uint8Array([1]));
      await store.saveCheckpoint({ id: 'k_two', workshopId: id, name: 'Phase: Agree', kind: 'phase', createdAt: Date.UTC(2026, 11, 1, 15, 0) }, new Uint8Array([1]));
    } finally {
      await store.close();
    }
    const table = await cli(['checkpoints', id, '--data-dir', dataDir]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')).toEqual([
      'id     saved (UTC)          kind    name',
      'k_one  2026-12-01 10:30:00  manual  Before lunch',
      'k_two  2026-12-01 15:00:00  phase   Phase: Agree',
      '',
    ]);
    const json = await cli(['checkpoints', id, '--json', '--data-dir', dataDir]);
    expect(JSON.parse(json.stdout).checkpoints).toEqual([
      { id: 'k_one', name: 'Before lunch', kind: 'manual', createdAt: Date.UTC(2026, 11, 1, 10, 30), createdBy: 'p_x', auto: false },
      { id: 'k_two', name: 'Phase: Agree', kind: 'phase', createdAt: Date.UTC(2026, 11, 1, 15, 0), createdBy: null, auto: true },
    ]);
    const missing = await cli(['checkpoints', 'w_missing', '--data-dir', dataDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no workshop "w_missing"');
    expect((await cli(['checkpoints', '--data-dir', dataDir])).code).toBe(2);
  });
});

async function listIds(): Promise<string[]> {
  const store = new SqliteStore(dataDir);
  try {
    return (await store.listWorkshops()).map((w) => w.id);
  } finally {
    await store.close();
  }
}
