import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeTakenError, type InviteRecord } from '../../server/store/invite-store';
import type { StoreFixture } from './store.contract';
import { workshopRecord } from './store.contract';

// What every Store's `invites` must do (server/store/invite-store.ts, docs/architecture.md "Joining").
// Run it with inviteStoreContract('SqliteStore', makeStore) beside storeContract; same fixture rules.

const invite = (workshopId: string, codeLookup: string, fill = 1): InviteRecord => ({
  workshopId,
  codeLookup,
  forCode: new Uint8Array([fill, 2, 3]),
  forFacilitator: new Uint8Array([fill, 5, 6, 7]),
  createdAt: 1_700_000_000_000 + fill,
});

export function inviteStoreContract(name: string, makeStore: () => Promise<StoreFixture>) {
  describe(`${name}: invites`, () => {
    let fixture: StoreFixture;
    beforeEach(async () => {
      fixture = await makeStore();
    });
    afterEach(async () => {
      await fixture.store.close().catch(() => {});
      await fixture.cleanup();
    });

    it('keeps one invite per workshop, found by workshop and by code lookup, bytes intact', async () => {
      const { store } = fixture;
      const w = workshopRecord();
      await store.createWorkshop(w);
      expect(await store.invites.get(w.id)).toBeNull();
      await store.invites.save(invite(w.id, 'lookup-a'));
      expect(await store.invites.get(w.id)).toEqual(invite(w.id, 'lookup-a'));
      expect(await store.invites.findByCode('lookup-a')).toEqual(invite(w.id, 'lookup-a'));
      expect(await store.invites.findByCode('lookup-b')).toBeNull();
    });

    it('a new invite replaces the old one: the old code finds nothing', async () => {
      const { store } = fixture;
      const w = workshopRecord();
      await store.createWorkshop(w);
      await store.invites.save(invite(w.id, 'old-code'));
      await store.invites.save(invite(w.id, 'new-code', 9));
      expect(await store.invites.findByCode('old-code')).toBeNull();
      expect(await store.invites.get(w.id)).toEqual(invite(w.id, 'new-code', 9));
    });

    it("refuses another workshop's code with CodeTakenError, and an unknown workshop", async () => {
      const { store } = fixture;
      const [a, b] = [workshopRecord(), workshopRecord()];
      await store.createWorkshop(a);
      await store.createWorkshop(b);
      await store.invites.save(invite(a.id, 'shared'));
      await expect(store.invites.save(invite(b.id, 'shared'))).rejects.toBeInstanceOf(CodeTakenError);
      await expect(store.invites.save(invite('w_nobody', 'other'))).rejects.toThrow(/unknown workshop/);
      expect((await store.invites.findByCode('shared'))?.workshopId).toBe(a.id);
    });

    it('goes with its workshop, and survives closing and reopening the store', async () => {
      const { store } = fixture;
      const [gone, kept] = [workshopRecord(), workshopRecord()];
      await store.createWorkshop(gone);
      await store.createWorkshop(kept);
      await store.invites.save(invite(gone.id, 'gone'));
      await store.invites.save(invite(kept.id, 'kept'));
      await store.deleteWorkshop(gone.id);
      expect(await store.invites.findByCode('gone')).toBeNull();
      await store.close();
      const reopened = (await makeStore()).store;
      try {
        expect(await reopened.invites.get(kept.id)).toEqual(invite(kept.id, 'kept'));
        expect(await reopened.invites.get(gone.id)).toBeNull();
      } finally {
        await reopened.close();
      }
    });
  });
}
