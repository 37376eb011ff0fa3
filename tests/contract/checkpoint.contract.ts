import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store, WorkshopRecord } from '../../server/store/store';

// Named checkpoints' part of the Store contract (docs/architecture.md "Checkpoints"), run by storeContract
// against every implementation: saved whole, listed in creation order, untouched by compaction.

const bytes = (...values: number[]) => new Uint8Array(values);

export function checkpointContract(ctx: { store(): Store; workshop(): WorkshopRecord }): void {
  let store: Store;
  beforeEach(() => {
    store = ctx.store();
  });

  describe('checkpoints', () => {
    it('saves, lists in creation order and returns the state', async () => {
      const record = ctx.workshop();
      await store.createWorkshop(record);
      const doc = new Y.Doc();
      doc.getMap('meta').set('title', 'At the break');
      const state = Y.encodeStateAsUpdate(doc);
      await store.saveCheckpoint({ id: 'c2', workshopId: record.id, name: 'Later', kind: 'manual', createdAt: 2000 }, bytes(2));
      await store.saveCheckpoint(
        { id: 'c1', workshopId: record.id, name: 'At the break', kind: 'manual', createdAt: 1000, createdBy: 'Ana' },
        state,
      );
      expect(await store.listCheckpoints(record.id)).toEqual([
        { id: 'c1', workshopId: record.id, name: 'At the break', kind: 'manual', createdAt: 1000, createdBy: 'Ana' },
        { id: 'c2', workshopId: record.id, name: 'Later', kind: 'manual', createdAt: 2000 },
      ]);
      const got = await store.getCheckpoint(record.id, 'c1');
      expect(got?.info.name).toBe('At the break');
      const restored = new Y.Doc();
      Y.applyUpdate(restored, got!.state);
      expect(restored.getMap('meta').get('title')).toBe('At the break');
    });

    it('keeps checkpoints apart per workshop and answers null for an unknown one', async () => {
      const a = ctx.workshop();
      const b = ctx.workshop();
      await store.createWorkshop(a);
      await store.createWorkshop(b);
      await store.saveCheckpoint({ id: 'same', workshopId: a.id, name: 'A', kind: 'manual', createdAt: 1 }, bytes(1));
      await store.saveCheckpoint({ id: 'same', workshopId: b.id, name: 'B', kind: 'manual', createdAt: 1 }, bytes(2));
      expect((await store.getCheckpoint(a.id, 'same'))?.state).toEqual(bytes(1));
      expect((await store.getCheckpoint(b.id, 'same'))?.state).toEqual(bytes(2));
      expect(await store.getCheckpoint(a.id, 'other')).toBeNull();
      expect(await store.listCheckpoints('w_nope')).toEqual([]);
    });

    it('refuses a checkpoint for an unknown workshop or with a taken id', async () => {
      const record = ctx.workshop();
      await store.createWorkshop(record);
      await expect(
        store.saveCheckpoint({ id: 'c', workshopId: 'w_nope', name: 'x', kind: 'manual', createdAt: 1 }, bytes(1)),
      ).rejects.toThrow();
      await store.saveCheckpoint({ id: 'c', workshopId: record.id, name: 'x', kind: 'manual', createdAt: 1 }, bytes(1));
      await expect(
        store.saveCheckpoint({ id: 'c', workshopId: record.id, name: 'y', kind: 'manual', createdAt: 2 }, bytes(2)),
      ).rejects.toThrow();
      expect((await store.getCheckpoint(record.id, 'c'))?.state).toEqual(bytes(1));
    });
  });
}
