import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, updateActor } from '../../../lib/map/ydoc';
import { castVote } from '../../../lib/map/discussion';
import { MemoryStorage, PendingStore, mergeEntries, pendingKey, queuedTabs, touchedBy, type PendingEntry, type Touched } from '../../../lib/sync/pending';
import { PendingQueue } from '../../../lib/sync/pending-queue';

// docs/protocol.md P17: what the provider keeps on the device, in process.

const actor = (id: string) => ({ id, label: id, type: 'firm' as const, scope: 'local' as const, stages: [] });

function recordTouched(doc: Y.Doc): Touched[][] {
  const seen: Touched[][] = [];
  doc.on('update', (_u: Uint8Array, _o: unknown, d: Y.Doc, tr: Y.Transaction) => seen.push(touchedBy(d, tr)));
  return seen;
}

describe('P17: the queue a device keeps', () => {
  it('names where a transaction changed the document: the element, however deep the field', () => {
    const doc = new Y.Doc();
    const seen = recordTouched(doc);
    addActor(doc, actor('a_1'));
    updateActor(doc, 'a_1', { label: 'Huawei' });
    castVote(doc, 'a_1', 'p_me', 'agree');
    expect(seen).toEqual([[['actors', 'a_1']], [['actors', 'a_1']], [['votes', 'a_1:p_me']]]);
  });

  it('round-trips entries, epoch and identity through the storage, and forgets on clear', () => {
    const storage = new MemoryStorage();
    const store = new PendingStore(storage, 'w_1');
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    addActor(doc, actor('a_1'));
    const entry: PendingEntry = { update: updates[0], touched: [['actors', 'a_1']], count: 1 };
    const identity = { id: 'p_me', name: 'Me', color: '#1d4ed8', role: 'participant' as const };
    store.save({ epoch: 'e1', identity, entries: [entry] });
    const back = new PendingStore(storage, 'w_1').load();
    expect(back.epoch).toBe('e1');
    expect(back.identity).toEqual(identity);
    expect(back.entries).toHaveLength(1);
    expect([...back.entries[0].update]).toEqual([...entry.update]);
    expect(new PendingStore(storage, 'w_2').load()).toEqual({ epoch: null, identity: null, entries: [] });
    store.clear();
    expect(store.load().entries).toEqual([]);
  });

  it('reads damaged or foreign storage as nothing kept, and a storage that throws never breaks the page', () => {
    const storage = new MemoryStorage();
    storage.setItem('clustercanvas:pending:w_1', '{not json');
    expect(new PendingStore(storage, 'w_1').load().entries).toEqual([]);
    storage.setItem('clustercanvas:pending:w_1', JSON.stringify({ v: 99, entries: [] }));
    expect(new PendingStore(storage, 'w_1').load().epoch).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => { throw new Error('no'); } };
    const store = new PendingStore(full, 'w_1');
    expect(() => store.save({ epoch: 'e', identity: null, entries: [] })).not.toThrow();
    expect(() => store.clear()).not.toThrow();
  });

  it('merges a long offline queue into one entry that still counts every change, and drops a refused entry with all after it', () => {
    const doc = new Y.Doc();
    const queue = new PendingQueue(null);
    doc.on('update', (u: Uint8Array, _o: unknown, d: Y.Doc, tr: Y.Transaction) => queue.add({ update: u, touched: touchedBy(d, tr), count: 1 }, true));
    for (let i = 0; i < 101; i++) addActor(doc, actor(`a_${i}`));
    expect(queue.size).toBe(1);
    expect(queue.count).toBe(101);
    expect(queue.touched()).toHaveLength(101);
    const replay = new Y.Doc();
    Y.applyUpdate(replay, mergeEntries([{ update: queue.updates(queue.ids())[0], touched: [], count: 1 }]).update);
    expect(replay.getMap('actors').size).toBe(101);

    const online = new PendingQueue(null);
    const ids = ['a', 'b', 'c'].map((k) => online.add({ update: new Uint8Array([0, 0]), touched: [['actors', k]], count: 1 }, false));
    const lost = online.dropFrom([ids[1]]);
    expect(lost?.touched).toEqual([['actors', 'b'], ['actors', 'c']]);
    expect(lost?.count).toBe(2);
    expect(online.ids()).toEqual([ids[0]]);
  });

  it("keeps each tab's queue under its own key; a tab takes over the one-tab queue and the queues of gone tabs of its epoch, never another epoch's", () => {
    const storage = new MemoryStorage();
    const entry = (n: number): PendingEntry => ({ update: new Uint8Array([0, 0]), touched: [['actors', `a_${n}`]], count: 1 });
    const identity = { id: 'p_me', name: 'Li', color: '#123456', role: 'participant' as const };
    // A page of the one-tab format left a queue under the shared key; two tabs left theirs, one of an older epoch.
    new PendingStore(storage, 'w_1').save({ epoch: 'e1', identity, entries: [entry(1)] });
    new PendingStore(storage, 'w_1', { tab: 't_gone' }).save({ epoch: 'e1', identity, entries: [entry(2)] });
    new PendingStore(storage, 'w_1', { tab: 't_old' }).save({ epoch: 'e0', identity, entries: [entry(3)] });
    new PendingStore(storage, 'w_1', { tab: 't_live' }).save({ epoch: 'e1', identity, entries: [entry(4)] });
    // The one-tab key was rewritten as the shared part by the tabs' saves: its entry survives only if taken over first.
    storage.setItem(pendingKey('w_1'), JSON.stringify({ v: 1, epoch: 'e1', identity, entries: [{ u: 'AAA=', t: [['actors', 'a_1']], n: 1 }] }));
    expect(queuedTabs('w_1', ['clustercanvas:pending:w_1', 'clustercanvas:pending:w_1:t_gone', 'clustercanvas:pending:w_10', 'clustercanvas:pending:w_2:t_x']).sort()).toEqual(['t_gone']);

    const mine = new PendingStore(storage, 'w_1', { tab: 't_new', adopt: ['t_gone', 't_old'] });
    const kept = mine.load();
    expect(kept.epoch).toBe('e1');
    expect(kept.identity?.id).toBe('p_me');
    expect(kept.entries.flatMap((e) => e.touched.map(([, k]) => k))).toEqual(['a_1', 'a_2']);
    // Moved into this tab's queue, off the orphans' keys; the live tab's queue is untouched.
    expect(new PendingStore(storage, 'w_1', { tab: 't_new' }).load().entries).toHaveLength(2);
    expect(storage.getItem(pendingKey('w_1', 't_gone'))).toBeNull();
    expect(storage.getItem(pendingKey('w_1', 't_old'))).toBeNull();
    expect(JSON.parse(storage.getItem(pendingKey('w_1'))!).entries).toEqual([]);
    expect(new PendingStore(storage, 'w_1', { tab: 't_live' }).load().entries).toHaveLength(1);
    // Taken over once: a second load does not take them again.
    expect(mine.load().entries).toHaveLength(2);
    // This tab's acks empty only its own queue.
    mine.save({ epoch: 'e1', identity, entries: [] });
    expect(new PendingStore(storage, 'w_1', { tab: 't_live' }).load().entries).toHaveLength(1);
    mine.clear();
    expect(storage.getItem(pendingKey('w_1', 't_new'))).toBeNull();
    expect(storage.getItem(pendingKey('w_1', 't_live'))).not.toBeNull();
  });
});
