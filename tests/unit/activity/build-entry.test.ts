import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildEntry, type EntryContext } from '../../../lib/activity/build-entry';
import { captureDeleted } from '../../../lib/activity/capture';
import { touchedBy } from '../../../lib/activity/touched';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { castVote, postComment } from '../../../lib/map/discussion';
import type { Actor, Tie } from '../../../lib/map/types';
import { addActor, addStage, addTie, deleteActor, deleteStage, moveActors, updateActor, updateMeta, updateTie } from '../../../lib/map/ydoc';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { pair, updateOf } from '../sync/update-fixtures';

// Activity entries built from the changes the write check computed (docs/architecture.md "Activity"): what
// the server does for every accepted update, here without a server: analyse, capture, apply, build.

const actor = (id: string, label: string, createdBy = 'p_ana'): Actor => ({ id, label, type: 'firm', scope: 'local', stages: [], createdBy });
const tie = (id: string, source: string, target: string, createdBy = 'p_ana'): Tie => ({ id, source, target, kind: 'supply', directed: true, strength: 2, tacit: false, createdBy });

function base(d: Y.Doc) {
  addActor(d, { ...actor('a_hw', 'Huawei'), x: 10, y: 20, goals: ['5G'] });
  for (let n = 1; n <= 5; n++) addActor(d, actor(`a_${n}`, `Supplier ${n}`));
  for (let n = 1; n <= 5; n++) addTie(d, tie(`t_${n}`, `a_${n}`, 'a_hw', n === 5 ? 'p_bo' : 'p_ana'));
  addStage(d, { id: 's_rd', label: 'R&D', order: 0, weight: 1 });
}

const context = (overrides: Partial<EntryContext> = {}): EntryContext => ({ at: 1000, by: 'p_li', byName: 'Li Wei', wasDeleted: () => false, ...overrides });

/** The entry the server would record for `change`, made on a client, applied to a replica set up by `setup`. */
function entryOf(change: (d: Y.Doc) => void, overrides: Partial<EntryContext> = {}, setup: (d: Y.Doc) => void = base) {
  const { replica, client } = pair(setup);
  const update = updateOf(client, change);
  const analysis = analyseUpdate(replica, update);
  if (!analysis.ok) throw new Error(analysis.reason);
  const touched = touchedBy(analysis.changes);
  const captured = captureDeleted(replica, touched);
  Y.applyUpdate(replica, update);
  return buildEntry(replica, touched, captured, context(overrides));
}

describe('activity entries from DocChanges', () => {
  it('deleting an actor keeps it and its five ties in full, named as they were', () => {
    const entry = entryOf((d) => deleteActor(d, 'a_hw'));
    expect(entry).toMatchObject({ at: 1000, by: 'p_li', byName: 'Li Wei' });
    expect(entry!.items).toEqual([
      { op: 'deleted', kind: 'actor', id: 'a_hw', label: 'Huawei' },
      ...[1, 2, 3, 4, 5].map((n) => ({ op: 'deleted', kind: 'tie', id: `t_${n}`, label: `Supplier ${n} → Huawei` })),
    ]);
    expect(entry!.removed!.actors).toEqual([{ ...actor('a_hw', 'Huawei'), x: 10, y: 20, goals: ['5G'] }]);
    expect(entry!.removed!.ties).toEqual([1, 2, 3, 4, 5].map((n) => tie(`t_${n}`, `a_${n}`, 'a_hw', n === 5 ? 'p_bo' : 'p_ana')));
    expect(entry!.more).toBeUndefined();
    expect(entry!.counts).toBeUndefined();
  });

  it('an added actor and tie are named as they are after the update', () => {
    const entry = entryOf((d) => {
      addActor(d, actor('a_new', 'YOFC 长飞', 'p_li'));
      addTie(d, tie('t_new', 'a_new', 'a_hw', 'p_li'));
    });
    expect(entry!.items).toEqual([
      { op: 'added', kind: 'actor', id: 'a_new', label: 'YOFC 长飞' },
      { op: 'added', kind: 'tie', id: 't_new', label: 'YOFC 长飞 → Huawei' },
    ]);
    expect(entry!.removed).toBeUndefined();
  });

  it('a change names its fields; moves alone are no activity', () => {
    expect(entryOf((d) => updateActor(d, 'a_hw', { label: 'Huawei Technologies', type: 'research', x: 99, y: 98 }))!.items).toEqual([
      { op: 'changed', kind: 'actor', id: 'a_hw', label: 'Huawei Technologies', fields: ['label', 'type'] },
    ]);
    expect(entryOf((d) => updateTie(d, 't_1', { gvc: { complexity: 'high', codifiability: 'low', supplierCapability: 'high' }, strength: 3 }))!.items).toEqual([
      { op: 'changed', kind: 'tie', id: 't_1', label: 'Supplier 1 → Huawei', fields: ['gvc', 'strength'] },
    ]);
    expect(entryOf((d) => moveActors(d, { a_hw: { x: 1, y: 2 }, a_1: { x: 3, y: 4 } }))).toBeNull();
  });

  it('votes, comments and settings are no activity', () => {
    expect(entryOf((d) => castVote(d, 'a_hw', 'p_li', 'agree'))).toBeNull();
    expect(entryOf((d) => postComment(d, 'a_hw', 'p_li', 'Is it local?', { id: 'c_1', at: 1 }))).toBeNull();
    expect(entryOf((d) => updateMeta(d, { cluster: 'Optics', phase: 'review' }))).toBeNull();
  });

  it('stages added and removed; removing one changes the actors that performed it', () => {
    expect(entryOf((d) => addStage(d, { id: 's_new', label: 'Assembly', order: 1, weight: 1 }))!.items).toEqual([
      { op: 'added', kind: 'stage', id: 's_new', label: 'Assembly' },
    ]);
    const performing = (d: Y.Doc) => {
      base(d);
      updateActor(d, 'a_1', { stages: ['s_rd'] });
    };
    expect(entryOf((d) => deleteStage(d, 's_rd'), {}, performing)!.items).toEqual([
      { op: 'deleted', kind: 'stage', id: 's_rd', label: 'R&D' },
      { op: 'changed', kind: 'actor', id: 'a_1', label: 'Supplier 1', fields: ['stages'] },
    ]);
  });

  it('adding back ids the record says were deleted is a restore', () => {
    const gone = (d: Y.Doc) => {
      base(d);
      deleteActor(d, 'a_hw');
    };
    const entry = entryOf(
      (d) => {
        addActor(d, actor('a_hw', 'Huawei'));
        addTie(d, tie('t_1', 'a_1', 'a_hw'));
      },
      { wasDeleted: (ref) => ref.id === 'a_hw' || ref.id === 't_1' },
      gone,
    );
    expect(entry!.items).toEqual([
      { op: 'restored', kind: 'actor', id: 'a_hw', label: 'Huawei' },
      { op: 'restored', kind: 'tie', id: 't_1', label: 'Supplier 1 → Huawei' },
    ]);
  });

  it('a restore of a checkpoint or an import is one entry, with counts', () => {
    const entry = entryOf(
      (d) => {
        deleteActor(d, 'a_hw');
        addActor(d, actor('a_new', 'New'));
      },
      { mapChange: { op: 'restored', id: 'k_1', label: 'Before lunch' } },
    );
    expect(entry!.items).toEqual([{ op: 'restored', kind: 'map', id: 'k_1', label: 'Before lunch' }]);
    expect(entry!.counts).toEqual({ added: 1, deleted: 6, changed: 0 });
    expect(entry!.removed!.actors.map((a) => a.id)).toEqual(['a_hw']);
  });

  it('names at most MAP_LIMITS.activityItems items and counts the rest', () => {
    const many = MAP_LIMITS.activityItems + 7;
    const entry = entryOf((d) => {
      for (let n = 0; n < many; n++) addActor(d, actor(`a_m${String(n).padStart(3, '0')}`, `M${n}`, 'p_li'));
    });
    expect(entry!.items).toHaveLength(MAP_LIMITS.activityItems);
    expect(entry!.more).toBe(7);
  });

  it('keeps no deleted elements in full beyond MAP_LIMITS.activityRemoved, but still names the deletion', () => {
    const crowd = (d: Y.Doc) => {
      for (let n = 0; n <= MAP_LIMITS.activityRemoved; n++) addActor(d, actor(`a_c${n}`, `C${n}`));
    };
    const entry = entryOf((d) => d.transact(() => { for (let n = 0; n <= MAP_LIMITS.activityRemoved; n++) deleteActor(d, `a_c${n}`); }), {}, crowd);
    expect(entry!.removed).toBeUndefined();
    expect(entry!.items[0]).toMatchObject({ op: 'deleted', kind: 'actor' });
    expect(entry!.more).toBe(MAP_LIMITS.activityRemoved + 1 - MAP_LIMITS.activityItems);
  });
});
