import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_STAGES } from '../../../lib/map/default-stages';
import { toMapDocument } from '../../../lib/map/interchange';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';
import { readMap } from '../../../lib/map/ydoc';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { ROLES } from '../../../server/store/store';
import { DEMO_KEYS_FILE, DEMO_WORKSHOP_ID, ensureDemoWorkshop, getDemoLinks } from '../../../server/workshops/demo';
import { hashKey } from '../../../server/workshops/keys';
import { WorkshopService } from '../../../server/workshops/workshop-service';

let dir: string;
let store: SqliteStore;
let service: WorkshopService;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-workshops-'));
  store = new SqliteStore(dir);
  service = new WorkshopService(store);
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

describe('WorkshopService.create', () => {
  it('stores a record with key hashes only, and the starting map as the first log entry', async () => {
    const { record, keys, initialState } = await service.create({ title: '  Kickoff  ', cluster: 'Ruhr' });
    expect(record.id).toMatch(/^w_[a-z0-9]{10}$/);
    expect(record.title).toBe('Kickoff');
    expect(record.cluster).toBe('Ruhr');
    expect(await service.get(record.id)).toEqual(record);
    for (const role of ROLES) expect(record.keyHashes[role]).toBe(hashKey(keys[role]));
    const wal = `${store.file}-wal`;
    const raw = [store.file, wal].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f).toString('latin1')).join('');
    expect(raw).toContain(record.keyHashes.facilitator);
    for (const role of ROLES) expect(raw).not.toContain(keys[role]);

    const stored = await store.loadDocument(record.id);
    expect(stored.updates).toEqual([initialState]);
    const { map, issues } = readMap(docOf(stored.updates[0]));
    expect(issues).toEqual([]);
    expect(map.meta).toEqual({ title: 'Kickoff', cluster: 'Ruhr' });
    expect(map.stages).toEqual(DEFAULT_STAGES);
    expect(map.actors).toEqual([]);
  });

  it('starts from the Optics Valley template when asked', async () => {
    const { record, initialState } = await service.create({ template: 'optics-valley' });
    expect(record.title).toBe(OPTICS_VALLEY_MAP.meta.title);
    const { map } = readMap(docOf(initialState));
    expect(toMapDocument(map)).toEqual(toMapDocument(OPTICS_VALLEY_MAP));
  });

  it('starts from a given map (an import) without changing the caller’s object', async () => {
    const given = structuredClone(OPTICS_VALLEY_MAP);
    given.actors = given.actors.slice(0, 2);
    given.ties = [];
    const { initialState } = await service.create({ map: given, title: 'Imported' });
    expect(given.meta.title).toBe(OPTICS_VALLEY_MAP.meta.title);
    const { map } = readMap(docOf(initialState));
    expect(map.meta.title).toBe('Imported');
    expect(map.actors.map((a) => a.id).sort()).toEqual(given.actors.map((a) => a.id).sort());
  });

  it('refuses an unknown template, a bad id and an overlong title, storing nothing', async () => {
    await expect(service.create({ template: 'mars' as never })).rejects.toThrow(/unknown template "mars"/);
    await expect(service.create({ id: 'no spaces please' })).rejects.toThrow(/workshop id/);
    await expect(service.create({ title: 'x'.repeat(201) })).rejects.toThrow(/longer than 200/);
    expect(await service.list()).toEqual([]);
  });

  it('refuses a taken id and leaves the first workshop alone', async () => {
    const first = await service.create({ id: 'same', title: 'First' });
    await expect(service.create({ id: 'same', title: 'Second' })).rejects.toThrow(/already exists/);
    expect((await service.get('same'))?.title).toBe('First');
    expect((await store.loadDocument('same')).updates).toEqual([first.initialState]);
  });

  it('lists what it created', async () => {
    const a = await service.create({ title: 'A' });
    const b = await service.create({ title: 'B' });
    expect((await service.list()).map((w) => w.id).sort()).toEqual([a.record.id, b.record.id].sort());
  });
});

describe('WorkshopService.authenticate', () => {
  it('maps each key to its role and refuses anything else', async () => {
    const { record, keys } = await service.create({ title: 'T' });
    const other = await service.create({ title: 'Other' });
    for (const role of ROLES) expect(await service.authenticate(record.id, keys[role])).toBe(role);
    expect(await service.authenticate(record.id, other.keys.facilitator)).toBeNull();
    expect(await service.authenticate('w_missing', keys.facilitator)).toBeNull();
    expect(await service.authenticate(record.id, '')).toBeNull();
    expect(await service.authenticate(record.id, undefined as never)).toBeNull();
  });

  it('stops accepting old keys after rotation', async () => {
    const { record, keys } = await service.create({ title: 'T' });
    const fresh = await service.rotateKeys(record.id);
    expect(await service.authenticate(record.id, keys.facilitator)).toBeNull();
    expect(await service.authenticate(record.id, fresh.facilitator)).toBe('facilitator');
  });
});

describe('ensureDemoWorkshop', () => {
  it('creates the Optics Valley demo once, with keys that survive a restart', async () => {
    const demo = await ensureDemoWorkshop(service, dir);
    expect(demo.id).toBe(DEMO_WORKSHOP_ID);
    expect(demo.title).toBe(OPTICS_VALLEY_MAP.meta.title);
    for (const role of ROLES) expect(await service.authenticate(DEMO_WORKSHOP_ID, demo.keys[role])).toBe(role);
    const file = path.join(dir, DEMO_KEYS_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).keys).toEqual(demo.keys);

    const loaded = await service.loadDoc(DEMO_WORKSHOP_ID);
    expect(readMap(loaded!).map.actors).toHaveLength(OPTICS_VALLEY_MAP.actors.length);

    // Someone edits the demo, then the server restarts.
    await store.appendUpdate(DEMO_WORKSHOP_ID, (() => {
      const doc = loaded!;
      let update: Uint8Array = new Uint8Array();
      doc.once('update', (u: Uint8Array) => (update = u));
      doc.getMap('meta').set('title', 'Edited demo');
      return update;
    })());
    await store.close();
    store = new SqliteStore(dir);
    service = new WorkshopService(store);
    const again = await ensureDemoWorkshop(service, dir);
    expect(again.keys).toEqual(demo.keys);
    expect((await service.list()).map((w) => w.id)).toEqual([DEMO_WORKSHOP_ID]);
    expect((await store.loadDocument(DEMO_WORKSHOP_ID)).updates).toHaveLength(2);
    expect(readMap((await service.loadDoc(DEMO_WORKSHOP_ID))!).map.meta.title).toBe('Edited demo');

    expect(getDemoLinks('http://localhost:3000')).toEqual({
      facilitator: `http://localhost:3000/w/optics-valley#key=${demo.keys.facilitator}`,
      participant: `http://localhost:3000/w/optics-valley#key=${demo.keys.participant}`,
      observer: `http://localhost:3000/w/optics-valley#key=${demo.keys.observer}`,
    });
  });

  it('issues new keys, keeping the map, when the keys file was lost', async () => {
    const demo = await ensureDemoWorkshop(service, dir);
    fs.rmSync(path.join(dir, DEMO_KEYS_FILE));
    const again = await ensureDemoWorkshop(service, dir);
    expect(again.keys.facilitator).not.toBe(demo.keys.facilitator);
    expect(await service.authenticate(DEMO_WORKSHOP_ID, demo.keys.facilitator)).toBeNull();
    expect(await service.authenticate(DEMO_WORKSHOP_ID, again.keys.facilitator)).toBe('facilitator');
    expect((await store.loadDocument(DEMO_WORKSHOP_ID)).updates).toHaveLength(1);
  });

  it('recovers from a corrupt keys file', async () => {
    fs.writeFileSync(path.join(dir, DEMO_KEYS_FILE), '{ not json');
    const demo = await ensureDemoWorkshop(service, dir);
    expect(await service.authenticate(DEMO_WORKSHOP_ID, demo.keys.observer)).toBe('observer');
    expect(JSON.parse(fs.readFileSync(path.join(dir, DEMO_KEYS_FILE), 'utf8')).keys).toEqual(demo.keys);
  });
});
