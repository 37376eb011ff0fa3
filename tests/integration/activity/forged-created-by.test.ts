import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreRemoved } from '../../../lib/activity/restore';
import type { ActivityEntry } from '../../../lib/activity/types';
import type { Actor } from '../../../lib/map/types';
import { addActor, deleteActor, readMap, updateActor } from '../../../lib/map/ydoc';
import type { ErrorMessage } from '../../../lib/sync/protocol';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { api, startAppServer } from '../helpers/app-server';
import { connect, feed, newWorkshop, type ApiWorkshop, type Person } from './helpers';

// The attack on "you did not make this" (docs/protocol.md P14, createdBy): a participant writes an actor as
// if someone else had made it, takes over someone's actor, or deletes it and brings it back as their own.
// The server refuses each, stores nothing of it and records no activity; a real restore passes, also after
// a restart (the record of what was deleted is the stored activity feed).

let server: Awaited<ReturnType<typeof startAppServer>>;
const providers: WorkshopProvider[] = [];

beforeAll(async () => {
  server = await startAppServer({ seedDemo: false });
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

const secret = (c: string) => c.repeat(43);
const actor = (id: string, createdBy: string | undefined): Actor => ({ id, label: `Firm ${id}`, type: 'firm', scope: 'local', stages: [], createdBy });

/** Runs `write` on a fresh connection of the same person and resolves with the server's refusal (or null once it is stored). */
async function attempt(w: ApiWorkshop, name: string, key: string, write: (p: Person) => void): Promise<ErrorMessage | null> {
  const person = await connect(server.url, w, 'participant', name, providers, key);
  const errors: ErrorMessage[] = [];
  person.provider.on('error', (e) => errors.push(e));
  write(person);
  await person.provider.flushed();
  person.provider.destroy();
  return errors[0] ?? null;
}

const liveMap = async (w: ApiWorkshop) => (await api(server.url, 'GET', `/api/workshops/${w.id}/map`, { key: w.keys.observer })).json;
const entries = async (w: ApiWorkshop) => (await feed(server.url, w, w.keys.observer)).json.entries as ActivityEntry[];

describe('P14 attack: a participant forges createdBy to pass as the author', () => {
  it('an actor added as someone else’s is refused (not_yours), stored nowhere, and no activity is recorded', async () => {
    const w = await newWorkshop(server.url, 'Forgery');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers, secret('a'));
    const forged = await attempt(w, 'Bo', secret('b'), (bo) => addActor(bo.provider.doc, actor('a_forged', ana.id)));
    expect(forged).toMatchObject({ code: 'forbidden', reason: 'not_yours', error: 'An actor or tie can only be added as made by yourself; this change was not saved' });
    expect((await liveMap(w)).actors).toEqual([]);
    expect(readMap(ana.provider.doc).map.actors).toEqual([]);
    expect(await entries(w)).toEqual([]);
    // As himself it is fine.
    expect(await attempt(w, 'Bo', secret('b'), (bo) => addActor(bo.provider.doc, actor('a_bo', bo.id)))).toBeNull();
    expect((await liveMap(w)).actors.map((a: Actor) => a.id)).toEqual(['a_bo']);
  });

  it('taking over someone’s actor by rewriting its createdBy is refused', async () => {
    const w = await newWorkshop(server.url, 'Take-over');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers, secret('c'));
    addActor(ana.provider.doc, actor('a_ana', ana.id));
    await ana.provider.flushed();
    const refusal = await attempt(w, 'Bo', secret('d'), (bo) => updateActor(bo.provider.doc, 'a_ana', { createdBy: bo.id }));
    expect(refusal).toMatchObject({ code: 'forbidden', reason: 'not_yours', error: 'Who made an actor or tie cannot be changed; this change was not saved' });
    expect((await liveMap(w)).actors[0].createdBy).toBe(ana.id);
    // Writing a whole new actor over it under his name is the same take-over.
    const over = await attempt(w, 'Bo', secret('d'), (bo) => addActor(bo.provider.doc, { ...actor('a_ana', bo.id), label: 'Mine now' }));
    expect(over).toMatchObject({ code: 'forbidden', reason: 'not_yours' });
    expect((await liveMap(w)).actors[0]).toMatchObject({ label: 'Firm a_ana', createdBy: ana.id });
  });

  it('deleting someone’s actor and adding it back as one’s own is refused; adding it back as theirs is a restore, also after a restart', async () => {
    const w = await newWorkshop(server.url, 'Delete and re-add');
    const ana = await connect(server.url, w, 'participant', 'Ana', providers, secret('e'));
    addActor(ana.provider.doc, actor('a_ana', ana.id));
    await ana.provider.flushed();
    expect(await attempt(w, 'Bo', secret('f'), (bo) => deleteActor(bo.provider.doc, 'a_ana'))).toBeNull();
    const deletion = (await entries(w))[0];
    expect(deletion.removed!.actors).toEqual([actor('a_ana', ana.id)]);

    const asHis = await attempt(w, 'Bo', secret('f'), (bo) => addActor(bo.provider.doc, actor('a_ana', bo.id)));
    expect(asHis).toMatchObject({ code: 'forbidden', reason: 'not_yours', error: 'A deleted actor or tie comes back only as made by whoever made it; this change was not saved' });
    const anonymous = await attempt(w, 'Bo', secret('f'), (bo) => addActor(bo.provider.doc, actor('a_ana', undefined)));
    expect(anonymous).toMatchObject({ code: 'forbidden', reason: 'not_yours' });
    expect((await liveMap(w)).actors).toEqual([]);

    // The record of what was deleted is the stored feed: it survives a restart of the server.
    const dataDir = server.dataDir;
    await server.close();
    server = await startAppServer({ seedDemo: false, dataDir });
    expect(await attempt(w, 'Bo', secret('f'), (bo) => restoreRemoved(bo.provider.doc, deletion.removed!))).toBeNull();
    expect((await liveMap(w)).actors).toEqual([actor('a_ana', ana.id)]);
    expect((await entries(w))[0].items).toEqual([{ op: 'restored', kind: 'actor', id: 'a_ana', label: 'Firm a_ana' }]);
  });
});

describe('P15 attack: the activity record cannot be rewritten by a client', () => {
  it('nothing but the server writes activity: there is no part of the document for it', async () => {
    const w = await newWorkshop(server.url, 'No forged entries');
    const refusal = await attempt(w, 'Bo', secret('g'), (bo) => bo.provider.doc.getMap('activity').set('1', { by: 'p_ana', items: [] }));
    expect(refusal).toMatchObject({ code: 'forbidden', reason: 'unknown_part' });
    expect(await entries(w)).toEqual([]);
  });
});
