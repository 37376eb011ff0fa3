import { describe, expect, it } from 'vitest';
import type { NewActivityEntry } from '../../lib/activity/types';
import type { Store, WorkshopRecord } from '../../server/store/store';

// The activity feed's part of the Store contract (docs/architecture.md "Activity"), run by storeContract
// against every implementation: numbering, order, paging, the cap, and what survives a reopen or a delete.

export interface ActivityContractContext {
  store(): Store;
  reopen(): Promise<Store>;
  workshop(): WorkshopRecord;
}

const entry = (n: number, extra: Partial<NewActivityEntry> = {}): NewActivityEntry => ({
  at: 1_700_000_000_000 + n,
  by: 'p_li',
  byName: 'Li Wei',
  items: [{ op: 'added', kind: 'actor', id: `a_${n}`, label: `Actor ${n}` }],
  ...extra,
});

export function activityContract(ctx: ActivityContractContext): void {
  describe('activity feed (docs/architecture.md "Activity")', () => {
    const created = async () => {
      const w = ctx.workshop();
      await ctx.store().createWorkshop(w);
      return w;
    };

    it('numbers entries 1, 2, 3… per workshop and gives each back whole, newest first', async () => {
      const a = await created();
      const b = await created();
      const removed = {
        actors: [{ id: 'a_hw', label: 'Huawei 华为', type: 'firm' as const, scope: 'external' as const, stages: ['s_1'], goals: ['grow'], x: 1.5, y: -2, createdBy: 'p_ana' }],
        ties: [{ id: 't_1', source: 'a_hw', target: 'a_2', kind: 'supply' as const, directed: true, strength: 3 as const, tacit: false, gvc: { complexity: 'high' as const, codifiability: 'low' as const, supplierCapability: 'high' as const }, createdBy: 'p_bo' }],
      };
      const deletion = entry(2, { items: [{ op: 'deleted', kind: 'actor', id: 'a_hw', label: 'Huawei 华为' }], removed, more: 3 });
      expect(await ctx.store().activity.append(a.id, entry(1))).toEqual({ seq: 1, ...entry(1) });
      expect(await ctx.store().activity.append(a.id, deletion)).toEqual({ seq: 2, ...deletion });
      expect(await ctx.store().activity.append(b.id, entry(9))).toMatchObject({ seq: 1 });
      expect(await ctx.store().activity.list(a.id, { limit: 10 })).toEqual([{ seq: 2, ...deletion }, { seq: 1, ...entry(1) }]);
      expect(await ctx.store().activity.list(b.id, { limit: 10 })).toEqual([{ seq: 1, ...entry(9) }]);
      expect(await ctx.store().activity.list('w_nope', { limit: 10 })).toEqual([]);
    });

    it('pages backwards with `before` and `limit`', async () => {
      const w = await created();
      for (let n = 1; n <= 7; n++) await ctx.store().activity.append(w.id, entry(n));
      const seqs = async (page: { before?: number; limit: number }) => (await ctx.store().activity.list(w.id, page)).map((e) => e.seq);
      expect(await seqs({ limit: 3 })).toEqual([7, 6, 5]);
      expect(await seqs({ before: 5, limit: 3 })).toEqual([4, 3, 2]);
      expect(await seqs({ before: 2, limit: 3 })).toEqual([1]);
      expect(await seqs({ before: 1, limit: 3 })).toEqual([]);
      expect(await seqs({ limit: 0 })).toEqual([]);
      await expect(ctx.store().activity.list(w.id, { limit: -1 })).rejects.toThrow();
    });

    it('keeps only the newest `keep` entries, and numbering goes on past what was dropped', async () => {
      const w = await created();
      for (let n = 1; n <= 5; n++) await ctx.store().activity.append(w.id, entry(n), 3);
      expect((await ctx.store().activity.list(w.id, { limit: 10 })).map((e) => e.seq)).toEqual([5, 4, 3]);
      expect((await ctx.store().activity.append(w.id, entry(6), 3)).seq).toBe(6);
      expect((await ctx.store().activity.list(w.id, { limit: 10 })).map((e) => e.seq)).toEqual([6, 5, 4]);
      await expect(ctx.store().activity.append(w.id, entry(7), 0)).rejects.toThrow();
    });

    it('refuses an entry for an unknown workshop', async () => {
      await expect(ctx.store().activity.append('w_nope', entry(1))).rejects.toThrow(/unknown workshop/);
    });

    it('keeps the feed across close and reopen; deleting the workshop takes it', async () => {
      const w = await created();
      await ctx.store().activity.append(w.id, entry(1));
      await ctx.store().activity.append(w.id, entry(2));
      const again = await ctx.reopen();
      expect((await again.activity.list(w.id, { limit: 5 })).map((e) => e.seq)).toEqual([2, 1]);
      expect((await again.activity.append(w.id, entry(3))).seq).toBe(3);
      await again.deleteWorkshop(w.id);
      expect(await again.activity.list(w.id, { limit: 5 })).toEqual([]);
      await again.createWorkshop(w);
      expect((await again.activity.append(w.id, entry(1))).seq).toBe(1);
    });

    it('refuses every call after close', async () => {
      const w = await created();
      await ctx.store().close();
      await expect(ctx.store().activity.append(w.id, entry(1))).rejects.toThrow(/closed/);
      await expect(ctx.store().activity.list(w.id, { limit: 1 })).rejects.toThrow(/closed/);
    });
  });
}
