import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, readDiscussion } from '../../../lib/map/discussion';
import { addActor, editingModeOf, readMap, updateMeta } from '../../../lib/map/ydoc';
import { Room } from '../../../server/rooms/room';
import { MemoryStore } from '../../../server/store/memory-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';
import { deleteSetUpdate } from '../sync/update-fixtures';

// docs/protocol.md P14 at the room: the check runs before anything is stored, on the replica as it is when
// the write's turn comes; refused writes leave store and replica untouched.

const fac = { role: 'facilitator', participant: 'p_fac' } as const;
const ana = { role: 'participant', participant: 'p_ana' } as const;
const bo = { role: 'participant', participant: 'p_bo' } as const;

async function setup() {
  const store = new MemoryStore();
  const { record } = await new WorkshopService(store).create({ title: 'Room writes' });
  const applied: string[][] = [];
  const room = await Room.load(record.id, store, {
    compactionThreshold: 500,
    broadcast: () => undefined,
    onApplied: (_room, { changes }) => applied.push((changes?.toArray() ?? []).map((c) => c.path.join('/'))),
  });
  /** A client replica in step with the room. */
  const client = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    return doc;
  };
  const edit = (doc: Y.Doc, change: (d: Y.Doc) => void) => {
    const before = Y.encodeStateVector(doc);
    change(doc);
    return Y.encodeStateAsUpdate(doc, before);
  };
  const logLength = async () => (await store.loadDocument(record.id)).updates.length;
  return { store, room, workshopId: record.id, client, edit, applied, logLength };
}

describe('P14: writes the room checks', () => {
  it('binds a client id to the first participant who writes with it and refuses it to anyone else', async () => {
    const { room, client, edit, store, workshopId } = await setup();
    const doc = client();
    await room.write(edit(doc, (d) => castVote(d, 'x', 'p_ana', 'agree')), {}, ana);
    expect((await store.loadClientBindings(workshopId)).get(doc.clientID)).toBe('p_ana');
    // Bo continues Ana's client history: refused, whatever the content.
    const stolen = edit(doc, (d) => castVote(d, 'x', 'p_bo', 'agree'));
    await expect(room.write(stolen, {}, bo)).rejects.toMatchObject({ code: 'forbidden', reason: 'not_yours' });
    expect(readDiscussion(room.doc).votes.x).toEqual({ p_ana: 'agree' });
  });

  it('refuses writes under a client id the server used itself (a template, an import)', async () => {
    const { room, edit, logLength } = await setup();
    const serverClient = [...room.doc.store.clients.keys()][0];
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(room.doc));
    // Set after the sync: Yjs would otherwise pick a new id on seeing its own in an update.
    forged.clientID = serverClient;
    const before = await logLength();
    await expect(room.write(edit(forged, (d) => updateMeta(d, { cluster: 'Mine' })), {}, ana)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await logLength()).toBe(before);
  });

  it('refuses an update it cannot resolve with `incomplete`, stores nothing and leaves the replica as it was', async () => {
    const { room, logLength } = await setup();
    const before = Y.encodeStateAsUpdate(room.doc);
    const count = await logLength();
    const serverClient = [...room.doc.store.clients.keys()][0];
    await expect(room.write(deleteSetUpdate([[serverClient, Y.getState(room.doc.store, serverClient), 50]]), {}, ana)).rejects.toMatchObject({ code: 'incomplete' });
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
    expect(await logLength()).toBe(count);
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(room.doc.store.pendingDs).toBeNull();
  });

  it('applies the editing mode in force when the write’s turn comes', async () => {
    const { room, client, edit } = await setup();
    const facDoc = client();
    const anaDoc = client();
    const freeze = room.write(edit(facDoc, (d) => updateMeta(d, { editing: 'frozen' })), {}, fac);
    const add = room.write(edit(anaDoc, (d) => addActor(d, { id: 'a_late', label: 'Late', type: 'firm', scope: 'local', stages: [] })), {}, ana);
    await freeze;
    await expect(add).rejects.toMatchObject({ code: 'forbidden', reason: 'frozen' });
    expect(editingModeOf(room.doc)).toBe('frozen');
    expect(readMap(room.doc).map.actors).toEqual([]);
    const vote = client();
    expect(await room.write(edit(vote, (d) => castVote(d, 'a_late', 'p_ana', 'disagree')), {}, ana)).toBe('applied');
  });

  it('tells its listener what each applied write changed', async () => {
    const { room, client, edit, applied } = await setup();
    await room.write(edit(client(), (d) => updateMeta(d, { phase: 'agree' })), {}, fac);
    expect(applied.at(-1)).toContain('meta/phase');
  });
});

describe('P14: a replica loaded from the store', () => {
  it('names a root the replica holds only as a placeholder, also after getMap replaced it', async () => {
    const { room, client, edit } = await setup();
    // The room loaded the workshop from the store: its roots are placeholders until asked for by name.
    expect(room.doc.share.get('meta')).not.toBeInstanceOf(Y.Map);
    const fac = client();
    await room.write(edit(fac, (d) => updateMeta(d, { title: 'Renamed', phase: 'review' })), {}, { role: 'facilitator', participant: 'p_fac' });
    await expect(room.write(edit(client(), (d) => updateMeta(d, { title: 'Hijacked' })), {}, ana)).rejects.toMatchObject({ reason: 'facilitator_only' });
    expect(readMap(room.doc).map.meta).toMatchObject({ title: 'Renamed', phase: 'review' });
  });
});
